// Slow test on the real corpus (../shared/data, when present): the whole archive and speakers
// sheet import into a temporary store with the documented speech count and years, and search works.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDataDir, tempStore } from '../../../test/support.ts';
import { importSources } from '../run.ts';
import { ungdcSource } from './index.ts';

test('imports the real UN General Debate Corpus: 10,952 speeches, 1946-2024', {
  skip: sharedDataDir ? false : 'no shared data directory',
}, async () => {
  const store = await tempStore();
  const [outcome] = await importSources(store, [ungdcSource], sharedDataDir!);
  assert.equal(outcome.status, 'imported', outcome.status === 'failed' ? outcome.error.message : '');
  const record = (await store.source('ungdc'))!;
  assert.deepEqual(record.rowCounts, { speeches: 10_952 });
  assert.deepEqual([record.yearMin, record.yearMax], [1946, 2024]);

  const stats = (await store.sql.get(
    `SELECT COUNT(DISTINCT session) AS sessions, SUM(CASE WHEN speaker IS NOT NULL THEN 1 ELSE 0 END) AS "withSpeaker",
            SUM(CASE WHEN substr(text, 1, 1) = ? THEN 1 ELSE 0 END) AS "withBom", SUM(CASE WHEN year <> session + 1945 THEN 1 ELSE 0 END) AS "offYear",
            COUNT(DISTINCT country) AS countries
     FROM speeches`,
    ['\uFEFF'],
  )) as { sessions: number; withSpeaker: number; withBom: number; offYear: number; countries: number };
  assert.equal(stats.sessions, 79);
  assert.equal(stats.withBom, 0);
  assert.equal(stats.offYear, 0);
  assert.ok(stats.countries > 190, `${stats.countries} countries`);
  assert.ok(stats.withSpeaker > 10_800, `${stats.withSpeaker} speeches have a speaker`);

  const hits = await store.searchCorpus({
    corpus: 'ungdc',
    phrases: ['responsibility to protect'],
    from: 2005,
    to: 2005,
    limit: 1000,
  });
  assert.ok(hits.length >= 10, `${hits.length} speeches of 2005 use the phrase`);
  assert.ok(hits.every((h) => h.year === 2005 && /\[responsibility/i.test(h.snippet)));
  assert.ok(
    hits.some((h) => /\[responsibility\s*\n\s*to protect\]|\[responsibility to\s*\n\s*protect\]/i.test(h.snippet)),
    'some matches run across a line break',
  );
  const country = hits[0].country!;
  const byCountry = await store.searchCorpus({
    corpus: 'ungdc',
    phrases: ['responsibility to protect'],
    country,
    limit: 1000,
  });
  assert.ok(byCountry.length >= 1 && byCountry.every((h) => h.country === country));
  await store.close();
});
