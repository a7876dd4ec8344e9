// Slow tests against the shared data: the COW codes of the reference list against the
// (iso3c, ccode) pairs of the indicator files and the names and codes of EWP's country-name
// sheet; and every country code of the UN General Debate corpus present in the list.
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { sharedDataDir } from '../../test/support.ts';
import { readCsv } from '../ingest/formats/csv.ts';
import { tgzEntries } from '../ingest/formats/tar.ts';
import { foldedCowCodes } from './cow-codes.ts';
import { countries, countryByIso3, iso3ForName } from './index.ts';

const skip = sharedDataDir === undefined && 'no shared data directory';

/** The codes a country's rows may carry: its own, those folded into it, and those of former states it succeeded. */
function acceptedCodes(iso3: string): Set<number> {
  const own = countryByIso3(iso3)?.ccode;
  const codes = new Set<number>([...(own == null ? [] : [own]), ...(foldedCowCodes.get(iso3) ?? [])]);
  for (const c of countries) if (c.successor === iso3 && c.ccode !== null) codes.add(c.ccode);
  return codes;
}

for (const file of ['indicators/wdi.csv', 'indicators/un_imr_clean.csv']) {
  test(`COW codes agree with the (iso3c, ccode) pairs of ${file}`, { skip }, () => {
    const { rows } = readCsv(join(sharedDataDir!, file), file, ['iso3c', 'ccode']);
    const pairs = new Set<string>();
    for (const r of rows) {
      const iso3 = r.text('iso3c');
      const ccode = r.int('ccode');
      if (iso3 !== null && ccode !== null) pairs.add(`${iso3} ${ccode}`);
    }
    assert.ok(pairs.size > 150);
    const wrong = [...pairs].filter((p) => {
      const [iso3, ccode] = p.split(' ');
      return !acceptedCodes(iso3).has(Number(ccode));
    });
    assert.deepEqual(wrong, []);
  });
}

test("EWP's country-name sheet: every name resolves to the country its ccode names", { skip }, () => {
  const file = 'ewp/countrynamesheet_complete.csv';
  const { rows } = readCsv(join(sharedDataDir!, file), file, ['country', 'ccode', 'ewp_name']);
  assert.ok(rows.length > 150);
  const problems: string[] = [];
  for (const r of rows) {
    const ccode = r.requiredInt('ccode');
    for (const name of [r.str('country'), r.str('ewp_name')]) {
      const iso3 = iso3ForName(name);
      if (iso3 === undefined) problems.push(`${name}: unresolved`);
      else if (!acceptedCodes(iso3).has(ccode)) problems.push(`${name} -> ${iso3}, sheet says ${ccode}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every country code of the UN General Debate corpus is in the reference list', { skip }, async () => {
  const file = 'ungdc/UNGDC_1946-2024.tgz';
  const codes = new Set<string>();
  for await (const entry of tgzEntries(createReadStream(join(sharedDataDir!, file)), file)) {
    const m = /^([A-Z]{2,3})_\d+_\d{4}\.txt$/.exec(basename(entry.name));
    if (entry.type === 'file' && m) codes.add(m[1]);
  }
  assert.ok(codes.size >= 200, `${codes.size} codes`);
  assert.deepEqual(
    [...codes].filter((c) => !countryByIso3(c)),
    [],
  );
  for (const former of ['CSK', 'DDR', 'YMD', 'YUG', 'EU']) assert.ok(codes.has(former), former);
});
