// Tests of the streaming tar reader on archives built here: by the system `tar` (GNU, pax and
// ustar formats) and byte by byte (unsafe names, corrupt and truncated archives).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { tempDir } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { type TarEntry, tarEntries, tgzEntries } from './tar.ts';
import { END, entry, pax } from '../../../test/fixtures/tar.ts';

interface Read {
  name: string;
  type: TarEntry['type'];
  size: number;
  linkname: string;
  body: Buffer;
}

async function readAll(entries: AsyncIterable<TarEntry>): Promise<Read[]> {
  const out: Read[] = [];
  for await (const e of entries)
    out.push({ name: e.name, type: e.type, size: e.size, linkname: e.linkname, body: await e.buffer() });
  return out;
}

function readTgz(path: string): Promise<Read[]> {
  return readAll(tgzEntries(createReadStream(path, { highWaterMark: 4096 }), 'test.tgz'));
}

/** Runs the system tar in `cwd`; fails the test on error. */
function tar(cwd: string, args: string[]): void {
  const r = spawnSync('tar', args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

function fromBytes(bytes: Buffer, chunk = 700): AsyncIterable<Buffer> {
  return (async function* () {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  })();
}

async function rejectsIngest(p: Promise<unknown>, pattern: RegExp): Promise<IngestError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof IngestError, `expected an IngestError, got ${(e as Error).stack}`);
    assert.match(e.message, pattern);
    return e;
  }
  assert.fail(`expected an IngestError matching ${pattern}`);
}

test('reads a GNU-format .tgz: long names, empty and large files, symlinks; skips directories', async () => {
  const dir = tempDir();
  const root = join(dir, 'src');
  const longDir = `Session 99 - 2044/${'a-very-long-folder-name-'.repeat(4)}`;
  mkdirSync(join(root, 'TXT', longDir), { recursive: true });
  const big = randomBytes(1_000_003);
  const longName = `TXT/${longDir}/XYZ_99_2044_with_a_name_that_is_long.txt`;
  assert.ok(longName.length > 100);
  writeFileSync(join(root, longName), 'long name body\n');
  writeFileSync(join(root, 'TXT', 'empty.txt'), '');
  writeFileSync(join(root, 'TXT', 'big.bin'), big);
  symlinkSync('empty.txt', join(root, 'TXT', 'link.txt'));
  tar(root, ['--format=gnu', '--sort=name', '-czf', join(dir, 'a.tgz'), 'TXT']);

  const entries = await readTgz(join(dir, 'a.tgz'));
  assert.deepEqual(
    entries.map((e) => [e.name, e.type, e.size]),
    [
      [longName, 'file', 15],
      ['TXT/big.bin', 'file', big.length],
      ['TXT/empty.txt', 'file', 0],
      ['TXT/link.txt', 'symlink', 0],
    ],
  );
  assert.equal(entries[0].body.toString(), 'long name body\n');
  assert.ok(entries[1].body.equals(big));
  assert.equal(entries[2].body.length, 0);
  assert.equal(entries[3].linkname, 'empty.txt');
});

test('reads pax paths (long and non-ASCII) and ustar prefix/name splits made by tar', async () => {
  const dir = tempDir();
  const root = join(dir, 'src');
  const deep = `${'deep-folder-name-'.repeat(5)}x/${'more-'.repeat(10)}y`;
  mkdirSync(join(root, deep), { recursive: true });
  const unicode = 'Côte d’Ivoire — déclaration.txt';
  writeFileSync(join(root, deep, 'speech.txt'), 'ustar body');
  writeFileSync(join(root, unicode), 'pax body');
  const longFile = `${'p'.repeat(120)}.txt`;
  writeFileSync(join(root, longFile), 'pax long body');

  tar(root, ['--format=pax', '--sort=name', '-czf', join(dir, 'pax.tgz'), unicode, longFile]);
  const paxEntries = await readTgz(join(dir, 'pax.tgz'));
  assert.deepEqual(
    paxEntries.map((e) => [e.name, e.body.toString()]),
    [
      [unicode, 'pax body'],
      [longFile, 'pax long body'],
    ],
  );

  const ustarName = `${deep}/speech.txt`;
  assert.ok(ustarName.length > 100 && ustarName.length < 255);
  tar(root, ['--format=ustar', '-czf', join(dir, 'ustar.tgz'), ustarName]);
  const raw = readFileSync(join(dir, 'ustar.tgz'));
  assert.ok(raw.length > 0);
  const ustarEntries = await readTgz(join(dir, 'ustar.tgz'));
  assert.deepEqual(
    ustarEntries.map((e) => [e.name, e.body.toString()]),
    [[ustarName, 'ustar body']],
  );
});

test('hand-built archives: prefix field, pax and GNU overrides, unread bodies skipped, streamed bodies', async () => {
  const bytes = Buffer.concat([
    entry('b.txt', 'second', '0', { prefix: 'TXT/Session 01 - 1946' }),
    pax({ path: 'TXT/from-pax.txt' }),
    entry('ignored-header-name.txt', 'third'),
    entry('././@LongLink', `TXT/${'n'.repeat(150)}.txt\0`, 'L'),
    entry('truncated-name', 'fourth'),
    entry('TXT/dir/', '', '5'),
    entry('skipped.txt', 'x'.repeat(2000)),
    entry('streamed.txt', 'y'.repeat(5000)),
    END,
  ]);
  const names: string[] = [];
  const bodies: string[] = [];
  for await (const e of tarEntries(fromBytes(bytes), 'hand.tar')) {
    names.push(e.name);
    if (e.name === 'skipped.txt') continue;
    if (e.name === 'streamed.txt') {
      let n = 0;
      for await (const c of e.stream()) n += c.length;
      bodies.push(`streamed ${n}`);
      continue;
    }
    bodies.push((await e.buffer()).toString());
  }
  assert.deepEqual(names, [
    'TXT/Session 01 - 1946/b.txt',
    'TXT/from-pax.txt',
    `TXT/${'n'.repeat(150)}.txt`,
    'skipped.txt',
    'streamed.txt',
  ]);
  assert.deepEqual(bodies, ['second', 'third', 'fourth', 'streamed 5000']);
});

