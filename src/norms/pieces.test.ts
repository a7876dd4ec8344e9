import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMentions, matchable } from './phrase-match.ts';
import { parsePhrase } from './phrase.ts';
import {
  cutPieces,
  cutSnippet,
  MARK_WORDS,
  markBefore,
  NO_MARK,
  NO_MARKS,
  PIECE_WORDS,
  pieceSpans,
  piecesFor,
  SNIPPET_WORDS,
  snippetWindow,
} from './pieces.ts';
import { tokenize } from './tokens.ts';

/** A text of `n` words w0 .. w{n-1}, with line breaks and punctuation between some. */
function numbered(n: number, word = (k: number) => `w${k}`): string {
  let s = 'Mr. President, ';
  for (let k = 0; k < n; k++) s += word(k) + (k % 17 === 16 ? '.\n' : k % 5 === 4 ? ', ' : ' ');
  return s;
}

/** The snippet of the first mention of `phrase` in `text`, from its pieces as a search reads them. */
function snippetOf(text: string, phrase: string): string | null {
  const tokens = tokenize(text);
  const mentions = findMentions(matchable(tokens), parsePhrase(phrase));
  const pieces = cutPieces(text, tokens);
  const { from, to } = piecesFor(snippetWindow(mentions[0], tokens.words.length));
  const snippet = cutSnippet(pieces.slice(from, to + 1), mentions, tokens.words.length);
  // the same from the piece's words found beforehand (as a search keeps them)
  if (from === to) {
    const spans = pieceSpans(pieces[from].text);
    assert.ok(spans);
    assert.equal(cutSnippet([pieces[from]], mentions, tokens.words.length, spans), snippet);
  }
  return snippet;
}

test('pieces laid end to end are the text, each starting at its first word', () => {
  for (const text of [numbered(1000), numbered(PIECE_WORDS), numbered(3), '', '  \n ', `"Résumé" ${numbered(300)}`]) {
    const tokens = tokenize(text);
    const pieces = cutPieces(text, tokens);
    assert.equal(pieces.map((p) => p.text).join(''), text);
    assert.equal(pieces.length, Math.max(1, Math.ceil(tokens.words.length / PIECE_WORDS)));
    pieces.forEach((p, k) => {
      assert.equal(p.piece, k);
      assert.equal(p.firstWord, k * PIECE_WORDS);
      if (k > 0)
        assert.equal(p.text.slice(0, tokens.ends[p.firstWord] - tokens.starts[p.firstWord]), tokens.words[p.firstWord]);
    });
  }
});

test('the window holds the mention, 32 words, centred unless that would cross a piece edge', () => {
  const words = 1000;
  for (let start = 0; start < words - 3; start++) {
    const m = { start, end: start + 3 };
    const w = snippetWindow(m, words);
    assert.equal(w.end - w.first, SNIPPET_WORDS);
    assert.ok(w.first <= m.start && m.end <= w.end, `mention at ${start}`);
    const { from, to } = piecesFor(w);
    const crosses = Math.floor(start / PIECE_WORDS) !== Math.floor((start + 2) / PIECE_WORDS);
    assert.equal(to - from, crosses ? 1 : 0, `mention at ${start}`);
  }
  assert.deepEqual(snippetWindow({ start: 450, end: 453 }, words), { first: 436, end: 468 });
  // centred it would cross into the next piece (words 512-639): moved back, the mention still in it
  assert.deepEqual(snippetWindow({ start: 500, end: 503 }, words), { first: 480, end: 512 });
  assert.deepEqual(snippetWindow({ start: 5, end: 6 }, 20), { first: 0, end: 20 });
});

test('a snippet: the words around the mention, marked, with … where the text is cut', () => {
  const text = numbered(1000);
  assert.equal(
    snippetOf(text, 'w450 w451'), // words 452-453 of the text ("Mr", "President" first)
    '…w435 w436 w437 w438 w439, w440 w441.\nw442 w443 w444, w445 w446 w447 w448 w449, [w450 w451] w452 w453 w454, w455 w456 w457 w458.\nw459, w460 w461 w462 w463 w464, w465 w466…',
  );
  // at the start: the text before the first word is kept, no … before it
  assert.match(snippetOf(text, 'w3')!, /^Mr\. President, w0 w1 w2 \[w3\] w4, .* w29…$/s);
  // at the end: the rest of the text is kept
  assert.match(snippetOf(text, 'w998')!, /^…w968\.\n.* \[w998\] w999, $/s);
  // a mention across the edge of two pieces: both are read
  assert.match(snippetOf(text, 'w127 w128')!, /\[w127 w128\]/);
  // every mention in the window is marked
  const repeated = numbered(300, (k) => (k === 150 || k === 155 ? 'sovereignty' : `w${k}`));
  assert.match(snippetOf(repeated, 'sovereignty')!, /\[sovereignty\] w151\W+w152\W+w153\W+w154\W+\[sovereignty\] w156/);
  // phrases of two alternatives
  assert.match(snippetOf(repeated, 'w152|sovereignty')!, /\[sovereignty\] w151\W+\[w152\]\W+w153/);
});

