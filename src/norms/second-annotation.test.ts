// Tests of the second-annotation comparison: a made-up annotation, bad rows named by line, and the
// real second annotation of the held-out set (../shared/docs/optics-second-annotation.csv, skipped
// when absent): 76 of 80 identical, kappa 0.93, the four differences quoted in docs/norms.md.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../config.ts';
import { parseSample } from './optics-sample.ts';
import { compareAnnotations, parseSecondAnnotation } from './second-annotation.ts';

const sample = parseSample(readFileSync(join(repoRoot, 'src', 'norms', 'optics-sample.csv'), 'utf8'));

test('a second annotation is matched by id and compared with the sample labels', () => {
  const second = parseSecondAnnotation(
    'corpus,document,paragraph,label\nungdc,LBR_03_1948,12,none\nungdc,EGY_03_1948,10,stability\nungdc,XXX_01_1946,1,none\n',
  );
  const r = compareAnnotations(sample, second);
  assert.equal(r.agreement.items, 2);
  assert.equal(r.agreement.agreement, 0.5);
  assert.deepEqual(
    r.differences.map((d) => [d.item.document, d.item.label, d.second]),
    [['EGY_03_1948', 'justice', 'stability']],
  );
  assert.deepEqual(
    r.unmatched.map((u) => u.document),
    ['XXX_01_1946'],
  );
});

test('bad rows of a second annotation are named by line', () => {
  assert.throws(
    () => parseSecondAnnotation('corpus,document,paragraph,label\nungdc,A,1,peace\n', 'f.csv'),
    /f\.csv: line 2: label must be/,
  );
  assert.throws(
    () => parseSecondAnnotation('corpus,document,paragraph,label\nungdc,A,x,none\n', 'f.csv'),
    /f\.csv: line 2: paragraph must be/,
  );
  assert.throws(() => parseSecondAnnotation('a,b\n', 'f.csv'), /f\.csv: line 1: expected header/);
});

const secondFile = join(repoRoot, '..', 'shared', 'docs', 'optics-second-annotation.csv');

test('the second annotation of the held-out set: 76 of 80, kappa 0.93, four differences', {
  skip: existsSync(secondFile) ? false : 'no ../shared/docs/optics-second-annotation.csv',
}, () => {
  const second = parseSecondAnnotation(readFileSync(secondFile, 'utf8'), secondFile);
  const r = compareAnnotations(sample, second);
  assert.equal(r.unmatched.length, 0);
  assert.equal(r.agreement.items, 80);
  assert.ok(r.differences.every((d) => d.item.set === 'test'));
  assert.equal(Math.round(r.agreement.agreement * 80), 76);
  assert.equal(r.agreement.kappa!.toFixed(2), '0.93');
  const kinds = r.differences.map((d) => `${d.item.label}->${d.second}`).sort();
  assert.deepEqual(kinds, ['justice->none', 'none->justice', 'none->stability', 'order->stability']);
  console.log(
    `second annotation: ${Math.round(r.agreement.agreement * 80)}/80, kappa ${r.agreement.kappa!.toFixed(4)}; ` +
      r.differences
        .map(
          (d) =>
            `${d.item.corpus}/${d.item.document}[${d.item.paragraph}] ${d.item.label}->${d.second} (${d.item.rule})`,
        )
        .join('; '),
  );
});
