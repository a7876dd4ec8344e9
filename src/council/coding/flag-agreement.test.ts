// Tests of the coder on XML paragraphs and of the agreement with the Library's Chapter VII flag
// (flag-agreement.ts), on hand-built documents; the real-data figure is pinned in
// council-analytics.real-data.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CouncilDocument } from '../document.ts';
import { chapterViiJudgements } from './chapter-vii-judgements.ts';
import { chapterViiAgreement, codeDocument, coderText } from './flag-agreement.ts';

type Doc = Pick<CouncilDocument, 'symbol' | 'kind' | 'chapterVIIFlag' | 'paragraphs'>;

function doc(symbol: string, flag: boolean | null, ...texts: string[]): Doc {
  let op = 0;
  return {
    symbol,
    kind: 'resolution',
    chapterVIIFlag: flag,
    paragraphs: texts.map((text, index) => {
      const operative = /^[A-Z][a-z]+s\b/.test(text) && !/^(?:Recalling|Reaffirming|Acting)/.test(text);
      return { index, part: operative ? 'operative' : 'preamble', number: operative ? `${++op}.` : null, text };
    }),
  };
}

test('the coder reads XML paragraphs: operative ones numbered, evidence paragraph n is document index n - 1', () => {
  const d = doc(
    'S/RES/1 (2001)',
    true,
    'Recalling its resolutions,',
    'Acting under Chapter VII of the Charter of the United Nations,',
    'Decides that all States shall prevent the sale or supply of arms;',
  );
  assert.equal(
    coderText(d.paragraphs),
    'Recalling its resolutions,\n\nActing under Chapter VII of the Charter of the United Nations,\n\n1. Decides that all States shall prevent the sale or supply of arms;',
  );
  const c = codeDocument(d);
  assert.equal(c.chapterVII, true);
  assert.equal(c.sanctions, true);
  assert.equal(c.evidence.chapterVII[0].paragraph - 1, 1);
  assert.equal(c.evidence.sanctions[0].kind, 'operative');
});

test('agreement: counted over resolutions with a flag; disagreements with evidence and judgement', () => {
  const docs: Doc[] = [
    doc(
      'S/RES/1386 (2001)',
      false,
      'Determining that the situation still constitutes a threat to international peace and security,',
      'Acting for these reasons under Chapter VII of the Charter of the United Nations,',
      'Authorizes the establishment of a force;',
    ),
    doc(
      'S/RES/2 (2002)',
      true,
      'Acting under Chapter VII of the Charter of the United Nations,',
      'Decides to remain seized;',
    ),
    doc('S/RES/3 (2002)', false, 'Decides to remain seized;'),
    doc('S/RES/4 (2021)', null, 'Decides to remain seized;'),
    doc('S/RES/5 (2002)', true, 'Decides to remain seized;'),
    {
      symbol: 'S/PRST/2002/1',
      kind: 'statement',
      chapterVIIFlag: null,
      paragraphs: [{ index: 0, part: 'operative', number: null, text: 'Acting under Chapter VII' }],
    },
  ];
  const a = chapterViiAgreement(docs);
  assert.deepEqual(
    [a.resolutions, a.compared, a.agree, a.both, a.neither, a.flagOnly, a.coderOnly],
    [5, 4, 2, 1, 1, 1, 1],
  );
  assert.equal(a.rate, 0.5);
  assert.deepEqual(a.withoutFlag, ['S/RES/4 (2021)']);
  const [d1386, d5] = a.disagreements;
  assert.deepEqual(
    [d1386.symbol, d1386.flag, d1386.coded, d1386.paragraph, d1386.phrase],
    ['S/RES/1386 (2001)', false, true, 1, 'under Chapter VII of the Charter'],
  );
  assert.equal(d1386.judgement, chapterViiJudgements['S/RES/1386 (2001)']);
  assert.equal(d5.judgement, null);
  assert.deepEqual([a.textRight, a.flagRight, a.unjudged], [1, 0, 1]);
});
