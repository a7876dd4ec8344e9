// Tests of the minimal .xlsx reader on workbooks built here with fflate's zipSync.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { tempDir } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { columnIndex, parseXlsx, readXlsx } from './xlsx.ts';
import { decodeEntities } from './xlsx-xml.ts';

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(parts: { sheets: Record<string, string>; sharedStrings?: string; firstSheet?: string }): Uint8Array {
  const names = Object.keys(parts.sheets);
  const first = parts.firstSheet ?? names[0];
  const order = [first, ...names.filter((n) => n !== first)];
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}><sheets>${order
        .map((n, k) => `<sheet name="S${k}" sheetId="${k + 1}" r:id="rId${names.indexOf(n) + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
        .map(
          (n, k) =>
            `<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${n}"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/strings.xml"/></Relationships>`,
    ),
  };
  for (const [n, xml] of Object.entries(parts.sheets)) files[`xl/worksheets/${n}`] = strToU8(xml);
  if (parts.sharedStrings) files['xl/strings.xml'] = strToU8(parts.sharedStrings);
  return zipSync(files);
}

const sharedStrings = `<?xml version="1.0" encoding="UTF-8"?>
<sst ${NS} count="6" uniqueCount="6">
  <si><t>Year</t></si>
  <si><t>Name</t></si>
  <si><r><t>Mr. Jo</t></r><r><rPr><b/><sz val="11"/></rPr><t>ão Lourenço</t></r></si>
  <si><t>Minister for Foreign Affairs &amp; Trade &lt;acting&gt; &#233;&#x2014;&quot;&apos;</t></si>
  <si><t xml:space="preserve">  two leading spaces, a line_x000D_
break and a literal _x005F_x0041_</t></si>
  <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
  <si><t/></si>
</sst>`;

const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- a comment <row> that is not a row -->
<worksheet ${NS}><dimension ref="A1:F5"/><sheetData>
<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Post</t></is></c><c r="D1" t="inlineStr"><is><r><t>No</t></r><r><t>tes</t></r></is></c></row>
<row r="2"><c r="A2" s="3"><v>2024</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>
<row r="4"><c r="A4"><v>1946.5</v></c><c r="B4" s="1"/><c r="C4" t="s"><v>4</v></c><c r="F4" t="b"><v>1</v></c></row>
<row r="5"><c t="s"><v>5</v></c><c><v>-3E-2</v></c><c r="D5" t="str"><f>UPPER("x")</f><v>X &amp; Y</v></c><c r="E5" t="e"><v>#N/A</v></c><c r="F5" t="s"><v>6</v></c></row>
</sheetData><mergeCells count="0"/></worksheet>`;

test('reads the first worksheet: shared, rich-text and inline strings, numbers, entities, gaps', () => {
  const rows = parseXlsx(workbook({ sheets: { 'sheet1.xml': sheet }, sharedStrings }), 'book.xlsx');
  assert.deepEqual(rows, [
    ['Year', 'Name', 'Post', 'Notes'],
    ['2024', 'Mr. João Lourenço', 'Minister for Foreign Affairs & Trade <acting> é—"\''],
    [],
    ['1946.5', '', '  two leading spaces, a line\r\nbreak and a literal _x0041_', '', '', 'TRUE'],
    ['東京', '-3E-2', '', 'X & Y', '#N/A', ''],
  ]);
});

test('follows the workbook relationships to the first sheet, wherever it is stored', () => {
  const other = `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row></sheetData></worksheet>`;
  const book = workbook({ sheets: { 'other.xml': other, 'first.xml': sheet }, sharedStrings, firstSheet: 'first.xml' });
  assert.equal(parseXlsx(book, 'b.xlsx')[0][0], 'Year');
});

test('handles namespace-prefixed SpreadsheetML and a workbook without shared strings', () => {
  const prefixed = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>b&amp;c</x:t></x:is></x:c><x:c r="C2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  assert.deepEqual(parseXlsx(workbook({ sheets: { 's.xml': prefixed } }), 'p.xlsx'), [[], ['', 'b&c', '7']]);
});

test('reads a file from disk', () => {
  const path = join(tempDir(), 'book.xlsx');
  writeFileSync(path, workbook({ sheets: { 'sheet1.xml': sheet }, sharedStrings }));
  assert.equal(readXlsx(path, 'data/book.xlsx').length, 5);
  assert.throws(
    () => readXlsx(join(tempDir(), 'absent.xlsx'), 'data/absent.xlsx'),
    /data\/absent\.xlsx: cannot read file/,
  );
});

test('reports broken workbooks as IngestErrors naming the file (and the row)', () => {
  const bad = (data: Uint8Array, pattern: RegExp) =>
    assert.throws(
      () => parseXlsx(data, 'bad.xlsx'),
      (e: unknown) => e instanceof IngestError && pattern.test(e.message),
    );
  bad(strToU8('not a zip at all'), /^bad\.xlsx: not a valid \.xlsx \(zip\) file/);
  bad(zipSync({ 'hello.txt': strToU8('hi') }), /^bad\.xlsx: not a spreadsheet/);
  const outOfRange = `<worksheet ${NS}><sheetData><row r="3"><c r="B3" t="s"><v>42</v></c></row></sheetData></worksheet>`;
  bad(
    workbook({ sheets: { 's.xml': outOfRange }, sharedStrings }),
    /^bad\.xlsx:3: cell B3: shared string index "42" does not exist$/,
  );
  const disorder = `<worksheet ${NS}><sheetData><row r="1"><c r="C1"><v>1</v></c><c r="A1"><v>2</v></c></row></sheetData></worksheet>`;
  bad(workbook({ sheets: { 's.xml': disorder } }), /^bad\.xlsx:1: bad or out-of-order cell reference "A1"$/);
  const unterminated = `<worksheet ${NS}><sheetData><row r="1"><c r="A1"`;
  bad(workbook({ sheets: { 's.xml': unterminated } }), /^bad\.xlsx: malformed spreadsheet XML: unterminated start tag/);
});

test('column letters and character references', () => {
  assert.deepEqual(
    ['A1', 'Z9', 'AA10', 'AZ1', 'BA2', 'XFD1048576', '$C$3', 'a1'].map(columnIndex),
    [0, 25, 26, 51, 52, 16383, 2, -1],
  );
  assert.equal(decodeEntities('&amp;lt; &#65;&#x42; &unknown; &'), '&lt; AB &unknown; &');
});