test('words next to letters outside ASCII are cut by the token rule (the reading), as the index counts them', () => {
  // "Côte" is one word, so the mention is the 3rd word after it; a soft hyphen joins a word
  const text = `${numbered(40)} Côte d’Ivoire and the inter\u00ADnational community w${'9'.repeat(3)} ${numbered(150)}`;
  const s = snippetOf(text, 'international community')!;
  assert.match(s, /Côte d’Ivoire and the \[inter\u00ADnational community\] w999/);
  // the window's last word runs on into a letter outside ASCII: the whole word, as the index reads it
  const accented = numbered(1000, (k) => (k === 466 ? 'w466é' : `w${k}`));
  assert.match(snippetOf(accented, 'w450 w451')!, /^…w435 .* w465 w466é…$/s);
  // a curly apostrophe or dash is no word character and needs no reading
  const t = `${numbered(40)} the world’s peoples — all of them ${numbered(100)}`;
  assert.match(snippetOf(t, 'world s peoples')!, /the \[world’s peoples\] — all of them/);
});

test('pieces that do not cover the window give no snippet (the search falls back)', () => {
  const text = numbered(1000);
  const tokens = tokenize(text);
  const mentions = findMentions(matchable(tokens), parsePhrase('w500'));
  const pieces = cutPieces(text, tokens);
  assert.equal(cutSnippet([pieces[0]], mentions, tokens.words.length), null);
  assert.equal(cutSnippet([], mentions, tokens.words.length), null);
  assert.equal(cutSnippet(pieces, [], tokens.words.length), null);
});

test("a piece's words found beforehand are the token rule's words of that piece", () => {
  const texts = [
    numbered(700),
    numbered(400, (k) => (k === 130 ? 'w130é' : k === 300 ? 'Côte' : `w${k}`)),
    `${numbered(40)} the world’s peoples — inter\u00ADnational «droits» ${numbered(200)}`,
    // pieces of over 1,024 characters (the offsets' buffer grows while they are found)
    numbered(300, (k) => `word${'x'.repeat(12)}${k}`),
  ];
  for (const text of texts) {
    const tokens = tokenize(text);
    let offset = 0;
    for (const p of cutPieces(text, tokens)) {
      const spans = pieceSpans(p.text)!;
      const words = Math.min(PIECE_WORDS, tokens.words.length - p.firstWord);
      assert.equal(spans.length, 2 * words);
      for (let k = 0; k < words; k++) {
        assert.equal(spans[2 * k] + offset, tokens.starts[p.firstWord + k]);
        assert.equal(spans[2 * k + 1] + offset, tokens.ends[p.firstWord + k]);
      }
      offset += p.text.length;
    }
  }
});

test('word marks: the offsets of words 32, 64 and 96 of each piece, NO_MARK where the piece has no such word', () => {
  for (const text of [numbered(1000), numbered(100), numbered(3), '', `"Résumé" ${numbered(300)}`]) {
    const tokens = tokenize(text);
    let offset = 0;
    for (const p of cutPieces(text, tokens)) {
      for (let j = 1; j <= 3; j++) {
        const mark = Math.floor(p.marks! / 0x10000 ** (j - 1)) % 0x10000;
        const w = p.firstWord + j * MARK_WORDS;
        assert.equal(
          mark,
          w < tokens.words.length ? tokens.starts[w] - offset : NO_MARK,
          `piece ${p.piece}, mark ${j}`,
        );
        assert.deepEqual(
          markBefore(p.marks, j * MARK_WORDS + 5),
          mark === NO_MARK ? markBefore(p.marks, (j - 1) * MARK_WORDS) : [mark, j * MARK_WORDS],
        );
      }
      assert.deepEqual(markBefore(p.marks, 31), [0, 0]);
      assert.deepEqual(markBefore(undefined, 100), [0, 0]);
      offset += p.text.length;
    }
  }
  // a piece of over 65,535 characters before its word 32: no mark there (the snippet scans from its start)
  const long = numbered(200, (k) => (k === 10 ? 'x'.repeat(70_000) : `w${k}`));
  const tokens = tokenize(long);
  const pieces = cutPieces(long, tokens);
  assert.equal(pieces[0].marks, NO_MARKS);
  const mentions = findMentions(matchable(tokens), parsePhrase('w40'));
  assert.match(cutSnippet([pieces[0]], mentions, tokens.words.length)!, /^…w2\d .*\[w40\] .*w5\d…$/s);
});

test('a snippet cut from the word mark before its window is the one cut scanning the whole piece', () => {
  // ASCII, letters outside ASCII before, inside and after a window (the reading decides then), a
  // window at a piece's start and end and crossing a mark or a piece edge: every mention position
  const texts = [
    numbered(700),
    numbered(400, (k) => (k === 130 ? 'w130é' : k === 300 ? 'Côte' : k === 47 ? 'Ελλάδα' : `w${k}`)),
    `${numbered(40)} the world’s peoples — inter\u00ADnational «droits» ${numbered(200)}`,
    numbered(300, (k) => (k % 50 === 7 ? `naïve${k}` : `w${k}`)),
    numbered(33),
  ];
  for (const text of texts) {
    const tokens = tokenize(text);
    const pieces = cutPieces(text, tokens);
    const unmarked = pieces.map(({ marks: _, ...p }) => p);
    const n = tokens.words.length;
    for (let start = 0; start < n; start++) {
      const mentions = [{ start, end: Math.min(n, start + 2) }];
      const { from, to } = piecesFor(snippetWindow(mentions[0], n));
      const marked = cutSnippet(pieces.slice(from, to + 1), mentions, n);
      assert.ok(marked !== null, `mention at ${start}`);
      assert.equal(marked, cutSnippet(unmarked.slice(from, to + 1), mentions, n), `mention at ${start}`);
    }
  }
});
