import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../test/support.ts';
import { latestVersion } from '../store/migrations.ts';
import { buildServer } from './app.ts';

test('health and data status answer JSON over the store; unknown routes are JSON 404s', async () => {
  const store = await tempStore();
  await store.importSource(
    { id: 'unsc-records', title: 't', licence: 'CC0', attribution: 'a', upstream: 'u', tables: ['resolution_records'], fromDir: '/d', fingerprint: 'f', loaderVersion: 1 },
    async (sink) => {
      await sink.insert('resolution_records', { number: 1, record_url: 'https://example.org/1' });
    },
  );
  const app = buildServer({ store });
  const health = await app.inject('/api/health');
  assert.equal(health.statusCode, 200);
  assert.deepEqual(health.json(), { status: 'ok', store: 'sqlite', schemaVersion: latestVersion });
  const status = await app.inject('/api/data/status');
  const rows = status.json() as { id: string; loaded: boolean; rows: Record<string, number> }[];
  const rec = rows.find((r) => r.id === 'unsc-records');
  assert.deepEqual([rec?.loaded, rec?.rows], [true, { resolution_records: 1 }]);
  assert.ok(rows.every((r) => r.id === 'unsc-records' || !r.loaded));
  const missing = await app.inject('/api/nope');
  assert.equal(missing.statusCode, 404);
  await app.close();
  await store.close();
});
