// Tests of the ICC jurisdiction rule on the seeded participation data (the situations issue 16
// names: Burundi, the Philippines, Palestine, Ukraine with its Art. 124 declaration,
// Bangladesh/Myanmar, Darfur versus South Kordofan, Libya, Venezuela, Hungary's withdrawal
// notified in 2025), on the seed's own consistency, and of complementarity (Art. 17).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { admissibility } from './complementarity.ts';
import { entryIntoForceFor, iccJurisdiction, type JurisdictionQuestion, withdrawalEffectiveFor } from './icc.ts';
import { iccSeed } from './seed/icc.ts';

const ask = (q: JurisdictionQuestion) => iccJurisdiction(q, iccSeed);
const both = (territory: string, nationality: string, conductDate: string, extra: Partial<JurisdictionQuestion> = {}) =>
  ask({ territory, nationality, conductDate, ...extra });

test('entry into force: 1 July 2002 for the first sixty; else first day of the month after 60 days; withdrawal after one year', () => {
  assert.equal(entryIntoForceFor('1999-02-01'), '2002-07-01');
  assert.equal(entryIntoForceFor('2002-04-11'), '2002-07-01');
  assert.equal(entryIntoForceFor('2007-07-17'), '2007-10-01'); // Japan
  assert.equal(entryIntoForceFor('2015-01-02'), '2015-04-01'); // Palestine
  assert.equal(entryIntoForceFor('2024-10-25'), '2025-01-01'); // Ukraine
  assert.equal(withdrawalEffectiveFor('2016-10-27'), '2017-10-27');
  assert.equal(withdrawalEffectiveFor('2025-06-02'), '2026-06-02');
});

test('the seed: one row per state, 125 parties in 2025, entry into force and withdrawals by the rules, every row cited', () => {
  const states = iccSeed.participation.map((p) => p.state);
  assert.equal(new Set(states).size, states.length);
  const partiesOn = (day: string) =>
    iccSeed.participation.filter(
      (p) => p.entryIntoForce <= day && (p.withdrawalEffective === null || day < p.withdrawalEffective),
    ).length;
  assert.equal(partiesOn('2025-06-01'), 125);
  assert.equal(partiesOn('2026-06-02'), 124, 'Hungary out');
  for (const p of iccSeed.participation) {
    assert.ok(p.sources.length > 0, p.state);
    if (p.state !== 'MNE') assert.equal(p.entryIntoForce, entryIntoForceFor(p.deposited), p.state);
    if (p.withdrawalEffective !== null)
      assert.equal(p.withdrawalEffective, withdrawalEffectiveFor(p.withdrawalNotified!), p.state);
  }
  for (const d of [...iccSeed.declarations, ...iccSeed.referrals]) assert.ok(d.sources.length > 0);
});

test('conduct before 1 July 2002 is outside jurisdiction whatever the basis', () => {
  const f = both('RWA', 'RWA', '1994-04-07', { crime: 'genocide' });
  assert.equal(f.jurisdiction, false);
  assert.match(f.reasons.join(' '), /Art\. 11\(1\)/);
});

test('Burundi: within jurisdiction to 26 October 2017, not from 27 October 2017', () => {
  const before = both('BDI', 'BDI', '2017-10-26', { crime: 'crimes-against-humanity' });
  assert.deepEqual([before.jurisdiction, before.basis], [true, ['Art. 12(2)(a)', 'Art. 12(2)(b)']]);
  const after = both('BDI', 'BDI', '2017-10-27', { crime: 'crimes-against-humanity' });
  assert.deepEqual([after.jurisdiction, after.basis], [false, []]);
  assert.match(after.reasons.join(' '), /withdrawn: notified 2016-10-27, effective 2017-10-27/);
  assert.ok(after.sources.some((s) => s.citation.includes('C.N.805.2016')));
});

test('the Philippines: party from 1 November 2011 to 16 March 2019', () => {
  assert.equal(both('PHL', 'PHL', '2011-10-31').jurisdiction, false);
  assert.deepEqual(both('PHL', 'PHL', '2016-07-01', { crime: 'crimes-against-humanity' }).basis, [
    'Art. 12(2)(a)',
    'Art. 12(2)(b)',
  ]);
  assert.equal(both('PHL', 'PHL', '2019-03-16').jurisdiction, true);
  const after = both('PHL', 'PHL', '2019-03-17');
  assert.equal(after.jurisdiction, false);
  assert.match(after.reasons.join(' '), /effective 2019-03-17/);
});

