// Slow suite: imports the real ../shared/data through the CLI, as a user would, and checks what
// `data status` reports against the counts the upstream sources publish. Skipped without the data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli, sharedDataDir, tempDir } from './support.ts';

interface StatusRow {
  id: string;
  loaded: boolean;
  rows: Record<string, number>;
  years: [number, number] | null;
}

test('importing the real data directory loads every source with the published counts; a re-import changes nothing', {
  skip: !sharedDataDir,
  timeout: 15 * 60_000,
}, () => {
  const env = { CONCORD_HOME: tempDir() };
  const first = runCli(['data', 'import', '--from', sharedDataDir!], env);
  assert.equal(first.code, 0, first.stdout + first.stderr);
  assert.match(first.stdout, /0 skipped, 0 failed/);

  const status = runCli(['data', 'status', '--format', 'json'], env);
  assert.equal(status.code, 0, status.stderr);
  const rows = new Map((JSON.parse(status.stdout) as StatusRow[]).map((r) => [r.id, r]));
  for (const [id, r] of rows) assert.ok(r.loaded, `${id} not loaded`);
  assert.equal(rows.get('ungdc')?.rows.speeches, 10952);
  assert.deepEqual(rows.get('ungdc')?.years, [1946, 2024]);
  assert.equal(rows.get('unsc-resolutions')?.rows.resolutions, 902);
  assert.equal(rows.get('unsc-records')?.rows.resolution_records, 2722);
  assert.equal(rows.get('unsc-vetoes')?.rows.vetoes, 214);
  assert.equal(rows.get('pko-dppa')?.rows.operations, 81);
  assert.equal(rows.get('countries')?.rows.countries !== undefined, true);

  const table = runCli(['data', 'status'], env);
  assert.match(table.stdout, /speeches 10,952/);
  assert.match(table.stdout, /CC0/);

  const again = runCli(['data', 'import', '--from', sharedDataDir!], env);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /0 imported, \d+ unchanged/);
  assert.match(again.stdout, /Nothing changed/);

  const search = runCli(
    [
      'corpus',
      'search',
      'responsibility to protect',
      '--from',
      '2005',
      '--to',
      '2005',
      '--limit',
      '5',
      '--format',
      'json',
    ],
    env,
  );
  assert.equal(search.code, 0, search.stderr);
  const hits = JSON.parse(search.stdout) as { docId: string; year: number }[];
  assert.equal(hits.length, 5);
  assert.ok(hits.every((h) => h.year === 2005 && /^[A-Z]{2,3}_60_2005$/.test(h.docId)));
});
