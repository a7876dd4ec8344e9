// Tests of the tar reader's wrapping of tar-stream beyond tar.test.ts: an error of the input
// itself (a failing read) comes out unchanged, not disguised as a bad header; and bytes after the
// end-of-archive marker are not read as entries when they are the usual zero padding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { END, entry } from '../../../test/fixtures/tar.ts';
import { tarEntries } from './tar.ts';

test('an error of the input comes out as it is', async () => {
  const failure = new Error('disk on fire');
  const chunks = (async function* () {
    yield entry('a.txt', 'a'.repeat(600)).subarray(0, 700);
    throw failure;
  })();
  await assert.rejects(
    (async () => {
      for await (const e of tarEntries(chunks, 'x.tar')) await e.buffer();
    })(),
    (e: unknown) => e === failure,
  );
});

test('the zero padding tar writes after the end-of-archive marker is not an entry', async () => {
  const names: string[] = [];
  const bytes = Buffer.concat([entry('a.txt', 'a'), END, Buffer.alloc(10240 - 2048)]);
  for await (const e of tarEntries(
    (async function* () {
      yield bytes;
    })(),
    'x.tar',
  ))
    names.push(e.name);
  assert.deepEqual(names, ['a.txt']);
});
