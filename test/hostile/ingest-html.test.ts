// Hostile HTML through the real import runner: the unsc-meetings loader reads the Dag
// Hammarskjöld Library's yearly tables (node-html-parser). One table of the real layout is swapped
// for a copy truncated mid-tag or mid-table, wrongly encoded, empty or holding no table. Each
// attempt must fail naming the file, and leave the store as the good import left it.
import { test } from 'node:test';
import { sharedDataDir, tempStore } from '../support.ts';
import { assertRefused, escapeRe, importGood, realBytes, realLayout, replaceFile } from './support.ts';

const folder = 'unsc/meetings';
const files = ['scact1946_table_en.html', 'scact1971_table_en.html', 'scact2022_table_en.html'].map(
  (f) => `${folder}/${f}`,
);
const target = files[1];

/** The text cut `after` characters into the `n`th occurrence of `marker` past the middle. */
function cutAt(text: string, marker: string, after: number): string {
  const at = text.indexOf(marker, Math.floor(text.length / 2));
  if (at < 0) throw new Error(`no ${marker} in the second half`);
  return text.slice(0, at + after);
}

test('hostile meetings tables (HTML): truncated, wrongly encoded, empty, tableless: refused naming the file, store unchanged', {
  skip: !sharedDataDir,
}, async () => {
  const dir = realLayout(files);
  const store = await tempStore();
  try {
    await importGood(store, ['unsc-meetings'], dir);
    const html = realBytes(target).toString('utf8');
    const mid = html.indexOf('<tr', Math.floor(html.length / 2));
    const line = html.slice(0, mid).split('\n').length;
    const f = escapeRe(target);
    const tableLine = html.slice(0, html.search(/<table[\s>]/i)).split('\n').length;
    const truncated = new RegExp(
      `^${f}:${tableLine}: the <table> opened here is never closed \\(is the file truncated\\?\\)`,
    );
    const cases: [string, Buffer | string, RegExp][] = [
      ['truncated in the middle of a tag', cutAt(html, '<td', 3), truncated],
      ['truncated between two rows', cutAt(html, '<tr', 0), truncated],
      ['truncated in the middle of a cell', cutAt(html, '</td>', 0), truncated],
      [
        'UTF-16 with a byte-order mark',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]),
        new RegExp(`^${f}:1: is UTF-16`),
      ],
      [
        'a Latin-1 byte',
        Buffer.concat([Buffer.from(html.slice(0, mid)), Buffer.from([0xe9]), Buffer.from(html.slice(mid))]),
        new RegExp(`^${f}:${line}: not valid UTF-8: byte 0xE9`),
      ],
      [
        'a NUL byte',
        Buffer.concat([Buffer.from(html.slice(0, mid)), Buffer.from([0]), Buffer.from(html.slice(mid))]),
        new RegExp(`^${f}:${line}: contains a NUL byte`),
      ],
      ['an empty file', '', new RegExp(`^${f}: expected one <table>, found 0`)],
      [
        'a page without the table',
        '<html><body><p>Service unavailable</p></body></html>',
        new RegExp(`^${f}: expected one <table>, found 0`),
      ],
    ];
    for (const [name, bytes, message] of cases) {
      replaceFile(dir, target, bytes);
      await assertRefused(store, ['unsc-meetings'], dir, message).catch((e: Error) => {
        e.message = `${name}: ${e.message}`;
        throw e;
      });
    }
  } finally {
    await store.close();
  }
});

test('meetings tables cut at 5,000, 20,000 and 30,000 bytes (issue 12): refused as never closed, not read as fewer meetings', {
  skip: !sharedDataDir,
}, async () => {
  // In these years' files the parser used to close the cut table itself, and the import went through with fewer meetings.
  const cut = `${folder}/scact1995_table_en.html`;
  const dir = realLayout([...files, cut]);
  const store = await tempStore();
  try {
    await importGood(store, ['unsc-meetings'], dir);
    const bytes = realBytes(cut);
    const tableLine = bytes
      .toString('utf8')
      .slice(0, bytes.toString('utf8').search(/<table[\s>]/i))
      .split('\n').length;
    for (const n of [5000, 20000, 30000]) {
      replaceFile(dir, cut, bytes.subarray(0, n).toString('utf8'));
      await assertRefused(
        store,
        ['unsc-meetings'],
        dir,
        new RegExp(
          `^${escapeRe(cut)}:${tableLine}: the <table> opened here is never closed \\(is the file truncated\\?\\)`,
        ),
      ).catch((e: Error) => {
        e.message = `cut at ${n} bytes: ${e.message}`;
        throw e;
      });
    }
  } finally {
    await store.close();
  }
});
