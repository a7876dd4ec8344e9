// Tests of the mojibake repair (mojibake.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairMojibake } from './mojibake.ts';

test('UTF-8 read as Windows-1252 is repaired', () => {
  assert.equal(repairMojibake('Peopleâ€™s Republic'), 'People’s Republic');
  assert.equal(repairMojibake('Se\u00c3\u00b1or'), 'Señor');
  assert.equal(repairMojibake('Ã©tÃ©'), 'été');
});

test('correct text is left alone', () => {
  for (const s of ['Côte d’Ivoire', 'naïve — café', 'Dag Hammarskjöld', 'plain ASCII', 'Â alone'])
    assert.equal(repairMojibake(s), s);
});
