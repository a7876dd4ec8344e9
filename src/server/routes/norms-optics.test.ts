// GET /api/norms/optics answers through the same use case as `concord norms optics --by year`
// (app/norms-optics.ts: Concord's default method, the classifier when the store holds the labelled
// sample, else the lexicon rules), on the made-up General Debate fixture, on SQLite and
// (CONCORD_TEST_DATABASE_URL) PostgreSQL. Before, the route always read the lexicon's labels, so
// the API and the CLI could give different balances for the same corpus.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildIndex } from '../../app/norms.ts';
import { opticsBalanceOf } from '../../app/norms-optics.ts';
import { importSources } from '../../ingest/run.ts';
import { ungdcSource } from '../../ingest/ungdc/index.ts';
import { writeFixtureCorpus } from '../../../test/fixtures/ungdc.ts';
import { homeStore, tempDir } from '../../../test/support.ts';
import { buildServer } from '../app.ts';

test('the optics balance of the API is the use case’s, with the method it used; an unavailable method is a 400', async () => {
  const home = tempDir();
  const data = join(home, 'data');
  writeFixtureCorpus(data);
  const store = await homeStore(home);
  await importSources(store, [ungdcSource], data);
  await buildIndex(store, 'ungdc');
  const app = buildServer({ store, webDist: null });
  try {
    const ask = async (url: string) => {
      let r = await app.inject(url);
      for (let k = 0; r.statusCode === 503 && k < 200; k++) {
        await new Promise((done) => setTimeout(done, 100));
        r = await app.inject(url);
      }
      return r;
    };
    const r = await ask('/api/norms/optics?from=1990&to=2024');
    assert.equal(r.statusCode, 200, r.body);
    const { method, balance } = await opticsBalanceOf(store, { corpus: 'ungdc', from: 1990, to: 2024 }, () => {});
    // the fixture has no labelled sample: the default falls back to the lexicon, and says so
    assert.equal(method, 'lexicon');
    const rows = r.json() as { method: string; year: number; paragraphs: number; stability: number }[];
    assert.equal(rows.length, balance.length);
    assert.ok(rows.every((row) => row.method === method));
    assert.deepEqual(
      rows.map((row) => [row.year, row.paragraphs, row.stability]),
      balance.map((b) => [b.year, b.paragraphs, b.stability]),
    );
    assert.ok(
      rows.some((row) => row.paragraphs > 0),
      'the fixture has paragraphs in the range',
    );
    const model = await ask('/api/norms/optics?method=model');
    assert.equal(model.statusCode, 400, model.body);
    assert.match(model.json().error.message, /labelled sample/);
  } finally {
    await app.close();
    await store.close();
  }
});
