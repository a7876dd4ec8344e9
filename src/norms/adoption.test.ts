// Tests of adoption and the life cycle on made-up uses over real membership.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adoptionCurve, type SpeechUse } from './adoption.ts';
import { membersInYear } from './membership.ts';

test('first use, continued use, cumulative share of Members, and the stages', () => {
  const members = membersInYear(2010);
  assert.equal(members.length, 192);
  const uses: SpeechUse[] = [];
  // 2005: 10 Members adopt; 2007: 60 more (70 of 192 > 1/3); 2009: 70 more (140 >= 2/3 of 192 = 128)
  // every adopter of 2005 and 2007 speaks again in 2009; the EU (no Member) uses it too
  members.slice(0, 10).forEach((c) => uses.push({ country: c, year: 2005, used: true }));
  members.slice(10, 70).forEach((c) => uses.push({ country: c, year: 2007, used: true }));
  members.slice(0, 140).forEach((c) => uses.push({ country: c, year: 2009, used: true }));
  members.slice(140).forEach((c) => uses.push({ country: c, year: 2009, used: false }));
  uses.push({ country: 'EU', year: 2006, used: true });
  const curve = adoptionCurve(uses, 2004, 2010);
  assert.deepEqual(
    curve.years.map((y) => [y.year, y.adopters, y.newAdopters.length, y.stage]),
    [
      [2004, 0, 0, 'none'],
      [2005, 10, 10, 'emergence'],
      [2006, 10, 1, 'emergence'],
      [2007, 70, 60, 'tipping point'],
      [2008, 70, 0, 'cascade'],
      [2009, 140, 70, 'internalisation'],
      [2010, 140, 0, 'internalisation'],
    ],
  );
  assert.deepEqual([curve.emergenceYear, curve.tippingYear, curve.internalisationYear], [2005, 2007, 2009]);
  const y2009 = curve.years.find((y) => y.year === 2009)!;
  assert.equal(y2009.users, 140);
  assert.equal(y2009.continuing, 70);
  const eu = curve.states.find((s) => s.state === 'EU')!;
  assert.equal(eu.memberAtFirstUse, false);
  const first = curve.states.find((s) => s.state === members[0])!;
  assert.deepEqual([first.firstYear, first.lastYear, first.yearsUsed, first.continued], [2005, 2009, 2, true]);
});

test('two thirds without continued use is not yet internalisation', () => {
  const members = membersInYear(2010);
  const uses: SpeechUse[] = members.slice(0, 140).map((c) => ({ country: c, year: 2008, used: true }));
  const curve = adoptionCurve(uses, 2008, 2010);
  assert.deepEqual(
    curve.years.map((y) => y.stage),
    ['tipping point', 'cascade', 'cascade'],
  );
  assert.equal(curve.internalisationYear, null);
});

test('a speech of a state that is not yet a Member counts for it once it is', () => {
  const curve = adoptionCurve([{ country: 'CHE', year: 1995, used: true }], 1995, 2003);
  assert.equal(curve.years.find((y) => y.year === 2001)!.adopters, 0);
  assert.equal(curve.years.find((y) => y.year === 2002)!.adopters, 1);
});
