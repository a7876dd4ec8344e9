// Real-data test of the Council record by topic (skipped without ../shared/data): S/RES/2762 has no
// UN XML text, so its agenda item is unknown; it counts in 2024's total but under no topic (it was
// counted under every topic, so every country page showed it).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { importReal, sharedDataDir, type TestStore, tempStore } from '../../test/support.ts';
import { councilRecord } from './council-record.ts';

const skip = sharedDataDir === undefined && 'no ../shared/data';
let store: TestStore;

before(async () => {
  if (skip) return;
  store = await tempStore();
  const ids = ['unsc-meetings', 'unsc-vetoes', 'unxml-resolutions', 'unxml-statements', 'unxml-drafts'];
  await importReal(store, ids);
});

after(async () => {
  if (store) await store.close();
});

test('real data: a resolution without a text is counted in the year, under no topic', { skip }, async () => {
  const texts2024 = (await store.council.documents({ from: 2024, to: 2024, kinds: ['resolution'] })).length;
  const all = await councilRecord(store, { from: 2024, to: 2024 });
  assert.deepEqual(all.coverage.missingResolutions['2024'], [2762]);
  assert.equal(all.byYear[0].resolutions, texts2024 + 1);
  assert.match(all.byYear[0].notes.join(' '), /include S\/RES\/2762/);

  const none = await councilRecord(store, { from: 2024, to: 2024, topic: 'no such agenda item' });
  assert.equal(none.byYear[0].resolutions, 0);
  assert.match(none.byYear[0].notes.join(' '), /exclude S\/RES\/2762.*agenda item is unknown/);

  const haiti = await councilRecord(store, { from: 2024, to: 2024, topic: 'Haiti' });
  const haitiTexts = (await store.council.documents({ from: 2024, to: 2024, kinds: ['resolution'] })).filter((d) =>
    (d.agendaItem ?? '').toLowerCase().includes('haiti'),
  ).length;
  assert.ok(haitiTexts > 0);
  assert.equal(haiti.byYear[0].resolutions, haitiTexts);
});

test('real data: the missing resolutions of 2020 and 2021 stay counted from the meetings tables', {
  skip,
}, async () => {
  // 2510 (2020) and 2589 (2021) lie in years the meetings tables cover in full: never added from the XML.
  const none = await councilRecord(store, { from: 2020, to: 2021, topic: 'no such agenda item' });
  assert.deepEqual(
    none.byYear.map((y) => [y.year, y.resolutions, y.sources.resolutions]),
    [
      [2020, 0, 'meetings tables'],
      [2021, 0, 'meetings tables'],
    ],
  );
});

test('real data: under a topic, the UN XML texts without an agenda item (2025) are named as a gap', {
  skip,
}, async () => {
  const bare = (await store.council.documents({ from: 2025, to: 2025 })).filter(
    (d) => !d.agendaItem && d.kind !== 'draft',
  );
  assert.ok(bare.length > 0);
  const r = await councilRecord(store, { from: 2025, to: 2025, topic: 'no such agenda item' });
  const notes = r.byYear[0].notes.join(' ');
  for (const d of bare) assert.ok(notes.includes(d.symbol), `${d.symbol} in ${notes}`);
  assert.match(notes, /no agenda item upstream/);
});
