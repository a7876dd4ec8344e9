import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IngestError } from '../errors.ts';
import { csvRecords, parseCsv } from './csv.ts';

test('csvRecords handles BOM, CRLF, quotes, doubled quotes and embedded newlines with line numbers', () => {
  const text = '\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",z\n3,,\n';
  const recs = [...csvRecords(text, 't.csv')];
  assert.deepEqual(recs, [
    { line: 1, fields: ['a', 'b', 'c'] },
    { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
    { line: 3, fields: ['2', 'two\nlines', 'z'] },
    { line: 5, fields: ['3', '', ''] },
  ]);
});

test('an unterminated quote is an error naming the file and the line where the field starts', () => {
  assert.throws(
    () => [...csvRecords('a,b\n1,"open\n2,3\n', 'bad.csv')],
    (e: unknown) => {
      assert.ok(e instanceof IngestError);
      assert.equal(e.message, 'bad.csv:2: unterminated quoted field');
      return true;
    },
  );
});

test('parseCsv rejects ragged rows and missing required columns, naming file and line', () => {
  assert.throws(() => parseCsv('a,b\n1,2\n3\n', 'r.csv'), /r\.csv:3: expected 2 fields, found 1/);
  assert.throws(() => parseCsv('a,b\n1,2\n', 'h.csv', ['year']), /h\.csv:1: header lacks required column "year"/);
  assert.throws(() => parseCsv('', 'e.csv'), /e\.csv:1: empty file/);
});

test('typed accessors: NA and empty are null, bad numbers name file, line and column', () => {
  const { rows } = parseCsv('year,risk,name\n1994,0.25,X\n1995,NA,\n1996,abc,Y\n1997,1.5,Z\n', 'f.csv');
  assert.equal(rows[0].requiredInt('year'), 1994);
  assert.equal(rows[0].num('risk'), 0.25);
  assert.equal(rows[1].num('risk'), null);
  assert.equal(rows[1].text('name'), null);
  assert.throws(() => rows[2].num('risk'), /f\.csv:4: column "risk": not a number: "abc"/);
  assert.throws(() => rows[3].int('risk'), /f\.csv:5: column "risk": not a whole number/);
  assert.throws(() => rows[0].str('nope'), /missing column "nope"/);
});
