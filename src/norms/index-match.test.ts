// The index matcher must count exactly what the token-stream matcher counts: checked on made-up
// documents with line-end hyphens, repeated and overlapping phrases, and synonym sets, and on
// many random documents over a tiny vocabulary (where phrases recur and overlap often).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndexBuilder } from './corpus-index.ts';
import { indexMentions } from './index-match.ts';
import { mulberry32 } from './optics-sample.ts';
import { parsePhrase } from './phrase.ts';
import { findMentions, matchable } from './phrase-match.ts';
import { emptyView, openPostings } from './postings.ts';
import { tokenize } from './tokens.ts';

function check(texts: string[], phrases: string[]): void {
  const b = new CorpusIndexBuilder();
  const streams = texts.map((t, k) => {
    const tokens = tokenize(t);
    b.add(k * 3 + 1, tokens);
    return matchable(tokens);
  });
  const terms = new Map([...b.entries()].map((e) => [`${e.kind}:${e.term}`, openPostings(e.postings)]));
  const lookup = (term: string, kind: string) => terms.get(`${kind}:${term}`) ?? emptyView;
  for (const text of phrases) {
    const phrase = parsePhrase(text);
    const viaIndex = indexMentions(phrase, lookup);
    streams.forEach((s, k) => {
      const direct = findMentions(s, phrase);
      assert.deepEqual(viaIndex.get(k * 3 + 1) ?? [], direct, `"${text}" in document ${k}: ${texts[k]}`);
    });
    // limited to some documents (as a search asks for its matching documents only): the same mentions there
    const only = Int32Array.from(texts.map((_, k) => k * 3 + 1).filter((_, k) => k % 2 === 1));
    const some = indexMentions(phrase, lookup, only);
    assert.deepEqual(
      [...some.keys()],
      [...viaIndex.keys()].filter((d) => only.includes(d)),
    );
    for (const [d, ms] of some) assert.deepEqual(ms, viaIndex.get(d));
  }
}

test('the index finds what the token stream finds, line-end hyphens included', () => {
  check(
    [
      'The responsi-\nbility to protect and the responsibility to pro-\ntect; R2P.',
      'human security, human-security programmes, inhuman security',
      'peace-\nkeeping and peacekeeping and peace keeping',
      'nothing here',
      'very very very very',
    ],
    [
      'responsibility to protect|r2p',
      'human security',
      'peacekeeping',
      'peace keeping',
      'very very',
      'responsibility',
      'absent words',
    ],
  );
});

test('random documents over a tiny vocabulary: index and stream agree on every phrase', () => {
  const random = mulberry32(7);
  const vocabulary = ['a', 'b', 'ab', 'c'];
  const texts = Array.from({ length: 60 }, () =>
    Array.from({ length: 40 }, () => vocabulary[Math.floor(random() * 4)] + (random() < 0.1 ? '-\n' : ' ')).join(''),
  );
  check(texts, ['a b', 'ab', 'a b c', 'b a b', 'ab|a b', 'c c', 'a']);
});
