// The labelled set 2000-2026 is what its draw says it is (docs/council.md): every document of the
// third draw labelled exactly once, the halves as drawn (15 and 15), no label outside the draw or
// the 13 labelled before, presidential statements keyed by their symbol.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extensionDraw, labelledParts, labelledSetExtension } from './labelled-set-2000.ts';
import { labelKey } from './labelled-set.ts';

const symbolOf = (l: { number: number; year: number; symbol?: string }) => l.symbol ?? `S/RES/${l.number} (${l.year})`;

test('labelled set 2000-2026: every drawn document labelled once, the halves as drawn', () => {
  const labelled = labelledSetExtension.map(symbolOf).sort();
  assert.deepEqual(labelled, extensionDraw.map((d) => d.symbol).sort());
  assert.equal(new Set(labelled).size, labelled.length);
  assert.equal(labelledParts.development.length, 15);
  assert.equal(labelledParts['held-out'].length, 15);
  assert.equal(labelledParts.earlier.length, 13);
  assert.equal(labelledParts.all.length, 43);
  const keys = labelledParts.all.map(labelKey);
  assert.equal(new Set(keys).size, keys.length, 'no two labels share a key');
  assert.equal(labelKey(labelledSetExtension.find((l) => l.symbol === 'S/PRST/2019/7')!), 'S/PRST/2019/7');
  // the draw covers each period with both Library flags and all four themes
  for (const period of ['2000-2008', '2009-2016', '2017-2026'])
    for (const flag of [true, false])
      assert.equal(extensionDraw.filter((d) => d.period === period && d.flag === flag).length, 4, `${period} ${flag}`);
});