test('a body cannot be read after moving to the next entry', async () => {
  const bytes = Buffer.concat([entry('a.txt', 'a'), entry('b.txt', 'b'), END]);
  const it = tarEntries(fromBytes(bytes), 'x.tar');
  const first = (await it.next()).value as TarEntry;
  await it.next();
  await assert.rejects(first.buffer(), /after moving to the next entry/);
  await it.return(undefined);
});

test('rejects unsafe entry names: traversal, absolute, and a pax path that climbs out', async () => {
  for (const [bytes, pattern] of [
    [
      Buffer.concat([entry('ok.txt', 'fine'), entry('TXT/../../etc/evil.txt', 'bad'), END]),
      /hand\.tar: entry name contains a "\.\." segment: "TXT\/\.\.\/\.\.\/etc\/evil\.txt"/,
    ],
    [Buffer.concat([entry('/etc/passwd', 'bad'), END]), /absolute entry name: "\/etc\/passwd"/],
    [
      Buffer.concat([pax({ path: 'a/../../b.txt' }), entry('innocent.txt', 'bad'), END]),
      /"\.\." segment: "a\/\.\.\/\.\.\/b\.txt"/,
    ],
    [Buffer.concat([entry('././@LongLink', '../up.txt\0', 'L'), entry('innocent.txt', 'bad'), END]), /"\.\." segment/],
  ] as const) {
    const seen: string[] = [];
    await rejectsIngest(
      (async () => {
        for await (const e of tarEntries(fromBytes(bytes), 'hand.tar')) seen.push(e.name);
      })(),
      pattern,
    );
    assert.ok(!seen.some((n) => n.includes('..') || n.startsWith('/')), 'no unsafe entry is yielded');
  }
});

test('rejects truncated archives, naming the archive and the entry', async () => {
  const dir = tempDir();
  const whole = Buffer.concat([entry('TXT/a.txt', 'a'.repeat(3000)), entry('TXT/b.txt', 'b'.repeat(3000)), END]);

  // tar data cut inside the second body, properly gzipped
  const cut = gzipSync(whole.subarray(0, 512 * 8 + 612));
  writeFileSync(join(dir, 'cut-body.tgz'), cut);
  await rejectsIngest(
    readTgz(join(dir, 'cut-body.tgz')),
    /^test\.tgz: truncated archive: it ends inside entry "TXT\/b\.txt" \(612 of 3000 bytes\)$/,
  );

  // an unread body that is cut is reported too
  await rejectsIngest(
    (async () => {
      for await (const _ of tarEntries(fromBytes(whole.subarray(0, 512 * 8 + 612)), 'x.tar'));
    })(),
    /x\.tar: truncated archive: it ends inside entry "TXT\/b\.txt"/,
  );

  // a cut inside a header block, and a missing end-of-archive marker
  await rejectsIngest(
    readAll(tarEntries(fromBytes(whole.subarray(0, 512 * 7 + 100)), 'x.tar')),
    /truncated archive: it ends inside a header block at byte 3584/,
  );
  await rejectsIngest(
    readAll(tarEntries(fromBytes(whole.subarray(0, 512 * 14)), 'x.tar')),
    /truncated archive: it ends after 7168 bytes without the end-of-archive marker/,
  );

  // the gzip stream itself cut short
  const tgz = gzipSync(Buffer.concat([entry('TXT/big.bin', randomBytes(200_000)), whole]));
  writeFileSync(join(dir, 'cut-gzip.tgz'), tgz.subarray(0, Math.floor(tgz.length / 2)));
  await rejectsIngest(readTgz(join(dir, 'cut-gzip.tgz')), /^test\.tgz: truncated archive: the gzip stream ends early$/);
});

test('rejects input that is not a gzipped tar archive', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'plain.tgz'), 'just some text, not gzip');
  await rejectsIngest(readTgz(join(dir, 'plain.tgz')), /test\.tgz: not a valid gzip stream/);

  writeFileSync(join(dir, 'notar.tgz'), gzipSync(Buffer.from('x'.repeat(2048))));
  await rejectsIngest(readTgz(join(dir, 'notar.tgz')), /test\.tgz: bad tar header at byte 0/);

  const corrupt = Buffer.concat([entry('a.txt', 'a'), END]);
  corrupt[10] ^= 0xff;
  await rejectsIngest(readAll(tarEntries(fromBytes(corrupt), 'c.tar')), /checksum mismatch/);
});

test('stopping early closes the input stream', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.tgz'), gzipSync(Buffer.concat([entry('a.txt', 'a'), entry('b.txt', 'b'), END])));
  const input = createReadStream(join(dir, 'a.tgz'));
  for await (const e of tgzEntries(input, 'a.tgz')) {
    assert.equal(e.name, 'a.txt');
    break;
  }
  assert.ok(input.destroyed);
  // and a Readable that is not a file works too
  const names: string[] = [];
  for await (const e of tgzEntries(Readable.from([gzipSync(Buffer.concat([entry('c.txt', 'c'), END]))]), 'mem.tgz'))
    names.push(e.name);
  assert.deepEqual(names, ['c.txt']);
});
