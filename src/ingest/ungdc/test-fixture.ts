// Test support for the UNGDC loader: writes a small made-up corpus in the upstream layout (a
// `.tgz` of `TXT/Session NN - YYYY/CODE_NN_YYYY.txt` built with the system tar, and a speakers
// .xlsx built with fflate) into a data directory. No upstream text is used.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

export const ARCHIVE = 'ungdc/UNGDC_1946-2024.tgz';
export const SPEAKERS = 'ungdc/Speakers_by_session.xlsx';
export const BOM = '\ufeff';

/** Made-up speeches by archive path; the phrase "concert of nations" is broken across lines in several. */
export const fixtureSpeeches: Record<string, string> = {
  'TXT/Session 01 - 1946/FRA_01_1946.txt': `${BOM}Mr. President, we come to speak of peace.\nThe concert of\nnations must hold, and the Charter with it.\n`,
  'TXT/Session 01 - 1946/USA_01_1946.txt': 'A new organisation is born. Let the concert of nations begin its work.\n',
  'TXT/Session 75 - 2020/USA_75_2020.txt': `${BOM}In a year of pandemic the concert of\r\nnations met by video.\r\n`,
  'TXT/Session 75 - 2020/EU_75_2020.txt': 'The Union speaks for twenty-seven members — déjà vu, naïveté and “quotes” kept as written.\n',
  'TXT/Session 79 - 2024/GBR_79_2024.txt': 'Nobody recorded who delivered this made-up statement; the concert\nof nations is tested again.\n',
};

/** Speakers sheet rows (header first); codes and spacing as the upstream sheet writes them. */
export const fixtureSpeakerRows: (string | number | null)[][] = [
  ['Year', 'Session', 'ISO Code', 'Country', 'Name of Person Speaking', 'Post'],
  [1946, 1, 'FRA ', 'France', '  Mr. Invented Speaker ', 'Minister for Foreign Affairs'],
  [1946, 1, 'USA', 'United States', 'Ms. First Delegate', null],
  [1946, 1, 'USA', 'United States', 'Mr. Second Delegate', 'Representative'],
  [2020, 75, 'USA', 'United States', 'Mr. Video Speaker', 'President'],
  [2020, 75, 'EC', 'European Union', 'Mr. Union Voice', 'President of the European Council'],
  [1987, 42, null, 'Some Organisation', 'Mr. Nobody', null],
  [2023, 78, 'GBR', 'United Kingdom', 'Mr. Other Year', 'Prime Minister'],
];

function xlsx(rows: (string | number | null)[][]): Uint8Array {
  const strings: string[] = [];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const sheetRows = rows
    .map((row, r) => {
      const cells = row
        .map((v, k) => {
          const ref = `${String.fromCharCode(65 + k)}${r + 1}`;
          if (v === null) return '';
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          strings.push(v);
          return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${ns}><sheetData>${sheetRows}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': strToU8(`<sst ${ns}>${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`),
  });
}

/**
 * Writes the fixture corpus into `dataDir` (archive and speakers sheet under `ungdc/`).
 * `speeches` maps archive paths to contents (strings are written as UTF-8, Buffers as given).
 */
export function writeFixtureCorpus(
  dataDir: string,
  speeches: Record<string, string | Buffer> = fixtureSpeeches,
  speakerRows: (string | number | null)[][] = fixtureSpeakerRows,
): void {
  const build = join(dataDir, '.build');
  rmSync(build, { recursive: true, force: true });
  for (const [path, text] of Object.entries(speeches)) {
    mkdirSync(dirname(join(build, path)), { recursive: true });
    writeFileSync(join(build, path), text);
  }
  mkdirSync(join(dataDir, 'ungdc'), { recursive: true });
  const r = spawnSync('tar', ['--sort=name', '-czf', join(dataDir, ARCHIVE), 'TXT'], { cwd: build, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tar failed: ${r.stderr}`);
  writeFileSync(join(dataDir, SPEAKERS), xlsx(speakerRows));
}
