// Hostile archives through the real import runner (the UNGDC loader reads a .tgz and an .xlsx):
// truncated and corrupt gzip, tar entries that climb out (`..`), absolute names, symlinks and hard
// links, gzip bombs (a ~10 MB file that would inflate to 10 GiB: stopped at the documented limits
// without inflating it all or holding it in memory), and broken or bomb-sized .xlsx packages. The
// good state is a small made-up corpus imported first; each attempt must leave it as it was.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { IngestError } from '../../src/ingest/errors.ts';
import { DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_UNPACKED_BYTES } from '../../src/ingest/formats/limits.ts';
import { tgzEntries } from '../../src/ingest/formats/tar.ts';
import { END, entry, header } from '../fixtures/tar.ts';
import { ARCHIVE, SPEAKERS, writeFixtureCorpus } from '../fixtures/ungdc.ts';
import { runCli, tempDir, tempStore } from '../support.ts';
import {
  assertRefused,
  declareSize,
  escapeRe,
  homeWithImport,
  importGood,
  replaceFile,
  snapshotOfHome,
} from './support.ts';

const GiB = 1024 ** 3;
const speech = 'TXT/Session 01 - 1946/FRA_01_1946.txt';
const tgz = (...parts: Buffer[]) => gzipSync(Buffer.concat([...parts, END]));

/**
 * A gzip bomb: a tar header (for `name`, claiming `size` bytes) followed by zeros, as concatenated
 * gzip members of 64 MiB of zeros each (~65 KB apiece), so building it costs one 64 MiB deflate.
 */
function gzipBomb(name: string, size = 10 * GiB): Buffer {
  const member = gzipSync(Buffer.alloc(64 * 1024 ** 2), { level: 9 });
  const parts = [gzipSync(header(name, size))];
  for (let n = 0; n < size / (64 * 1024 ** 2); n++) parts.push(member);
  return Buffer.concat(parts);
}

async function withFixtureStore(
  run: (
    dir: string,
    store: Awaited<ReturnType<typeof tempStore>>,
    good: { archive: Buffer; speakers: Buffer },
  ) => Promise<void>,
) {
  const dir = tempDir('concord-hostile-ungdc-');
  writeFixtureCorpus(dir);
  const store = await tempStore();
  try {
    await importGood(store, ['ungdc'], dir);
    assert.equal(await store.countRows('speeches'), 5);
    await run(dir, store, { archive: readFileSync(join(dir, ARCHIVE)), speakers: readFileSync(join(dir, SPEAKERS)) });
  } finally {
    await store.close();
  }
}

const archiveError = (rest: string) => new RegExp(`^${escapeRe(ARCHIVE)}: ${rest}`);

test('hostile .tgz archives: truncated, corrupt, traversal, absolute names, links: refused naming the archive, store unchanged', async () => {
  await withFixtureStore(async (dir, store, good) => {
    const cases: [string, Buffer, RegExp][] = [
      [
        'truncated in the middle',
        good.archive.subarray(0, Math.floor(good.archive.length / 2)),
        archiveError('truncated archive'),
      ],
      ['cut after the gzip header', good.archive.subarray(0, 12), archiveError('truncated archive')],
      [
        'not gzip at all',
        Buffer.from('<html>this is an error page, not an archive</html>'),
        archiveError('not a valid gzip stream'),
      ],
      [
        'corrupt deflate data',
        Buffer.concat([good.archive.subarray(0, 20), Buffer.alloc(200, 0xa5), good.archive.subarray(220)]),
        archiveError('not a valid gzip stream'),
      ],
      [
        'a gzip of something that is not tar',
        gzipSync(Buffer.from('just text, no tar header here\n'.repeat(40))),
        archiveError('(bad tar header|truncated archive)'),
      ],
      [
        'an entry climbing out with ..',
        tgz(entry('TXT/Session 01 - 1946/../../../../tmp/evil.txt', 'x')),
        archiveError('entry name contains a "\\.\\." segment'),
      ],
      [
        'an absolute entry name',
        tgz(entry('/etc/cron.d/evil.txt', 'x')),
        archiveError('absolute entry name: "/etc/cron.d/evil.txt"'),
      ],
      [
        'a speech that is a symlink',
        tgz(entry(speech, '', '2', { linkname: '/etc/passwd' })),
        archiveError(`entry "${escapeRe(speech)}": is a symlink, not a file`),
      ],
      [
        'a speech that is a hard link',
        tgz(entry(speech, '', '1', { linkname: '../../etc/passwd' })),
        archiveError(`entry "${escapeRe(speech)}": is a hardlink, not a file`),
      ],
      ['an empty archive', tgz(), archiveError('no speeches found')],
    ];
    for (const [name, bytes, message] of cases) {
      replaceFile(dir, ARCHIVE, bytes);
      await assertRefused(store, ['ungdc'], dir, message).catch((e: Error) => {
        e.message = `${name}: ${e.message}`;
        throw e;
      });
    }
  });
});

