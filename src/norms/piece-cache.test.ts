import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PIECES_PER_DOC, PieceCache } from './piece-cache.ts';

const piece = (k: number, text: string) => ({ piece: k, firstWord: k * 128, text });

test('the piece cache keeps pieces by document and number, within its bound in characters', () => {
  const cache = new PieceCache(10);
  cache.add(1, piece(0, 'abcd'));
  cache.add(1, piece(1, 'efgh'));
  assert.equal(cache.get(1, 0)?.text, 'abcd'); // now the most recently used
  assert.equal(cache.get(2, 0), undefined);
  cache.add(2, piece(0, 'ijkl')); // 12 characters: the least recently used (1/1) goes
  assert.equal(cache.get(1, 1), undefined);
  assert.deepEqual(cache.size, { pieces: 2, chars: 8 });
  assert.equal(cache.get(1, 0)?.text, 'abcd');
  assert.equal(cache.get(2, 0)?.text, 'ijkl');
  // the same piece again replaces it; a piece longer than the bound is not kept
  cache.add(2, piece(0, 'IJKL'));
  assert.deepEqual(cache.size, { pieces: 2, chars: 8 });
  assert.equal(cache.get(2, 0)?.text, 'IJKL');
  cache.add(3, piece(0, 'x'.repeat(11)));
  assert.equal(cache.get(3, 0), undefined);
  assert.deepEqual(cache.size, { pieces: 2, chars: 8 });
});

test('pieces beyond the last a document may keep are never kept nor taken for the next document', () => {
  const cache = new PieceCache();
  cache.add(5, piece(PIECES_PER_DOC, 'late'));
  cache.add(6, piece(0, 'next'));
  assert.equal(cache.get(5, PIECES_PER_DOC), undefined);
  assert.equal(cache.get(6, 0)?.text, 'next');
  assert.deepEqual(cache.size, { pieces: 1, chars: 4 });
});
