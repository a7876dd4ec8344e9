// Tests of the optics reading: lexicon matching (leftmost-longest, neutral phrases), rules R1-R5,
// and classifyOptics on made-up paragraphs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { opticsLexicon } from './optics-lexicon.ts';
import { classifyOptics, compileLexicon, decideOptic, lexiconHits, type OpticHit } from './optics.ts';
import { parsePhrase } from './phrase.ts';
import { matchable } from './phrase-match.ts';
import { tokenize } from './tokens.ts';

const hitsOf = (text: string) => {
  const s = matchable(tokenize(text));
  return lexiconHits(s, 0, s.words.length);
};
const hit = (optic: OpticHit['optic'], question: OpticHit['question']): OpticHit => ({
  start: 0,
  end: 1,
  optic,
  question,
  entry: 'x',
  words: 'x',
});

test('every lexicon entry parses, and no alternative belongs to two optics or questions', () => {
  const seen = new Map<string, string>();
  for (const [optic, qs] of Object.entries(opticsLexicon.entries)) {
    for (const [question, entries] of Object.entries(qs)) {
      for (const e of entries) {
        for (const alt of parsePhrase(e).alternatives) {
          const key = alt.join(' ');
          const where = `${optic}/${question}`;
          assert.ok(!seen.has(key) || seen.get(key) === where, `"${key}" is in ${seen.get(key)} and ${where}`);
          seen.set(key, where);
        }
      }
    }
  }
  for (const e of opticsLexicon.neutral) parsePhrase(e);
});

test('lexicon matching is leftmost-longest; neutral phrases count for nothing', () => {
  assert.deepEqual(
    hitsOf('Human security, not collective security.').map((h) => [h.optic, h.words]),
    [
      ['justice', 'human security'],
      ['stability', 'collective security'],
    ],
  );
  assert.deepEqual(hitsOf('The international community and the International Court of Justice.'), []);
  assert.deepEqual(
    hitsOf('the civil war').map((h) => [h.optic, h.question]),
    [['order', 'threat']],
  );
  assert.deepEqual(
    hitsOf('war crimes').map((h) => h.optic),
    ['justice'],
  );
  assert.deepEqual(
    hitsOf('geno-\ncide').map((h) => h.words),
    ['geno cide'],
  );
});

test('rules R1-R5', () => {
  assert.deepEqual([decideOptic([]).optic, decideOptic([]).rule], ['none', 'R1']);
  assert.deepEqual(
    [decideOptic([hit('justice', 'value')]).optic, decideOptic([hit('justice', 'value')]).rule],
    ['none', 'R2'],
  );
  assert.equal(decideOptic([hit('justice', 'threat')]).optic, 'justice');
  const r3 = decideOptic([hit('order', 'means'), hit('order', 'means'), hit('stability', 'threat')]);
  assert.deepEqual([r3.optic, r3.rule, r3.scores], ['order', 'R3', { stability: 1, order: 2, justice: 0 }]);
  const r4 = decideOptic([
    hit('order', 'means'),
    hit('order', 'value'),
    hit('stability', 'threat'),
    hit('stability', 'threat'),
  ]);
  assert.deepEqual([r4.optic, r4.rule], ['order', 'R4']);
  const r4threat = decideOptic([hit('order', 'means'), hit('stability', 'threat')]);
  assert.deepEqual([r4threat.optic, r4threat.rule], ['stability', 'R4']);
  const r5 = decideOptic([hit('order', 'threat'), hit('stability', 'threat')]);
  assert.deepEqual([r5.optic, r5.rule], ['none', 'R5']);
  assert.deepEqual(r5.questions, { stability: ['threat'], order: ['threat'], justice: [] });
});

test('classifyOptics reads each paragraph of a text and says why', () => {
  const text = [
    'The arms race and the danger of nuclear war threaten every State; disarmament cannot wait.',
    'Civil war and the collapse of State institutions call for peacekeeping with the consent of the parties.',
    'Genocide and crimes against humanity demand that the perpetrators face a tribunal.',
    'We congratulate you, Sir, on your election.',
  ].join('\n\n');
  const read = classifyOptics(text);
  assert.deepEqual(
    read.map((p) => p.optic),
    ['stability', 'order', 'justice', 'none'],
  );
  assert.deepEqual(
    read[2].hits.map((h) => [h.question, h.words]),
    [
      ['threat', 'genocide'],
      ['threat', 'crimes against humanity'],
      ['means', 'tribunal'],
    ],
  );
  assert.equal(read[3].rule, 'R1');
  assert.equal(text.slice(read[1].paragraph.start, read[1].paragraph.start + 9), 'Civil war');
});

test('a custom lexicon can be compiled and used', () => {
  const lexicon = compileLexicon({
    neutral: [],
    entries: {
      stability: { threat: ['dragons'], referent: [], value: [], means: ['knights'] },
      order: { threat: [], referent: [], value: [], means: [] },
      justice: { threat: [], referent: [], value: [], means: [] },
    },
  });
  assert.equal(classifyOptics('Dragons! Send the knights.', lexicon)[0].optic, 'stability');
});