test('Palestine: Art. 12(3) from 13 June 2014, a party from 1 April 2015; the 2009 declaration not counted', () => {
  assert.equal(both('PSE', 'ISR', '2014-06-12').jurisdiction, false);
  const gaza2014 = both('PSE', 'ISR', '2014-07-08', { crime: 'war-crimes' });
  assert.deepEqual([gaza2014.jurisdiction, gaza2014.basis], [true, ['Art. 12(3)']]);
  const early = both('PSE', 'ISR', '2010-01-01');
  assert.equal(early.jurisdiction, false);
  assert.match(early.reasons.join(' '), /lodged 2009-01-22.*is not counted/);
  assert.deepEqual(both('PSE', 'ISR', '2015-04-01').basis, ['Art. 12(2)(a)']);
  assert.deepEqual(
    both('ISR', 'PSE', '2023-10-07', { crime: 'war-crimes' }).basis,
    ['Art. 12(2)(b)'],
    'nationals of Palestine on the territory of a non-party',
  );
});

test('Ukraine: Art. 12(3) from 21 November 2013; a party from 1 January 2025; Art. 124 excludes war crimes by its nationals', () => {
  assert.equal(both('UKR', 'UKR', '2013-11-20').jurisdiction, false);
  assert.deepEqual(both('UKR', 'UKR', '2013-11-21').basis, ['Art. 12(3)']);
  assert.deepEqual(both('UKR', 'RUS', '2022-03-01', { crime: 'war-crimes' }).basis, ['Art. 12(3)']);
  const russian = both('UKR', 'RUS', '2025-03-01', { crime: 'war-crimes' });
  assert.deepEqual([russian.jurisdiction, russian.basis], [true, ['Art. 12(2)(a)']]);
  const ukrainian = both('UKR', 'UKR', '2025-03-01', { crime: 'war-crimes' });
  assert.equal(ukrainian.jurisdiction, false);
  assert.match(
    ukrainian.reasons.join(' '),
    /Art\. 124 declaration excludes war crimes by its nationals from 2025-01-01 to 2031-12-31/,
  );
  assert.match(ukrainian.reasons.join(' '), /not settled/);
  assert.deepEqual(
    both('UKR', 'UKR', '2025-03-01', { crime: 'crimes-against-humanity' }).basis,
    ['Art. 12(2)(a)', 'Art. 12(2)(b)'],
    'Art. 124 concerns war crimes only',
  );
  const any = both('UKR', 'UKR', '2025-03-01');
  assert.equal(any.jurisdiction, true);
  assert.match(any.reasons.join(' '), /except war crimes/);
  assert.deepEqual(
    both('POL', 'UKR', '2032-01-01', { crime: 'war-crimes' }).basis,
    ['Art. 12(2)(a)', 'Art. 12(2)(b)'],
    'the seven years are over',
  );
});

test('Bangladesh/Myanmar: the territorial basis through Bangladesh; Myanmar alone gives none', () => {
  const deportation = both('BGD', 'MMR', '2017-08-25', { crime: 'crimes-against-humanity' });
  assert.deepEqual([deportation.jurisdiction, deportation.basis], [true, ['Art. 12(2)(a)']]);
  const inMyanmar = both('MMR', 'MMR', '2017-08-25', { crime: 'genocide', region: 'Rakhine' });
  assert.equal(inMyanmar.jurisdiction, false);
  assert.match(inMyanmar.reasons.join(' '), /Pre-Trial Chamber I held .* Bangladesh/);
  assert.match(inMyanmar.reasons.join(' '), /National Unity Government/);
});

test('Darfur versus South Kordofan: a referral covers its territory, not the whole state', () => {
  const darfur = both('SDN', 'SDN', '2004-03-01', { region: 'North Darfur', crime: 'genocide' });
  assert.deepEqual([darfur.jurisdiction, darfur.basis], [true, ['Art. 13(b)']]);
  assert.ok(darfur.sources.some((s) => s.citation.startsWith('S/RES/1593 (2005)')));
  const kordofan = both('SDN', 'SDN', '2011-06-06', { region: 'South Kordofan', crime: 'crimes-against-humanity' });
  assert.deepEqual([kordofan.jurisdiction, kordofan.basis], [false, []]);
  assert.match(kordofan.reasons.join(' '), /South Kordofan lies outside it/);
  const nowhere = both('SDN', 'SDN', '2011-06-06');
  assert.equal(nowhere.jurisdiction, false);
  assert.match(nowhere.reasons.join(' '), /only if the conduct occurred in Darfur/);
  assert.equal(both('SSD', 'SSD', '2013-12-20').jurisdiction, false, 'South Sudan is not Sudan and not a party');
});

