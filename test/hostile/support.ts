// Support for the hostile-input suite: data directories built from the real layout (symlinks to
// ../shared/data) with one file swapped for a hostile one, snapshots of what the store holds, and
// the assertion every hostile import ends in: refused, with a message naming the file, store unchanged.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importSources } from '../../src/ingest/run.ts';
import { sources as allSources, findSource } from '../../src/ingest/registry.ts';
import type { Source } from '../../src/ingest/source.ts';
import type { Store } from '../../src/store/store.ts';
import { writeFixtureCorpus } from '../fixtures/ungdc.ts';
import { homeStore, sharedDataDir, tempDir } from '../support.ts';

/** Every table the store's data lives in: each source's, the sources table, and the cases. */
export const storeTables = [...new Set(['sources', 'cases', 'case_versions', ...allSources.flatMap((s) => s.tables)])];

export interface StoreSnapshot {
  sources: unknown[];
  rows: Record<string, number>;
}

/** What the store holds: the `sources` records as listed and the row count of every table. */
export async function snapshot(store: Store): Promise<StoreSnapshot> {
  const rows: Record<string, number> = {};
  for (const t of storeTables) rows[t] = await store.countRows(t);
  return { sources: await store.sources(), rows };
}

export function source(id: string): Source {
  const s = findSource(id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
}

/** A data directory (new, or `dir`) whose `paths` (files or folders of the real layout) are symlinks into ../shared/data. */
export function realLayout(paths: string[], dir = tempDir('concord-hostile-data-')): string {
  for (const p of paths) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    symlinkSync(join(sharedDataDir!, p), join(dir, p));
  }
  return dir;
}

/** Replaces `path` in the data directory (a symlink or file) by a regular file with `bytes`. */
export function replaceFile(dataDir: string, path: string, bytes: Uint8Array | string): void {
  const target = join(dataDir, path);
  rmSync(target, { force: true, recursive: true });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}

/** The real bytes of a data-directory file. */
export function realBytes(path: string): Buffer {
  return readFileSync(join(sharedDataDir!, path));
}

/**
 * Imports `ids` from `dataDir` with the import runner and asserts the import was refused with a
 * message matching `message`, and that the store holds exactly what it held before.
 */
export async function assertRefused(store: Store, ids: string[], dataDir: string, message: RegExp): Promise<string> {
  const before = await snapshot(store);
  const outcomes = await importSources(store, ids.map(source), dataDir);
  const failed = outcomes.filter((o) => o.status === 'failed');
  assert.equal(
    failed.length,
    1,
    `expected one failed import, got ${outcomes.map((o) => `${o.source.id}: ${o.status}`).join(', ')}`,
  );
  const text = (failed[0] as { error: Error }).error.message;
  assert.match(text, message);
  assert.doesNotMatch(text, /\n\s+at /, 'a stack trace in the message');
  assert.deepEqual(await snapshot(store), before, 'the store changed');
  return text;
}

/** Imports `ids` (after `countries`) and asserts they were imported: the good state a hostile attempt must not disturb. */
export async function importGood(store: Store, ids: string[], dataDir: string): Promise<void> {
  const outcomes = await importSources(store, ['countries', ...ids].map(source), dataDir);
  for (const o of outcomes)
    assert.ok(
      o.status === 'imported' || o.status === 'unchanged',
      `${o.source.id}: ${o.status} ${'error' in o ? o.error.message : ''}`,
    );
}

/** A temporary CONCORD_HOME whose store (the one the CLI opens) holds a good import of `ids` from `dataDir`; returns the home and that state. */
export async function homeWithImport(ids: string[], dataDir: string): Promise<{ home: string; before: StoreSnapshot }> {
  const home = tempDir('concord-hostile-home-');
  const store = await homeStore(home);
  try {
    await store.migrate();
    await importGood(store, ids, dataDir);
    return { home, before: await snapshot(store) };
  } finally {
    await store.close();
  }
}

/** What the store in `home` holds now. */
export async function snapshotOfHome(home: string): Promise<StoreSnapshot> {
  const store = await homeStore(home);
  try {
    return await snapshot(store);
  } finally {
    await store.close();
  }
}

/** A zip whose central directory claims `size` uncompressed bytes for `member` (what a zip bomb declares). */
export function declareSize(zip: Uint8Array, member: string, size: number): Buffer {
  const b = Buffer.from(zip);
  const name = Buffer.from(member);
  for (let p = 0; p < b.length - 46; p++) {
    if (b.readUInt32LE(p) === 0x02014b50 && b.subarray(p + 46, p + 46 + name.length).equals(name)) {
      b.writeUInt32LE(size, p + 24);
      return b;
    }
  }
  throw new Error(`no central directory entry for ${member}`);
}

/** Sources of the small searchable store the HTTP and CLI suites attack. */
export const searchableSources = [
  'ungdc',
  'unsc-resolutions',
  'unsc-meetings',
  'unsc-vetoes',
  'unsc-records',
  'pko-dppa',
];

/**
 * A data directory with something in every searchable table: the made-up UNGDC corpus, the first
 * 40 resolution texts, three years of meetings tables and the real vetoes, records and operations.
 */
export function searchableDataDir(): string {
  const dir = tempDir('concord-hostile-data-');
  writeFixtureCorpus(dir);
  const resolutions = readdirSync(join(sharedDataDir!, 'unsc/resolutions-en')).sort().slice(0, 40);
  realLayout(
    [
      ...resolutions.map((f) => `unsc/resolutions-en/${f}`),
      ...['1946', '1971', '2022'].map((y) => `unsc/meetings/scact${y}_table_en.html`),
      'unsc/vetoes_1946_sept2022.csv',
      'unsc/UNSC_Record-Table_2722.csv',
      'pko/DPPADPOSS-PKO.csv',
    ],
    dir,
  );
  return dir;
}

/** Strings that are syntax to FTS5, SQL, shells or the web, long and odd Unicode: what every free-text field gets. */
export const hostileStrings: string[] = [
  '"',
  '"unbalanced phrase',
  'NEAR(',
  'NEAR(peace war, 2)',
  '*',
  'peace*',
  'AND OR',
  'NOT',
  'peace AND',
  ':',
  'text:peace',
  '^peace',
  '(',
  ')',
  '{a b}',
  '-peace',
  '+',
  "' OR 1=1 --",
  "'; DROP TABLE cases; --",
  '"); DROP TABLE speeches; --',
  '%',
  '_',
  '\\',
  '\x00',
  'peace\x00war',
  '\n\r\t',
  '../../../etc/passwd',
  '<script>window.__xss=1</script>',
  'x'.repeat(5000),
  'peace '.repeat(2000),
  '\u202egnp.exe',
  '😀🏳️‍🌈',
  'İstanbul ǅ ß ﬁ',
  'e\u0301\u0301\u0301',
  '\ufeff',
  '\u0000\u0001\u001f',
];

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
