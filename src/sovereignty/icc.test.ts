// Tests of the ICC jurisdiction rule and of complementarity on real situations and edge cases:
// Darfur (referral of a non-party), Libya (referral from a date), Ukraine (Art. 12(3)
// declarations), Afghanistan (a party: nationals of non-parties on its territory), Burundi
// (withdrawal), Japan (entry into force for a later party), conduct before July 2002.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { admissibility } from './complementarity.ts';
import { entryIntoForceFor, iccJurisdiction, type StateFacts } from './icc.ts';

const nonParty = (code: string): StateFacts => ({ code, party: null, declarations: [] });

test('entry into force: 1 July 2002 for the first sixty; else first day of the month after 60 days', () => {
  assert.equal(entryIntoForceFor('1999-02-01'), '2002-07-01');
  assert.equal(entryIntoForceFor('2002-04-11'), '2002-07-01');
  assert.equal(entryIntoForceFor('2007-07-17'), '2007-10-01'); // Japan
  assert.equal(entryIntoForceFor('2015-01-02'), '2015-04-01'); // Palestine
  assert.equal(entryIntoForceFor('2003-02-10'), '2003-05-01'); // Afghanistan
});

test('conduct before 1 July 2002 is outside jurisdiction whatever the basis', () => {
  const f = iccJurisdiction({ crime: 'genocide', conductDate: '1994-04-07', territoryState: nonParty('RWA'), nationalityState: null, referral: null });
  assert.equal(f.jurisdiction, false);
  assert.equal(f.provision, 'Art. 11(1)');
});

test('a Council referral gives jurisdiction over a non-party, from the date referred', () => {
  const darfur = { resolution: 'S/RES/1593 (2005)', territories: ['SDN'], from: '2002-07-01' };
  const f = iccJurisdiction({ crime: 'crimes-against-humanity', conductDate: '2004-03-01', territoryState: nonParty('SDN'), nationalityState: null, referral: darfur });
  assert.deepEqual([f.jurisdiction, f.basis, f.provision], [true, 'council-referral', 'Art. 13(b)']);
  const libya = { resolution: 'S/RES/1970 (2011)', territories: ['LBY'], from: '2011-02-15' };
  const before = iccJurisdiction({ crime: 'war-crimes', conductDate: '2011-02-01', territoryState: nonParty('LBY'), nationalityState: null, referral: libya });
  assert.equal(before.jurisdiction, false);
  assert.match(before.reasons.join(' '), /covers conduct from 2011-02-15 only/);
});

test('Art. 12(3) declarations for the periods they cover (Ukraine)', () => {
  const ukraine: StateFacts = {
    code: 'UKR',
    party: { deposited: '2024-10-25' },
    declarations: [
      { lodged: '2014-04-17', from: '2013-11-21', until: '2014-02-22' },
      { lodged: '2015-09-08', from: '2014-02-20' },
    ],
  };
  const f = iccJurisdiction({ crime: 'war-crimes', conductDate: '2022-03-01', territoryState: ukraine, nationalityState: nonParty('RUS'), referral: null });
  assert.deepEqual([f.jurisdiction, f.basis, f.provision], [true, 'article-12-3-declaration', 'Art. 12(3)']);
  const later = iccJurisdiction({ crime: 'war-crimes', conductDate: '2025-03-01', territoryState: ukraine, nationalityState: nonParty('RUS'), referral: null });
  assert.deepEqual([later.basis, later.provision], ['state-party', 'Art. 12(2)(a)']);
});

