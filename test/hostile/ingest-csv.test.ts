// Hostile CSV files through the real import runner: for several real loaders, one upstream CSV of
// the real layout is replaced by a malformed, truncated or wrongly encoded copy of itself. Each
// attempt must fail with a message naming the file (and line), and leave the store as the good
// import before it left it. One case runs through `concord data import` for the exit code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli, sharedDataDir, tempStore } from '../support.ts';
import {
  assertRefused,
  escapeRe,
  homeWithImport,
  importGood,
  realBytes,
  realLayout,
  replaceFile,
  snapshotOfHome,
} from './support.ts';

const skip = !sharedDataDir;

/** A hostile variant of a CSV text: the bytes to write and what the error must say. */
interface Variant {
  name: string;
  make(text: string): { bytes: Buffer | string; message: (file: string) => RegExp };
}

/** Index of a line in the middle of the file outside any quoted field (even quotes before it, none in it). */
function middleLine(lines: string[]): number {
  let quotes = 0;
  for (let k = 0; k < lines.length; k++) {
    if (k >= lines.length / 2 && quotes % 2 === 0 && !lines[k].includes('"') && lines[k].includes(',')) return k;
    quotes += lines[k].split('"').length - 1;
  }
  throw new Error('no plain middle line');
}

function withByteAt(text: string, lineIndex: number, byte: number): Buffer {
  const lines = text.split('\n');
  const before = Buffer.from(`${lines.slice(0, lineIndex).join('\n')}\n${lines[lineIndex].slice(0, 3)}`, 'utf8');
  const after = Buffer.from(`${lines[lineIndex].slice(3)}\n${lines.slice(lineIndex + 1).join('\n')}`, 'utf8');
  return Buffer.concat([before, Buffer.from([byte]), after]);
}

const at = (file: string, line: number, rest: string) => new RegExp(`${escapeRe(file)}:${line}: ${rest}`);

const variants: Variant[] = [
  {
    name: 'an unterminated quoted field',
    make(text) {
      const base = text.endsWith('\n') ? text : `${text}\n`;
      const line = base.split('\n').length; // the appended line's number
      return { bytes: `${base}"never closed,1,2\n`, message: (f) => at(f, line, 'unterminated quoted field') };
    },
  },
  {
    name: 'a row with a field too many',
    make(text) {
      const lines = text.split('\n');
      const k = middleLine(lines);
      lines[k] = lines[k].replace(/\r?$/, ',surplus$&');
      return { bytes: lines.join('\n'), message: (f) => at(f, k + 1, 'expected \\d+ fields, found \\d+') };
    },
  },
  {
    name: 'a header lacking the columns the loader needs',
    make(text) {
      const lines = text.split('\n');
      lines[0] = lines[0]
        .split(',')
        .map((_c, i) => `renamed_${i}`)
        .join(',');
      return { bytes: lines.join('\n'), message: (f) => new RegExp(`${escapeRe(f)}:\\d+: .*column`) };
    },
  },
  {
    name: 'a file truncated in the middle of a row',
    make(text) {
      const lines = text.split('\n');
      const k = middleLine(lines);
      const offset = lines.slice(0, k).join('\n').length + 1 + lines[k].lastIndexOf(',');
      return { bytes: text.slice(0, offset), message: (f) => at(f, k + 1, 'expected \\d+ fields, found \\d+') };
    },
  },
  {
    name: 'UTF-16 text with a byte-order mark',
    make: (text) => ({
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      message: (f) => at(f, 1, 'is UTF-16'),
    }),
  },
  {
    name: 'a Latin-1 byte in a UTF-8 file',
    make(text) {
      const k = middleLine(text.split('\n'));
      return { bytes: withByteAt(text, k, 0xe9), message: (f) => at(f, k + 1, 'not valid UTF-8: byte 0xE9') };
    },
  },
  {
    name: 'a NUL byte',
    make(text) {
      const k = middleLine(text.split('\n'));
      return { bytes: withByteAt(text, k, 0x00), message: (f) => at(f, k + 1, 'contains a NUL byte') };
    },
  },
  { name: 'an empty file', make: () => ({ bytes: '', message: (f) => new RegExp(`${escapeRe(f)}(:1)?: .*empty`) }) },
];

/** Real loaders and the CSV file of each that is swapped. */
const targets = [
  { id: 'pko-dppa', file: 'pko/DPPADPOSS-PKO.csv' },
  { id: 'unsc-vetoes', file: 'unsc/vetoes_1946_sept2022.csv' },
  { id: 'owid-pitf', file: 'owid/pitf-genocide-politicide.csv' },
  { id: 'ucdp-battle-deaths', file: 'ucdp/BattleDeaths_v25_1.csv' },
  { id: 'coups', file: 'indicators/all-coups.csv' },
  { id: 'unsc-records', file: 'unsc/UNSC_Record-Table_2722.csv' },
];

for (const { id, file } of targets) {
  test(`hostile CSV for ${id} (${file}): each variant is refused naming the file and line, the store unchanged`, {
    skip,
  }, async () => {
    const store = await tempStore();
    try {
      const dir = realLayout([file]);
      await importGood(store, [id], dir);
      const text = realBytes(file).toString('utf8');
      for (const v of variants) {
        const { bytes, message } = v.make(text);
        replaceFile(dir, file, bytes);
        await assertRefused(store, [id], dir, message(file)).catch((e: Error) => {
          e.message = `${v.name}: ${e.message}`;
          throw e;
        });
      }
    } finally {
      await store.close();
    }
  });
}

test('`concord data import` of a malformed CSV exits 1, names the file and line, and changes nothing', {
  skip,
}, async () => {
  const file = 'pko/DPPADPOSS-PKO.csv';
  const dir = realLayout([file]);
  const { home, before } = await homeWithImport(['pko-dppa'], dir);
  const lines = realBytes(file).toString('utf8').split('\n');
  lines[5] = lines[5].replace(/\r?$/, ',surplus$&');
  replaceFile(dir, file, lines.join('\n'));
  const bad = runCli(['data', 'import', '--from', dir, '--only', 'pko-dppa'], { CONCORD_HOME: home });
  assert.equal(bad.code, 1);
  assert.match(
    bad.stdout + bad.stderr,
    /pko-dppa\s+FAILED\s+pko\/DPPADPOSS-PKO\.csv:6: expected \d+ fields, found \d+ \(this source is unchanged in the store\)/,
  );
  assert.doesNotMatch(bad.stdout + bad.stderr, /\n\s+at /);
  assert.deepEqual(await snapshotOfHome(home), before);
});
