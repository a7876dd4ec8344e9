// Tests of agreement statistics against hand-computed values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agreement } from './agreement.ts';

test("accuracy, Cohen's kappa, confusion and F1 on a worked example", () => {
  // 50 items: truth yes/no vs predicted; 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no
  const a = agreement(['yes', 'no'] as const, [
    { truth: 'yes', predicted: 'yes', count: 20 },
    { truth: 'yes', predicted: 'no', count: 5 },
    { truth: 'no', predicted: 'yes', count: 10 },
    { truth: 'no', predicted: 'no', count: 15 },
  ]);
  assert.equal(a.items, 50);
  assert.equal(a.agreement, 0.7);
  // chance = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = (0.7-0.5)/0.5 = 0.4
  assert.ok(Math.abs((a.kappa ?? 0) - 0.4) < 1e-12);
  assert.equal(a.confusion.no.yes, 10);
  assert.equal(a.perLabel.yes.precision, 20 / 30);
  assert.equal(a.perLabel.yes.recall, 20 / 25);
});

test('kappa is null when both labellings use one and the same label; unknown labels are refused', () => {
  assert.equal(agreement(['a', 'b'] as const, [{ truth: 'a', predicted: 'a' }]).kappa, null);
  assert.throws(() => agreement(['a'] as const, [{ truth: 'a', predicted: 'z' as 'a' }]), /outside the label set/);
});
