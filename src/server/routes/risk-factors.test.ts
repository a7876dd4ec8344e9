// GET /api/risk/{iso3}/factors says each gap once (issue 15 item 6): `missing` holds the gaps in the
// data Concord holds, `beyondData` what no dataset holds, and the second is not repeated in the first.
// Over a store with no data imported: every measure is then a gap, which the answer names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homeStore, tempDir } from '../../../test/support.ts';
import { buildServer } from '../app.ts';

test('factor evidence: the beyond-the-data gap is said once, apart from the gaps in the data', async () => {
  const store = await homeStore(tempDir());
  const app = buildServer({ store, webDist: null });
  try {
    const res = await app.inject('/api/risk/SSD/factors');
    assert.equal(res.statusCode, 200, res.body);
    const factors = res.json() as { factor: number; beyondData: string; missing: string[] }[];
    assert.equal(factors.length, 14);
    for (const f of factors) {
      assert.ok(f.beyondData.length > 0);
      assert.ok(!f.missing.some((m) => m.includes(f.beyondData)), `factor ${f.factor}: ${f.missing.join(' | ')}`);
      assert.equal(new Set(f.missing).size, f.missing.length);
    }
    // factor 1 names its gaps in the data (nothing is imported)
    assert.ok(
      factors[0].missing.some((m) => /UCDP battle deaths are not imported/.test(m)),
      factors[0].missing.join(' | '),
    );
  } finally {
    await app.close();
    await store.close();
  }
});
