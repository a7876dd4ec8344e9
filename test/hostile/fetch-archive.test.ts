// Hostile upstream archives met by `data fetch` (src/ingest/fetch/archive.ts): zip members whose
// path climbs out (backslashes, `..`, a drive letter), a member declaring 4 GiB (a zip bomb: refused
// before anything is inflated), and a symlink planted where a file is to be written (replaced, never
// written through). Nothing may be written outside the data directory.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { extractFromArchive } from '../../src/ingest/fetch/archive.ts';
import { ChecksumError, DownloadError } from '../../src/ingest/fetch/errors.ts';
import { archives, type ManifestEntry } from '../../src/ingest/fetch/manifest.ts';
import { tempDir } from '../support.ts';
import { declareSize } from './support.ts';

const spec = archives.crUnscGold;
const name = 'S_RES_0001_1946_EN_GOLD.txt';
const body = new TextEncoder().encode('RESOLUTION 1\n'.repeat(50));
const wanted: ManifestEntry = {
  path: `${spec.destDir}/${name}`,
  size: body.byteLength,
  sha256: createHash('sha256').update(body).digest('hex'),
  origin: { kind: 'archive', archive: spec },
  confidence: 'documented',
  stability: spec.stability,
  note: '',
};

function zipFile(bytes: Uint8Array): string {
  const path = join(tempDir(), 'upstream.zip');
  writeFileSync(path, bytes);
  return path;
}

test('zip members whose paths climb out are refused before anything is written', async () => {
  for (const member of [
    `..\\..\\x/data/res_en_gold/${name}`,
    `../data/res_en_gold/${name}`,
    `C:/data/res_en_gold/${name}`,
  ]) {
    const dataDir = tempDir();
    await assert.rejects(
      extractFromArchive(zipFile(zipSync({ [member]: body })), spec, [wanted], dataDir),
      (e: Error) => {
        assert.ok(e instanceof DownloadError, member);
        assert.match(e.message, /unsafe member path/);
        return true;
      },
    );
    assert.equal(existsSync(join(dataDir, spec.destDir)), false, member);
  }
});

test('a member declaring 4 GiB is refused before it is inflated: a size mismatch, or beyond the limit for a live archive', async () => {
  const member = `top/data/res_en_gold/${name}`;
  const bomb = zipFile(declareSize(zipSync({ [member]: body }), member, 0xfffffff0));
  const rss = process.memoryUsage().rss;
  const dataDir = tempDir();
  await assert.rejects(extractFromArchive(bomb, spec, [wanted], dataDir), (e: Error) => {
    assert.ok(e instanceof ChecksumError);
    assert.match(
      e.message,
      new RegExp(`${wanted.path}: size mismatch: expected ${body.byteLength} bytes, got 4294967280 bytes`),
    );
    return true;
  });
  await assert.rejects(
    extractFromArchive(bomb, spec, [wanted], dataDir, undefined, () => undefined),
    (e: Error) => {
      assert.ok(e instanceof DownloadError);
      assert.match(e.message, /claims 4\.0 GiB, beyond the 256 MiB limit for one member \(CONCORD_MAX_ENTRY_BYTES\)/);
      return true;
    },
  );
  assert.ok(process.memoryUsage().rss - rss < 256 * 1024 ** 2, 'memory grew: the member was inflated');
  assert.equal(existsSync(join(dataDir, wanted.path)), false);
});

test('a symlink planted at a destination is replaced by the file, never written through', async () => {
  const dataDir = tempDir();
  const outside = join(tempDir(), 'precious.txt');
  writeFileSync(outside, 'do not overwrite');
  mkdirSync(join(dataDir, spec.destDir), { recursive: true });
  symlinkSync(outside, join(dataDir, wanted.path));
  await extractFromArchive(zipFile(zipSync({ [`top/data/res_en_gold/${name}`]: body })), spec, [wanted], dataDir);
  assert.equal(readFileSync(outside, 'utf8'), 'do not overwrite');
  assert.equal(lstatSync(join(dataDir, wanted.path)).isSymbolicLink(), false);
  assert.deepEqual(new Uint8Array(readFileSync(join(dataDir, wanted.path))), body);
});
