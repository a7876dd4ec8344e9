// Test fixtures for the unsc loaders: builders of small meetings-table pages in the shape of the
// Dag Hammarskjöld Library's HTML (title row, <th> header row, hand-written rows), and of data
// directories holding made-up Security Council files. Used only by the tests beside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const columns4 = ['Meeting<br />\n Record', 'Date', 'Topic', 'Security Council<br> Outcome / Vote'];
export const columns5 = ['Meeting<br />\n Record', 'Date', 'Press<br />\n Release', 'Topic', 'Security Council<br> Outcome / Vote'];
export const columns7 = [
  'Meeting<br />\n Record',
  'Date',
  'Recording',
  'Topic',
  'Letter with Vote Procedure / <br> Briefings',
  'Letter with Vote Outcome',
  'Security Council<br> Outcome / Vote',
];

/** One ordinary row: each cell on its own line. */
export function row(...cells: string[]): string {
  return `    <tr>\n${cells.map((c) => `        <td>${c}</td>\n`).join('')}    </tr>\n`;
}

/** A link as the tables write them. */
export const link = (symbol: string) => `<a target="_top" href="https://undocs.org/en/${symbol}">${symbol}</a>`;

/** A whole page: the title row says `titleYear`, then the header row, then `body` as given. */
export function meetingsPage(titleYear: number, headers: string[], body: string): string {
  return [
    '<html>',
    '    <link href="//example.org/sc-table.css" rel="stylesheet" type="text/css" />',
    `    <table class="tablefont" summary="The table has ${headers.length} columns.">`,
    '    <tr>',
    `        <th colspan="${headers.length}" class="tbltitle">Meetings conducted  by the Security Council in ${titleYear}<br/>`,
    '            (in reverse chronological order)</th>',
    '    </tr>',
    '    <tr>',
    ...headers.map((h) => `          <th width="15%">${h}</th>`),
    '    </tr>',
    body,
    '</table>',
    '</html>',
    '',
  ].join('\n');
}

/** The 1-based line of `html` on which `marker` first occurs. */
export function lineOf(html: string, marker: string): number {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`marker not found: ${marker}`);
  return html.slice(0, at).split('\n').length;
}

/** Writes `files` (path inside the data directory -> content) under `dir`. */
export function writeData(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}
