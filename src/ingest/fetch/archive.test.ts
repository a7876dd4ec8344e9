// Tests of archive extraction: members chosen by the archive's name pattern, exactly the wanted
// files written, unsafe member paths refused, every member verified; and the zip reader itself.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { tempDir } from '../../../test/support.ts';
import { extractFromArchive, isSafeMemberPath, memberFileName } from './archive.ts';
import { ChecksumError, DownloadError } from './errors.ts';
import { archives, type ManifestEntry } from './manifest.ts';
import { ZipReader } from './zip.ts';

const spec = archives.crUnscGold;
const text = (n: number) => new TextEncoder().encode(`RESOLUTION ${n}\n`.repeat(n));
const name = (n: number) => `S_RES_${String(n).padStart(4, '0')}_1946_EN_GOLD.txt`;

function entry(n: number, data = text(n)): ManifestEntry {
  return {
    path: `${spec.destDir}/${name(n)}`,
    size: data.byteLength,
    sha256: createHash('sha256').update(data).digest('hex'),
    origin: { kind: 'archive', archive: spec },
    confidence: 'documented',
    stability: spec.stability,
    note: '',
  };
}

function writeZip(files: Record<string, Uint8Array>, level: 0 | 6 = 6): string {
  const path = join(tempDir(), 'a.zip');
  writeFileSync(path, zipSync(files, { level }));
  return path;
}

test('member paths: traversal, absolute paths and backslashes are unsafe', () => {
  assert.equal(isSafeMemberPath('cr-unsc-HEAD/data/res_en_gold/x.txt'), true);
  for (const bad of ['../x.txt', 'a/../../x.txt', '/etc/passwd', 'a\\b.txt', 'C:/x.txt', ''])
    assert.equal(isSafeMemberPath(bad), false, bad);
  assert.equal(
    memberFileName(spec, 'cr-unsc-HEAD/data/res_en_gold/S_RES_0001_1946_EN_GOLD.txt'),
    'S_RES_0001_1946_EN_GOLD.txt',
  );
  assert.equal(memberFileName(spec, 'cr-unsc-HEAD/data/res_en_gold/S_RES_0001_1946_EN_TESSERACT.txt'), undefined);
  assert.equal(memberFileName(spec, 'cr-unsc-HEAD/data/other/S_RES_0001_1946_EN_GOLD.txt'), undefined);
  assert.throws(() => memberFileName(spec, '../data/res_en_gold/S_RES_0001_1946_EN_GOLD.txt'), /unsafe member path/);
});

test('the UN XML archive keeps sub-folders (English paths only); a nested name in a flat archive, or a traversal, is refused', async () => {
  const un = archives.unxml;
  const top = 'SCresolutions-6c4072a866bfd189176ae91d119cc4c66e3ff331';
  assert.equal(
    memberFileName(un, `${top}/Pre-2020/2011/S_RES_1973_N1126839.xml`),
    'Pre-2020/2011/S_RES_1973_N1126839.xml',
  );
  assert.equal(
    memberFileName(un, `${top}/Not adopted/English/S_2024_255-2405905E.xml`),
    'Not adopted/English/S_2024_255-2405905E.xml',
  );
  assert.equal(memberFileName(un, `${top}/2020/French/S_RES_2504 (2020)-2000407F.xml`), undefined);
  assert.equal(memberFileName(un, `${top}/PRST/../../x.xml`), undefined);
  assert.throws(
    () => memberFileName({ ...un, nested: false }, `${top}/Pre-2020/2011/S_RES_1973_N1126839.xml`),
    /unsafe file name/,
  );
  const data = new TextEncoder().encode('<akomaNtoso/>');
  const e: ManifestEntry = {
    path: 'unsc/unxml/Pre-2020/2011/S_RES_1973_N1.xml',
    size: data.byteLength,
    sha256: createHash('sha256').update(data).digest('hex'),
    origin: { kind: 'archive', archive: un },
    confidence: 'documented',
    stability: un.stability,
    note: '',
  };
  const dir = tempDir();
  const zip = writeZip({ [`${top}/Pre-2020/2011/S_RES_1973_N1.xml`]: data, [`${top}/2011/French/x.xml`]: data });
  assert.deepEqual(await extractFromArchive(zip, un, [e], dir), [e.path]);
  assert.equal(readFileSync(join(dir, e.path), 'utf8'), '<akomaNtoso/>');
});