test('gzip bomb: an entry claiming 10 GiB is refused before its body is read (entry limit)', async () => {
  await withFixtureStore(async (dir, store) => {
    const bomb = gzipBomb(speech);
    assert.ok(bomb.length < 12 * 1024 ** 2, `the bomb is ${bomb.length} bytes on disk`);
    replaceFile(dir, ARCHIVE, bomb);
    const started = performance.now();
    await assertRefused(
      store,
      ['ungdc'],
      dir,
      archiveError(
        `entry "${escapeRe(speech)}" is 10 GiB, more than the 256 MiB an entry may hold in memory \\(CONCORD_MAX_ENTRY_BYTES\\)`,
      ),
    );
    assert.ok(performance.now() - started < 5000, 'took too long: the bomb was inflated');
    assert.equal(DEFAULT_MAX_ENTRY_BYTES, 256 * 1024 ** 2);
  });
});

test('gzip bomb: a skipped entry of 10 GiB stops at the 4 GiB unpacked limit, in bounded memory', async () => {
  const bomb = gzipBomb('TXT/padding.bin');
  const rssBefore = process.memoryUsage().rss;
  let unpacked = 0;
  await assert.rejects(
    (async () => {
      for await (const e of tgzEntries(Readable.from([bomb]), 'bomb.tgz'))
        for await (const chunk of e.stream()) unpacked += chunk.length;
    })(),
    (e: Error) =>
      e instanceof IngestError && /^bomb\.tgz: unpacks to more than 4 GiB, the limit for one archive/.test(e.message),
  );
  assert.equal(DEFAULT_MAX_UNPACKED_BYTES, 4 * GiB);
  assert.ok(
    unpacked <= DEFAULT_MAX_UNPACKED_BYTES && unpacked > DEFAULT_MAX_UNPACKED_BYTES - 64 * 1024 ** 2,
    `read ${unpacked} bytes before stopping`,
  );
  assert.ok(process.memoryUsage().rss - rssBefore < 512 * 1024 ** 2, 'memory grew by more than 512 MiB');
});

test('`concord data import` of a gzip bomb exits 1 naming the archive and the limit (lowered by CONCORD_MAX_UNPACKED_BYTES); store unchanged', async () => {
  const dir = tempDir('concord-hostile-ungdc-');
  writeFixtureCorpus(dir);
  const { home, before } = await homeWithImport(['ungdc'], dir);
  replaceFile(dir, ARCHIVE, gzipBomb('TXT/padding.bin', 2 * GiB));
  const r = runCli(['data', 'import', '--from', dir, '--only', 'ungdc'], {
    CONCORD_HOME: home,
    CONCORD_MAX_UNPACKED_BYTES: String(256 * 1024 ** 2),
  });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(
    r.stdout + r.stderr,
    /ungdc\s+FAILED\s+ungdc\/UNGDC_1946-2024\.tgz: unpacks to more than 256 MiB, the limit for one archive \(a decompression bomb, or raise CONCORD_MAX_UNPACKED_BYTES\); stopped there/,
  );
  assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at /);
  assert.deepEqual(await snapshotOfHome(home), before);
});

test('hostile .xlsx packages: truncated, not a zip, no workbook, broken XML, a part declaring 4 GiB: refused naming the file, store unchanged', async () => {
  await withFixtureStore(async (dir, store, good) => {
    const xlsxError = (rest: string) => new RegExp(`^${escapeRe(SPEAKERS)}(:\\d+)?: ${rest}`);
    const unzipped = (await import('fflate')).unzipSync(good.speakers);
    const sheet = 'xl/worksheets/sheet1.xml';
    const sheetXml = Buffer.from(unzipped[sheet]).toString('utf8');
    const cases: [string, Uint8Array, RegExp][] = [
      [
        'truncated',
        good.speakers.subarray(0, Math.floor(good.speakers.length / 2)),
        xlsxError('not a valid .xlsx \\(zip\\) file'),
      ],
      ['not a zip', Buffer.from('Year,Session\n1946,1\n'), xlsxError('not a valid .xlsx \\(zip\\) file')],
      ['a zip without a workbook', zipSync({ 'readme.xml': strToU8('<a/>') }), xlsxError('not a spreadsheet')],
      [
        'sheet XML cut in the middle of a tag',
        zipSync({ ...unzipped, [sheet]: strToU8(sheetXml.slice(0, sheetXml.indexOf('<row r="3"') + 6)) }),
        xlsxError('malformed spreadsheet XML'),
      ],
      [
        'a part declaring 4 GiB (zip bomb)',
        declareSize(zipSync(unzipped), sheet, 0xfffffff0),
        xlsxError(
          `part ${escapeRe(sheet)} would unpack to 4\\.0 GiB, beyond the limit of 256 MiB \\(CONCORD_MAX_ENTRY_BYTES\\): refusing a possible zip bomb`,
        ),
      ],
    ];
    for (const [name, bytes, message] of cases) {
      replaceFile(dir, SPEAKERS, bytes);
      replaceFile(dir, ARCHIVE, good.archive);
      await assertRefused(store, ['ungdc'], dir, message).catch((e: Error) => {
        e.message = `${name}: ${e.message}`;
        throw e;
      });
    }
  });
});
