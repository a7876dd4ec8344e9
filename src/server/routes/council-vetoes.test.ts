// The veto list as the API gives it, with the countries each veto's topic names (issue 15, item 4:
// the Council view links veto topics to country pages), on the real veto list (skipped without
// ../shared/data): Syria's vetoes name Syria, Israel-Palestine both, "Admission" none; the CSV
// carries them as a column of codes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countriesSource } from '../../ingest/countries/index.ts';
import { importSources } from '../../ingest/run.ts';
import { unscSources } from '../../ingest/unsc/index.ts';
import { sharedDataDir, tempStore } from '../../../test/support.ts';
import { buildServer } from '../app.ts';

test('each veto names the countries of its topic, as JSON and as a CSV column', { skip: !sharedDataDir }, async () => {
  const store = await tempStore();
  const vetoes = unscSources.filter((s) => s.id === 'unsc-vetoes');
  assert.equal(vetoes.length, 1);
  const outcomes = await importSources(store, [countriesSource, ...vetoes], sharedDataDir!);
  assert.deepEqual(
    outcomes.filter((o) => o.status === 'failed').map((o) => o.source.id),
    [],
  );
  const app = buildServer({ store, webDist: null });
  const rows = (await app.inject('/api/council/vetoes')).json() as {
    crisisTopic: string | null;
    countries: string[];
  }[];
  assert.ok(rows.length >= 200, `${rows.length} vetoes`);
  const of = (topic: string) => [
    ...new Set(rows.filter((r) => r.crisisTopic === topic).map((r) => r.countries.join(' '))),
  ];
  assert.deepEqual(of('Syria'), ['SYR']);
  assert.deepEqual(of('Israel-Palestine'), ['ISR PSE']);
  assert.deepEqual(of('Admission'), ['']);
  const csv = (await app.inject('/api/council/vetoes?format=csv')).body.split(/\r?\n/);
  const header = csv[0].split(',');
  assert.ok(header.includes('countries'), csv[0]);
  await app.close();
  await store.close();
});
