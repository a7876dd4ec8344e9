// Tests of the reference list: UN membership (193 members, the Holy See not one, the 51
// original members, admission dates), regional groups and their special cases, former states,
// and the uniqueness of codes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ccodeForIso3, countries, countryByIso3, originalUnMembers } from './index.ts';

test('193 UN members; the Holy See and Palestine are observers, not members', () => {
  assert.equal(countries.filter((c) => c.unMember).length, 193);
  for (const iso3 of ['VAT', 'PSE']) {
    const c = countryByIso3(iso3)!;
    assert.equal(c.unMember, false, iso3);
    assert.equal(c.unObserver, true, iso3);
    assert.equal(c.unAdmission, null, iso3);
  }
});

test('every member has an admission date and a regional group; non-members have neither', () => {
  for (const c of countries) {
    if (c.unMember) {
      assert.match(c.unAdmission ?? '', /^\d{4}-\d{2}-\d{2}$/, c.iso3);
      assert.ok(c.unGroup, c.iso3);
    } else if (!c.historical) {
      assert.equal(c.unAdmission, null, c.iso3);
      assert.equal(c.unGroup, null, c.iso3);
    }
  }
});

test('51 original members of 1945, among them the USSR (as Russia), Czechoslovakia and Yugoslavia', () => {
  const originals = originalUnMembers().map((c) => c.iso3);
  assert.equal(originals.length, 51);
  for (const iso3 of ['RUS', 'CSK', 'YUG', 'BLR', 'UKR', 'CHN', 'USA', 'SAU', 'POL'])
    assert.ok(originals.includes(iso3), iso3);
  assert.ok(!originals.includes('SUN'), 'the USSR seat is counted once, as Russia');
  assert.ok(!originals.includes('SRB'));
});

test('admission dates of some members', () => {
  assert.equal(countryByIso3('SSD')!.unAdmission, '2011-07-14');
  assert.equal(countryByIso3('CHE')!.unAdmission, '2002-09-10');
  assert.equal(countryByIso3('MNE')!.unAdmission, '2006-06-28');
  assert.equal(countryByIso3('DEU')!.unAdmission, '1973-09-18');
  assert.equal(countryByIso3('DDR')!.unAdmission, '1973-09-18');
  assert.equal(countryByIso3('IDN')!.unAdmission, '1950-09-28');
});

test('group sizes and special cases', () => {
  const size = (g: string) => countries.filter((c) => c.unMember && c.unGroup === g).length;
  assert.equal(size('African'), 54);
  assert.equal(size('Asia-Pacific'), 54);
  assert.equal(size('Eastern European'), 23);
  assert.equal(size('Latin American and Caribbean'), 33);
  assert.equal(size('Western European and Others'), 29); // 28 members and the United States
  assert.match(countryByIso3('USA')!.unGroupNote!, /observer/);
  assert.match(countryByIso3('TUR')!.unGroupNote!, /Asia-Pacific/);
  assert.equal(countryByIso3('ISR')!.unGroup, 'Western European and Others');
  assert.equal(countryByIso3('KIR')!.unGroup, 'Asia-Pacific');
  assert.equal(countryByIso3('CYP')!.unGroup, 'Asia-Pacific');
});

test('former states and the EU are present, marked, and linked to their successors', () => {
  for (const iso3 of ['SUN', 'YUG', 'CSK', 'DDR', 'YMD', 'ZAN', 'RVN']) {
    const c = countryByIso3(iso3)!;
    assert.ok(c, iso3);
    assert.equal(c.historical, true, iso3);
    assert.equal(c.kind, 'historical', iso3);
    assert.ok(countryByIso3(c.successor!), `${iso3} successor`);
  }
  const eu = countryByIso3('EU')!;
  assert.equal(eu.kind, 'organisation');
  assert.equal(eu.historical, false);
  assert.equal(countryByIso3('XKX')!.kind, 'state');
  assert.equal(countryByIso3('UNK'), undefined);
  assert.equal(countryByIso3('GRL')!.kind, 'territory');
  assert.equal(countryByIso3('TWN')!.kind, 'state');
});

test('every ISO numeric id and every ISO3 is unique', () => {
  const numeric = countries.map((c) => c.isoNumeric).filter((n) => n !== null);
  assert.equal(new Set(numeric).size, numeric.length);
  assert.equal(new Set(countries.map((c) => c.iso3)).size, countries.length);
  assert.equal(countryByIso3('USA')!.isoNumeric, 840);
  assert.equal(countryByIso3('AFG')!.isoNumeric, 4);
});

test('COW codes: unique except where a state continues its predecessor', () => {
  assert.equal(ccodeForIso3('USA'), 2);
  assert.equal(ccodeForIso3('RUS'), 365);
  assert.equal(ccodeForIso3('SUN'), 365);
  assert.equal(ccodeForIso3('DEU'), 255);
  assert.equal(ccodeForIso3('CSK'), 315);
  assert.equal(ccodeForIso3('CZE'), 316);
  const seen = new Map<number, string>();
  for (const c of countries) {
    if (c.ccode === null) continue;
    const other = seen.get(c.ccode);
    if (other)
      assert.ok(
        countryByIso3(other)!.successor === c.iso3 || c.successor === other,
        `${c.iso3} and ${other} share ${c.ccode}`,
      );
    seen.set(c.ccode, c.iso3);
  }
  assert.equal(countries.filter((c) => c.unMember && c.ccode === null).length, 0, 'every UN member has a COW code');
});
