// Tests of checksums.json and its loader: the manifest and the checksums agree (every row has an
// upstream location and becomes exactly one manifest entry with its size and hash; every file
// located by name has a row), and a malformed line is refused naming the file, the line and the field.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CHECKSUMS_FILE, checksums, parseChecksums } from './checksums.ts';
import { manifest, singlyLocatedPaths } from './manifest.ts';

const good = (path: string, size = 10, sha256 = 'a'.repeat(64)) => JSON.stringify({ path, size, sha256 });

test('the manifest and the checksums agree: one entry per row, same size and hash, every located file has a row', () => {
  assert.equal(manifest.length, checksums.length);
  assert.deepEqual(
    manifest.map((e) => [e.path, e.size, e.sha256]),
    checksums.map((c) => [c.path, c.size, c.sha256]),
  );
  const rows = new Set(checksums.map((c) => c.path));
  for (const p of singlyLocatedPaths())
    assert.ok(rows.has(p), `${p} has an upstream location but no row in ${CHECKSUMS_FILE}`);
});

test('checksums.json is one object per line, sorted by path', () => {
  const text = readFileSync(new URL('./checksums.json', import.meta.url), 'utf8');
  assert.equal(text.split('\n').filter((l) => l.trim().startsWith('{')).length, checksums.length);
  assert.deepEqual(JSON.parse(text), checksums, 'the file is plain JSON too');
});

test('a malformed line is refused naming the file, the line and the field', () => {
  const file = (...rows: string[]) => `[\n${rows.join(',\n')}\n]\n`;
  assert.deepEqual(
    parseChecksums(file(good('a/x.csv'), good('b/y.csv'))).map((c) => c.path),
    ['a/x.csv', 'b/y.csv'],
  );
  for (const [text, message] of [
    [file(good('a/x.csv'), good('../etc/passwd')), /^c\.json:3: path: not a data-directory path: "\.\.\/etc\/passwd"$/],
    [file(good('a/x.csv', -1)), /^c\.json:2: size: not a positive whole number of bytes: -1$/],
    [file(good('a/x.csv', 1, 'ABC')), /^c\.json:2: sha256: not 64 lowercase hex digits: "ABC"$/],
    [file(good('b/y.csv'), good('a/x.csv')), /^c\.json:3: path: a\/x\.csv is not after b\/y\.csv/],
    [file(good('a/x.csv'), good('a/x.csv')), /^c\.json:3: path: a\/x\.csv is not after a\/x\.csv/],
    [`[\n${good('a/x.csv')}\n${good('b/y.csv')}\n]\n`, /^c\.json:2: missing ","/],
    [file('{"path": "a/x.csv",'), /^c\.json:2: not one JSON object per line/],
    [`[\n${good('a/x.csv')}`, /^c\.json:2: missing the closing "\]"$/],
    [`[\n${good('a/x.csv')},\n]\n`, /^c\.json:2: a "," after the last entry/],
    [`{}\n`, /^c\.json:1: expected "\[" alone on the first line$/],
  ] as const) {
    assert.throws(
      () => parseChecksums(text, 'c.json'),
      (e: Error) => {
        assert.match(e.message, message);
        return true;
      },
    );
  }
});