test('territory or nationality of a party; later parties and withdrawals', () => {
  const afg: StateFacts = { code: 'AFG', party: { deposited: '2003-02-10' }, declarations: [] };
  const onTerritory = iccJurisdiction({ crime: 'war-crimes', conductDate: '2004-06-01', territoryState: afg, nationalityState: nonParty('USA'), referral: null });
  assert.equal(onTerritory.provision, 'Art. 12(2)(a)');
  const tooEarly = iccJurisdiction({ crime: 'war-crimes', conductDate: '2003-03-01', territoryState: afg, nationalityState: nonParty('USA'), referral: null });
  assert.equal(tooEarly.jurisdiction, false);
  assert.match(tooEarly.reasons.join(' '), /in force for it from 2003-05-01 \(Art\. 11\(2\)\)/);
  const national = iccJurisdiction({ crime: 'crimes-against-humanity', conductDate: '2010-01-01', territoryState: nonParty('XKX'), nationalityState: { code: 'SRB', party: { deposited: '2001-09-06' }, declarations: [] }, referral: null });
  assert.equal(national.provision, 'Art. 12(2)(b)');
  const burundi: StateFacts = { code: 'BDI', party: { deposited: '2004-09-21', withdrawalEffective: '2017-10-27' }, declarations: [] };
  assert.equal(iccJurisdiction({ crime: 'crimes-against-humanity', conductDate: '2016-05-01', territoryState: burundi, nationalityState: null, referral: null }).jurisdiction, true);
  const after = iccJurisdiction({ crime: 'crimes-against-humanity', conductDate: '2018-05-01', territoryState: burundi, nationalityState: null, referral: null });
  assert.equal(after.jurisdiction, false);
  assert.match(after.reasons.join(' '), /withdrawn, effective 2017-10-27/);
});

test('ethnic cleansing is no crime of its own: the finding says how it is charged', () => {
  const f = iccJurisdiction({ crime: 'ethnic-cleansing', conductDate: '2017-09-01', territoryState: { code: 'BGD', party: { deposited: '2010-03-23' }, declarations: [] }, nationalityState: nonParty('MMR'), referral: null });
  assert.equal(f.jurisdiction, true);
  assert.match(f.reasons[0], /deportation or forcible transfer, Art\. 7\(1\)\(d\)/);
});

test('complementarity: inactivity admissible; genuine proceedings bar; unwilling or unable do not', () => {
  assert.equal(admissibility({ proceedings: 'none', sufficientGravity: true }).admissible, true);
  assert.equal(admissibility({ proceedings: 'none', sufficientGravity: null }).admissible, 'undetermined');
  assert.deepEqual(admissibility({ proceedings: 'investigating', sufficientGravity: true }), {
    admissible: false,
    provision: 'Art. 17(1)(a)',
    reasons: ['a state is investigating the case, genuinely: the Court defers to national proceedings (complementarity)'],
  });
  const shield = admissibility({ proceedings: 'prosecuting', unwilling: { shielding: true }, sufficientGravity: true });
  assert.equal(shield.admissible, true);
  assert.match(shield.reasons[0], /unwilling genuinely to do so: shielding the person \(Art\. 17\(2\)\(a\)\)/);
  const noPremise = admissibility({ proceedings: 'investigating', unable: { cannotObtainAccused: true }, sufficientGravity: true });
  assert.equal(noPremise.admissible, false, 'inability needs the collapse or unavailability of the judicial system');
  const collapse = admissibility({ proceedings: 'decided-not-to-prosecute', unable: { collapseOrUnavailability: true, cannotObtainEvidence: true }, sufficientGravity: true });
  assert.deepEqual([collapse.admissible, collapse.provision], [true, 'Art. 17(1)(b)']);
  assert.equal(admissibility({ proceedings: 'tried', sufficientGravity: true }).admissible, false);
  assert.equal(admissibility({ proceedings: 'tried', unwilling: { unjustifiedDelay: true }, sufficientGravity: true }).admissible, false, 'delay is no exception to ne bis in idem');
  assert.equal(admissibility({ proceedings: 'tried', unwilling: { notIndependentOrImpartial: true }, sufficientGravity: true }).admissible, true);
  assert.deepEqual(admissibility({ proceedings: 'none', sufficientGravity: false }).provision, 'Art. 17(1)(d)');
});
