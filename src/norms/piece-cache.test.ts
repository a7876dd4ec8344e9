import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type KeptPiece, PIECES_PER_DOC, PieceCache } from './piece-cache.ts';
import { PIECE_WORDS } from './pieces.ts';

const piece = (k: number, text: string): KeptPiece => ({
  piece: k,
  firstWord: k * PIECE_WORDS,
  text,
  spans: undefined,
});
/** What a piece of `n` characters counts: its characters and 4 per word it may hold. */
const cost = (n: number) => n + 4 * PIECE_WORDS;

test('the piece cache keeps pieces by document and number, within its bound', () => {
  const cache = new PieceCache(cost(4) * 2 + 2);
  cache.add(1, piece(0, 'abcd'));
  cache.add(1, piece(1, 'efgh'));
  assert.equal(cache.get(1, 0)?.text, 'abcd'); // now the most recently used
  assert.equal(cache.get(2, 0), undefined);
  cache.add(2, piece(0, 'ijkl')); // over the bound: the least recently used (1/1) goes
  assert.equal(cache.get(1, 1), undefined);
  assert.deepEqual(cache.size, { pieces: 2, counted: cost(4) * 2 });
  assert.equal(cache.get(1, 0)?.text, 'abcd');
  assert.equal(cache.get(2, 0)?.text, 'ijkl');
  // the same piece again replaces it; a piece counting more than the bound is not kept
  cache.add(2, piece(0, 'IJKLM'));
  assert.deepEqual(cache.size, { pieces: 2, counted: cost(4) + cost(5) });
  assert.equal(cache.get(2, 0)?.text, 'IJKLM');
  cache.add(3, piece(0, 'x'.repeat(cost(4) * 2)));
  assert.equal(cache.get(3, 0), undefined);
  assert.deepEqual(cache.size, { pieces: 2, counted: cost(4) + cost(5) });
});

test('pieces beyond the last a document may keep are never kept nor taken for the next document', () => {
  const cache = new PieceCache();
  cache.add(5, piece(PIECES_PER_DOC, 'late'));
  cache.add(6, piece(0, 'next'));
  assert.equal(cache.get(5, PIECES_PER_DOC), undefined);
  assert.equal(cache.get(6, 0)?.text, 'next');
  assert.deepEqual(cache.size, { pieces: 1, counted: cost(4) });
});