test('Libya: the referral from 15 February 2011; its Art. 12(3) declaration of 2025', () => {
  const before = both('LBY', 'LBY', '2011-02-14', { crime: 'war-crimes' });
  assert.deepEqual(before.basis, ['Art. 12(3)'], 'the 2025 declaration reaches back to 2011');
  const referred = both('LBY', 'LBY', '2011-02-20', { crime: 'crimes-against-humanity' });
  assert.deepEqual(referred.basis, ['Art. 13(b)', 'Art. 12(3)']);
  assert.match(both('LBY', 'LBY', '2010-06-01').reasons.join(' '), /covers conduct from 2011-02-15 only/);
  assert.equal(both('LBY', 'LBY', '2028-01-01').jurisdiction, true, 'the referral has no end');
  assert.deepEqual(both('LBY', 'LBY', '2028-01-01').basis, ['Art. 13(b)']);
});

test('Venezuela: a party from 1 July 2002', () => {
  const f = both('VEN', 'VEN', '2017-04-01', { crime: 'crimes-against-humanity' });
  assert.deepEqual([f.jurisdiction, f.basis], [true, ['Art. 12(2)(a)', 'Art. 12(2)(b)']]);
  assert.deepEqual(both('COL', 'VEN', '2019-01-01').basis, ['Art. 12(2)(a)', 'Art. 12(2)(b)']);
});

test('Hungary: withdrawal notified 2 June 2025 takes effect 2 June 2026', () => {
  const pending = both('HUN', 'HUN', '2025-12-01');
  assert.equal(pending.jurisdiction, true);
  assert.match(pending.reasons.join(' '), /withdrawal \(notified 2025-06-02\) takes effect on 2026-06-02/);
  assert.equal(both('HUN', 'HUN', '2026-06-01').jurisdiction, true);
  assert.equal(both('HUN', 'HUN', '2026-06-02').jurisdiction, false);
  assert.deepEqual(
    both('HUN', 'SRB', '2026-07-01').basis,
    ['Art. 12(2)(b)'],
    'a national of a party on the territory of a former one',
  );
});

test('a later party: Japan from 1 October 2007; the withdrawal revoked by South Africa changes nothing', () => {
  const early = both('JPN', 'JPN', '2007-09-30');
  assert.equal(early.jurisdiction, false);
  assert.match(early.reasons.join(' '), /in force for it from 2007-10-01 \(Art\. 11\(2\)\)/);
  assert.equal(both('ZAF', 'ZAF', '2018-01-01').jurisdiction, true);
});

test('ethnic cleansing is no crime of its own: the finding says how it is charged', () => {
  const f = both('BGD', 'MMR', '2017-09-01', { crime: 'ethnic-cleansing' });
  assert.equal(f.jurisdiction, true);
  assert.match(f.reasons[0], /deportation or forcible transfer, Art\. 7\(1\)\(d\)/);
});

test('complementarity: inactivity admissible; genuine proceedings bar; unwilling or unable do not', () => {
  assert.equal(admissibility({ proceedings: 'none', sufficientGravity: true }).admissible, true);
  assert.equal(admissibility({ proceedings: 'none', sufficientGravity: null }).admissible, 'undetermined');
  assert.deepEqual(admissibility({ proceedings: 'investigating', sufficientGravity: true }), {
    admissible: false,
    provision: 'Art. 17(1)(a)',
    reasons: [
      'a state is investigating the case, genuinely: the Court defers to national proceedings (complementarity)',
    ],
  });
  const shield = admissibility({ proceedings: 'prosecuting', unwilling: { shielding: true }, sufficientGravity: true });
  assert.equal(shield.admissible, true);
  assert.match(shield.reasons[0], /unwilling genuinely to do so: shielding the person \(Art\. 17\(2\)\(a\)\)/);
  const noPremise = admissibility({
    proceedings: 'investigating',
    unable: { cannotObtainAccused: true },
    sufficientGravity: true,
  });
  assert.equal(noPremise.admissible, false, 'inability needs the collapse or unavailability of the judicial system');
  const collapse = admissibility({
    proceedings: 'decided-not-to-prosecute',
    unable: { collapseOrUnavailability: true, cannotObtainEvidence: true },
    sufficientGravity: true,
  });
  assert.deepEqual([collapse.admissible, collapse.provision], [true, 'Art. 17(1)(b)']);
  assert.equal(admissibility({ proceedings: 'tried', sufficientGravity: true }).admissible, false);
  assert.equal(
    admissibility({ proceedings: 'tried', unwilling: { unjustifiedDelay: true }, sufficientGravity: true }).admissible,
    false,
    'delay is no exception to ne bis in idem',
  );
  assert.equal(
    admissibility({ proceedings: 'tried', unwilling: { notIndependentOrImpartial: true }, sufficientGravity: true })
      .admissible,
    true,
  );
  assert.deepEqual(admissibility({ proceedings: 'none', sufficientGravity: false }).provision, 'Art. 17(1)(d)');
});
