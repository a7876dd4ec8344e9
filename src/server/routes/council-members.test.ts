// Test of GET /api/council/members (route council-members.ts) on a temporary store with made-up
// member rows: JSON, CSV, a year outside the data (400) and a year that is not a number (400).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../../test/support.ts';
import { buildServer } from '../app.ts';

test("GET /api/council/members: the year's members with ISO3 and seat, as JSON and CSV", async () => {
  const store = await tempStore();
  await store.importSource(
    {
      id: 'members-fixture',
      title: 'fixture',
      licence: 'test',
      attribution: 'test',
      upstream: 'test',
      tables: ['council_members'],
      fromDir: 'test',
      fingerprint: 'x',
      loaderVersion: 1,
    },
    async (sink) => {
      await sink.insert('council_members', {
        year: 2011,
        iso3: 'LBN',
        name: 'Lebanon',
        source_name: 'Lebanon',
        seat: 'elected',
        source_line: 1,
      });
      await sink.insert('council_members', {
        year: 2011,
        iso3: 'FRA',
        name: 'France',
        source_name: 'France',
        seat: 'permanent',
        source_line: 2,
      });
    },
  );
  const app = buildServer({ store, webDist: null });
  const json = await app.inject('/api/council/members?year=2011');
  assert.equal(json.statusCode, 200, json.body);
  assert.deepEqual(json.json(), [
    { year: 2011, iso3: 'FRA', name: 'France', seat: 'permanent' },
    { year: 2011, iso3: 'LBN', name: 'Lebanon', seat: 'elected' },
  ]);
  const csv = await app.inject('/api/council/members?year=2011&format=csv');
  assert.equal(csv.statusCode, 200);
  assert.match(csv.body, /^year,iso3,name,seat\r?\n2011,FRA,France,permanent\r?\n2011,LBN,Lebanon,elected/);
  assert.equal((await app.inject('/api/council/members?year=1950')).statusCode, 400);
  assert.equal((await app.inject('/api/council/members?year=abc')).statusCode, 400);
  await app.close();
  await store.close();
});
