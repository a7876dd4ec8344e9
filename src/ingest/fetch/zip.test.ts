// Tests of the zip reader's own rules on top of yauzl: a member is never inflated past the size
// its central-directory entry declares, and names come back as stored (backslashes and `..` kept,
// for archive.ts to refuse by name).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { declareSize } from '../../../test/hostile/support.ts';
import { tempDir } from '../../../test/support.ts';
import { ZipReader } from './zip.ts';

async function withZip<T>(bytes: Uint8Array, run: (r: ZipReader) => Promise<T>): Promise<T> {
  const path = join(tempDir(), 'z.zip');
  writeFileSync(path, bytes);
  const reader = await ZipReader.open(path);
  try {
    return await run(reader);
  } finally {
    await reader.close();
  }
}

test('a deflated member that inflates past its declared size is stopped there; one that falls short is refused', async () => {
  const body = new Uint8Array(1_000_000); // deflates to about 1 KB
  await withZip(declareSize(zipSync({ 'big.bin': body }, { level: 6 }), 'big.bin', 100), async (r) => {
    assert.equal(r.members[0].size, 100);
    await assert.rejects(r.read(r.members[0]), /^Error: zip: big\.bin expands to more than the 100 bytes it declares$/);
  });
  await withZip(
    declareSize(zipSync({ 'small.txt': new TextEncoder().encode('twelve bytes') }, { level: 6 }), 'small.txt', 20),
    async (r) => {
      await assert.rejects(r.read(r.members[0]), /zip: small\.txt expanded to 12 bytes, expected 20/);
    },
  );
});

test('member names come back as stored: backslashes and ".." are not rewritten nor refused by the reader', async () => {
  await withZip(zipSync({ '..\\up\\x.txt': new Uint8Array([1]), '../y.txt': new Uint8Array([2]) }), async (r) => {
    assert.deepEqual(
      r.members.map((m) => m.name),
      ['..\\up\\x.txt', '../y.txt'],
    );
  });
});
