// GET /api/norms/optics answers through the same use case as `concord norms optics --by year`
// (app/norms-optics.ts: Concord's default method, the classifier when the store holds the labelled
// sample, else the lexicon rules), on the made-up General Debate fixture, on SQLite and
// (CONCORD_TEST_DATABASE_URL) PostgreSQL. Before, the route always read the lexicon's labels, so
// the API and the CLI could give different balances for the same corpus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { opticsBalanceOf } from '../../app/norms-optics.ts';
import { indexedFixtureStore, injectWhileBusy } from '../../../test/fixtures/norms-server.ts';
import { buildServer } from '../app.ts';

test('the optics balance of the API is the use case’s, with the method it used; an unavailable method is a 400', async () => {
  const { store } = await indexedFixtureStore();
  const app = buildServer({ store, webDist: null });
  try {
    const ask = (url: string) => injectWhileBusy(app, url);
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
