// Reads the one <table> of a hand-made HTML page into rows of cell texts with their line numbers,
// using node-html-parser, and expands rowspans into a grid. Repairs applied before parsing:
//  - a row whose <tr> is missing ("</tr> <td>...") gets one, so its cells are not lost or merged
//    into a neighbour (2014, 2017, 2020, 2022 tables);
//  - "</br>", used as a line break in 1946 ("item</br> </br>item"), is read as <br>, as browsers do;
//  - unclosed <a>, <p> and <span> inside cells and stray </a>, </p> are left to the parser with
//    closeAllByClosing, which closes them at the end of their cell.
// Cell text: entities decoded, whitespace runs (source line breaks and NBSP included) collapsed to
// one space, <br> and <p> become "\n", mojibake repaired.
import { HTMLElement, TextNode, parse } from 'node-html-parser';
import { IngestError } from '../errors.ts';
import { repairMojibake } from './mojibake.ts';

export interface HtmlCell {
  /** Decoded text, whitespace collapsed, with "\n" where the cell had <br> or <p>; not trimmed. */
  text: string;
  header: boolean;
  colspan: number;
  rowspan: number;
}

export interface HtmlRow {
  /** 1-based position among the table's rows. */
  index: number;
  /** Line of the file on which the row starts. */
  line: number;
  cells: HtmlCell[];
}

export interface GridCell extends HtmlCell {
  /** True when the cell is the continuation of a rowspan from a row above. */
  spanned: boolean;
}

export interface GridRow {
  index: number;
  line: number;
  cells: GridCell[];
}

const missingTr = /<\/tr>((?:\s|<!--[\s\S]*?-->)*)(?=<t[dh][\s>])/gi;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function cellText(el: HTMLElement): string {
  let out = '';
  const walk = (node: HTMLElement) => {
    for (const c of node.childNodes) {
      if (c instanceof TextNode) out += c.text.replace(/[\s\u00a0]+/g, ' ');
      else if (c instanceof HTMLElement) {
        const block = c.tagName === 'P' || c.tagName === 'DIV';
        if (c.tagName === 'BR' || block) out += '\n';
        walk(c);
        if (block) out += '\n';
      }
    }
  };
  walk(el);
  return repairMojibake(out.replace(/ {2,}/g, ' '));
}

function span(el: HTMLElement, name: string): number {
  const v = Number.parseInt(el.getAttribute(name) ?? '1', 10);
  return Number.isFinite(v) && v >= 1 ? v : 1;
}

/**
 * The rows of the single table in `html`. Throws an IngestError naming `file` when there is no
 * table or more than one, the table is never closed (a truncated file), or a cell lies outside any row.
 */
export function readHtmlTable(html: string, file: string): HtmlRow[] {
  // The inserted "<tr>" sits on the line of the cell it precedes, so line numbers are unchanged.
  const text = html.replace(missingTr, '</tr>$1<tr>').replace(/<\/br\s*>/gi, '<br>');
  const starts = lineStarts(text);
  const root = parse(text, { closeAllByClosing: true, comment: false });
  const tables = root.querySelectorAll('table');
  // A table opened and never closed is a truncated file, whether the parser dropped the open
  // element (no table) or closed it itself at the cut (a shorter table): never read as complete.
  const opened = /<table[\s>]/i.exec(text);
  if (opened && !/<\/table\s*>/i.test(text.slice(opened.index))) {
    throw new IngestError(
      file,
      lineOf(starts, opened.index),
      'the <table> opened here is never closed (is the file truncated?)',
    );
  }
  if (tables.length !== 1) {
    throw new IngestError(file, undefined, `expected one <table>, found ${tables.length}`);
  }
  const table = tables[0];
  for (const cell of table.querySelectorAll('td, th')) {
    if (cell.parentNode?.tagName !== 'TR') {
      throw new IngestError(file, lineOf(starts, cell.range[0]), 'table cell outside any row (<tr>)');
    }
  }
  return table.querySelectorAll('tr').map((tr, k) => ({
    index: k + 1,
    line: lineOf(starts, tr.range[0]),
    cells: tr.childNodes
      .filter((c): c is HTMLElement => c instanceof HTMLElement && (c.tagName === 'TD' || c.tagName === 'TH'))
      .map((c) => ({
        text: cellText(c),
        header: c.tagName === 'TH',
        colspan: span(c, 'colspan'),
        rowspan: span(c, 'rowspan'),
      })),
  }));
}

/**
 * Expands rowspans: a cell spanning n rows is repeated (marked `spanned`) in the n-1 rows below,
 * at its column, and the rows' own cells fill the remaining columns left to right. Colspans are
 * not expanded (in these tables only single-cell title and note rows have them).
 */
export function expandRowSpans(rows: HtmlRow[]): GridRow[] {
  let carry: { cell: HtmlCell; left: number }[] = [];
  return rows.map((row) => {
    const cells: GridCell[] = [];
    const next: { cell: HtmlCell; left: number }[] = [];
    let k = 0;
    for (let col = 0; k < row.cells.length || carry.slice(col).some((c) => c && c.left > 0); col++) {
      const held = carry[col];
      if (held && held.left > 0) {
        cells.push({ ...held.cell, spanned: true });
        if (held.left > 1) next[col] = { cell: held.cell, left: held.left - 1 };
        continue;
      }
      if (k >= row.cells.length) {
        // this row ran out of cells before a rowspan further right: leave the gap empty
        cells.push({ text: '', header: false, colspan: 1, rowspan: 1, spanned: false });
        continue;
      }
      const cell = row.cells[k++];
      cells.push({ ...cell, spanned: false });
      if (cell.rowspan > 1) next[col] = { cell, left: cell.rowspan - 1 };
    }
    carry = next;
    return { index: row.index, line: row.line, cells };
  });
}