test('extracts exactly the wanted members, verified, and nothing else', async () => {
  const zip = writeZip({
    [`cr-unsc-HEAD/data/res_en_gold/${name(1)}`]: text(1),
    [`cr-unsc-HEAD/data/res_en_gold/${name(2)}`]: text(2),
    [`cr-unsc-HEAD/data/res_en_gold/${name(3)}`]: text(3), // in the archive, not in the layout
    'cr-unsc-HEAD/README.md': text(4),
  });
  const dataDir = tempDir();
  const progress: number[] = [];
  const written = await extractFromArchive(zip, spec, [entry(1), entry(2)], dataDir, (d) => progress.push(d));
  assert.deepEqual(written.sort(), [`${spec.destDir}/${name(1)}`, `${spec.destDir}/${name(2)}`]);
  assert.deepEqual(readdirSync(join(dataDir, spec.destDir)).sort(), [name(1), name(2)]);
  assert.deepEqual(new Uint8Array(readFileSync(join(dataDir, spec.destDir, name(2)))), text(2));
  assert.equal(progress.at(-1), entry(1).size + entry(2).size);
});

test('a member whose bytes differ from the manifest fails with a checksum error naming it, and is not written', async () => {
  const zip = writeZip(
    { [`top/data/res_en_gold/${name(1)}`]: text(1), [`top/data/res_en_gold/${name(2)}`]: text(99) },
    0,
  );
  const dataDir = tempDir();
  await assert.rejects(extractFromArchive(zip, spec, [entry(1), entry(2)], dataDir), (e: Error) => {
    assert.ok(e instanceof ChecksumError);
    assert.match(e.message, new RegExp(`${spec.destDir}/${name(2)}`));
    return true;
  });
  assert.equal(existsSync(join(dataDir, spec.destDir, name(2))), false);
});

test('a wanted member missing from the archive is an error naming it', async () => {
  const zip = writeZip({ [`top/data/res_en_gold/${name(1)}`]: text(1) });
  await assert.rejects(extractFromArchive(zip, spec, [entry(1), entry(2)], tempDir()), (e: Error) => {
    assert.ok(e instanceof DownloadError);
    assert.match(e.message, new RegExp(`${name(2)}.*not found in archive`));
    return true;
  });
});

test('a matching member with a traversal path is refused before anything is written', async () => {
  const zip = writeZip({ [`../data/res_en_gold/${name(1)}`]: text(1) });
  const dataDir = tempDir();
  await assert.rejects(extractFromArchive(zip, spec, [entry(1)], dataDir), /unsafe member path/);
  assert.equal(existsSync(join(dataDir, spec.destDir)), false);
});

test('the zip reader lists and reads stored and deflated members; a truncated archive is refused', async () => {
  for (const level of [0, 6] as const) {
    const zip = writeZip({ 'a/one.txt': text(5), 'two.bin': new Uint8Array(0) }, level);
    const reader = await ZipReader.open(zip);
    try {
      assert.deepEqual(
        reader.members.map((m) => m.name),
        ['a/one.txt', 'two.bin'],
      );
      assert.deepEqual(new Uint8Array(await reader.read(reader.members[0])), text(5));
      assert.equal((await reader.read(reader.members[1])).byteLength, 0);
    } finally {
      await reader.close();
    }
  }
  const whole = readFileSync(writeZip({ 'x.txt': text(50) }));
  const cut = join(tempDir(), 'cut.zip');
  writeFileSync(cut, whole.subarray(0, whole.length - 30));
  await assert.rejects(ZipReader.open(cut), /zip:/);
});

test('with onChanged, a member with other bytes is written and reported instead of refused', async () => {
  const zip = writeZip({ [`top/data/res_en_gold/${name(1)}`]: text(1), [`top/data/res_en_gold/${name(2)}`]: text(99) });
  const dataDir = tempDir();
  const reported: { path: string; size: number; sha256: string }[] = [];
  const written = await extractFromArchive(
    zip,
    spec,
    [entry(1), entry(2)],
    dataDir,
    undefined,
    (e, a) => void reported.push({ path: e.path, ...a }),
  );
  assert.equal(written.length, 2);
  assert.deepEqual(reported, [
    { path: entry(2).path, size: text(99).byteLength, sha256: createHash('sha256').update(text(99)).digest('hex') },
  ]);
  assert.deepEqual(new Uint8Array(readFileSync(join(dataDir, spec.destDir, name(2)))), text(99));
});
