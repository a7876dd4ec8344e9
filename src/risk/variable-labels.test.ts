// The variable-code label table (issue 15 item 6): codes in a text become words, unknown codes stay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inWords, rawCodeIn, vdemWords } from './variable-labels.ts';

test('V-Dem codes in a stored text become words, with or without "V-Dem\'s" before them', () => {
  assert.equal(
    inWords("freedom from political killings at level 0 of V-Dem's v2clkill_ord (killings systematic)"),
    "freedom from political killings at level 0 of V-Dem's freedom from political killings scale (killings systematic)",
  );
  assert.equal(inWords('V-Dem v2xcl_disc'), "V-Dem's freedom of discussion index");
  assert.equal(inWords('v2psparban_ord 0-1'), "V-Dem's party bans scale 0-1");
  assert.equal(rawCodeIn(inWords("V-Dem's v2mecenefm_binary and v2csreprss_ord")), null);
});

test('a code the table does not know is left as it is, and found by rawCodeIn', () => {
  assert.equal(inWords('v2zzunknown_ord'), 'v2zzunknown_ord');
  assert.equal(rawCodeIn('level 0 of v2zzunknown_ord'), 'v2zzunknown_ord');
  assert.equal(vdemWords('v2zzunknown_ord'), 'v2zzunknown_ord');
  assert.equal(rawCodeIn('no code here, v2 of the case'), null);
});
