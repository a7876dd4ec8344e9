// Tests of the ICC endpoints over a fresh store: the same answers as the CLI (Darfur versus
// South Kordofan, Ukraine's Art. 124 declaration), a state's participation rows, and bad query
// fields as 400s naming the field.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../../test/support.ts';
import { buildServer } from '../app.ts';

test('GET /api/icc/jurisdiction answers with basis, reasons and sources; bad fields are 400s naming them', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  try {
    const darfur = await app.inject(
      '/api/icc/jurisdiction?territory=SDN&region=Darfur&nationality=SDN&date=2004-03-01&crime=genocide',
    );
    assert.equal(darfur.statusCode, 200, darfur.body);
    assert.deepEqual([darfur.json().jurisdiction, darfur.json().basis], [true, ['Art. 13(b)']]);
    const kordofan = (
      await app.inject('/api/icc/jurisdiction?territory=Sudan&region=South%20Kordofan&nationality=SDN&date=2011-06-06')
    ).json();
    assert.deepEqual([kordofan.jurisdiction, kordofan.basis, kordofan.question.territory], [false, [], 'SDN']);
    assert.ok(kordofan.sources.some((s: { citation: string }) => s.citation.startsWith('S/RES/1593')));
    const ukr = (
      await app.inject('/api/icc/jurisdiction?territory=UKR&nationality=UKR&date=2025-06-01&crime=war-crimes')
    ).json();
    assert.equal(ukr.jurisdiction, false);
    assert.match(ukr.reasons.join(' '), /Art\. 124 declaration/);

    for (const [query, field] of [
      ['territory=Atlantis&nationality=SDN&date=2004-03-01', 'query.territory'],
      ['territory=SDN&nationality=SDN&date=2004-02-30', 'query.date'],
      ['territory=SDN&nationality=SDN&date=2004-02-03&crime=piracy', 'query.crime'],
      ['territory=SDN&date=2004-02-03', 'query.nationality'],
    ]) {
      const r = await app.inject(`/api/icc/jurisdiction?${query}`);
      assert.equal(r.statusCode, 400, query);
      assert.equal(r.json().error.field, field, query);
      assert.match(r.json().error.message, new RegExp(`^${field.replace('.', '\\.')}: `));
    }

    const pse = (await app.inject('/api/icc/participation/pse')).json();
    assert.equal(pse.participation.entryIntoForce, '2015-04-01');
    assert.deepEqual(
      pse.declarations.map((d: { lodged: string; effective: boolean }) => [d.lodged, d.effective]),
      [
        ['2009-01-22', false],
        ['2015-01-01', true],
      ],
    );
    const sdn = (await app.inject('/api/icc/participation/SDN')).json();
    assert.deepEqual([sdn.participation, sdn.referrals[0].regions], [null, ['Darfur']]);
  } finally {
    await app.close();
    await store.close();
  }
});
