// Tests of the HTML table reader (html-table.ts): repairs, cell text, line numbers, rowspans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IngestError } from '../errors.ts';
import { expandRowSpans, readHtmlTable } from './html-table.ts';

const texts = (html: string) => readHtmlTable(html, 'x.html').map((r) => r.cells.map((c) => c.text.trim()));

test('a row whose <tr> is missing is read as its own row', () => {
  const html = '<table>\n<tr><td>a</td><td>b</td></tr>\n\n<td>c</td>\n<td>d</td>\n</tr>\n<tr><td>e</td></tr>\n</table>';
  const rows = readHtmlTable(html, 'x.html');
  assert.deepEqual(
    rows.map((r) => r.cells.map((c) => c.text)),
    [['a', 'b'], ['c', 'd'], ['e']],
  );
  assert.deepEqual(
    rows.map((r) => r.line),
    [2, 4, 7],
  );
  assert.deepEqual(
    rows.map((r) => r.index),
    [1, 2, 3],
  );
});

test('unclosed and stray tags stay inside their cell', () => {
  assert.deepEqual(
    texts('<table><tr><td>Item <a href="x"> (S/9999/1)</td><td>--</td></tr><tr><td>next</td></tr></table>'),
    [['Item (S/9999/1)', '--'], ['next']],
  );
  assert.deepEqual(texts('<table><tr><td>one</br> </br>two</td><td>b</a></td></tr><tr><td>c</td></tr></table>'), [
    ['one\n \ntwo', 'b'],
    ['c'],
  ]);
});

test('cell text: entities decoded, whitespace collapsed, <br> and <p> as line breaks, mojibake repaired', () => {
  const [[cell]] = texts(
    '<table><tr><td>Caf&eacute; &mdash; A &amp; B&#39;s\n\t\tplan&nbsp;x<br>C<p>D</p>Peopleâ€™s</td></tr></table>',
  );
  assert.equal(cell, "Café — A & B's plan x\nC\nD\nPeople’s");
});

test('tbody and header cells; rowspans expanded into the rows below', () => {
  const html = `<table><tbody>
<tr><th rowspan="2"><a href="x"><p><span>S/PV.9999</span></p></th></a><th rowspan="2"><p><span>9 May</p></span></th><td>t1</td><td>o1</td></tr>
<tr><td>t2</td><td>o2</td></tr>
<tr><td>S/PV.9998</td><td>8 May</td><td>t3</td><td>o3</td></tr>
</tbody></table>`;
  const grid = expandRowSpans(readHtmlTable(html, 'x.html'));
  assert.deepEqual(
    grid.map((r) => r.cells.map((c) => `${c.spanned ? '^' : ''}${c.text.trim()}`)),
    [
      ['S/PV.9999', '9 May', 't1', 'o1'],
      ['^S/PV.9999', '^9 May', 't2', 'o2'],
      ['S/PV.9998', '8 May', 't3', 'o3'],
    ],
  );
  assert.equal(grid[0].cells[0].header, true);
});

test('a page must hold exactly one table', () => {
  assert.throws(
    () => readHtmlTable('<p>nothing</p>', 'y.html'),
    (e: unknown) => e instanceof IngestError && e.file === 'y.html' && /found 0/.test(e.message),
  );
  assert.throws(() => readHtmlTable('<table></table><table></table>', 'y.html'), /found 2/);
});
