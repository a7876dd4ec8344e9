// A minimal .xlsx (Office Open XML SpreadsheetML) reader: the first worksheet of a workbook as
// rows of strings. Handles shared strings (with rich-text runs; phonetic runs left out), inline
// strings, numbers, booleans and formula results as stored, XML character references and
// `_xHHHH_` escapes, and cells omitted or given by column letter, so columns stay aligned.
// No formatting is applied: numbers come back as their stored text (`2024`, `0.5`).
// The parts' declared sizes are checked against the archive limits (limits.ts) before anything is
// inflated, so a zip bomb is refused rather than unpacked.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { IngestError } from '../errors.ts';
import { type ArchiveLimits, archiveLimits, formatBytes } from './limits.ts';
import { type XmlEvent, xmlEvents } from './xlsx-xml.ts';

type Events = Generator<XmlEvent>;

/** The next event, or undefined at the end (a `for...of` with `break` would close the shared generator). */
function next(events: Events): XmlEvent | undefined {
  const r = events.next();
  return r.done ? undefined : r.value;
}

/** Decodes the OOXML `_xHHHH_` escapes of string values (`_x000D_` is a carriage return). */
function unescapeXstring(s: string): string {
  return s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
}

/** 0-based column index of a cell reference's letters (`A1` -> 0, `AA7` -> 26), or -1 when malformed. */
export function columnIndex(ref: string): number {
  const m = /^\$?([A-Z]{1,3})\$?\d*$/.exec(ref);
  if (!m) return -1;
  let n = 0;
  for (const ch of m[1]) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The text of every `<t>` inside the element just opened, up to its end (phonetic `<rPh>` runs excluded). */
function collectText(events: Events, until: string): string {
  let out = '';
  let inT = 0;
  let inPhonetic = 0;
  for (let e = next(events); e; e = next(events)) {
    if (e.kind === 'open') {
      if (e.selfClosing) continue;
      if (e.name === 't') inT++;
      else if (e.name === 'rPh') inPhonetic++;
    } else if (e.kind === 'close') {
      if (e.name === until) break;
      if (e.name === 't') inT--;
      else if (e.name === 'rPh') inPhonetic--;
    } else if (inT > 0 && inPhonetic === 0) out += e.text;
  }
  return unescapeXstring(out);
}

/** Text content of a `<v>` element just opened. */
function collectValue(events: Events): string {
  let out = '';
  for (let e = next(events); e; e = next(events)) {
    if (e.kind === 'close' && e.name === 'v') break;
    if (e.kind === 'text') out += e.text;
  }
  return out;
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const events = xmlEvents(xml);
  for (let e = next(events); e; e = next(events)) {
    if (e.kind === 'open' && e.name === 'si') out.push(e.selfClosing ? '' : collectText(events, 'si'));
  }
  return out;
}

/** Resolves a relationship target of the workbook (relative to `xl/`, or absolute in the package). */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/**
 * Paths inside the package of the workbook's first worksheet and of its shared-string table,
 * found through the workbook's relationships.
 */
function packageParts(files: Record<string, Uint8Array>, file: string): { sheet: string; sharedStrings?: string } {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels)
    throw new IngestError(
      file,
      undefined,
      'not a spreadsheet: the package has no xl/workbook.xml and its relationships',
    );
  let id: string | undefined;
  for (const e of xmlEvents(strFromU8(workbook))) {
    if (e.kind === 'open' && e.name === 'sheet') {
      id = e.attrs.id;
      break;
    }
  }
  if (!id) throw new IngestError(file, undefined, 'the workbook lists no worksheet');
  let sheet: string | undefined;
  let sharedStrings: string | undefined;
  for (const e of xmlEvents(strFromU8(rels))) {
    if (e.kind !== 'open' || e.name !== 'Relationship' || !e.attrs.Target) continue;
    if (e.attrs.Id === id) sheet = partPath(e.attrs.Target);
    else if (e.attrs.Type?.endsWith('/sharedStrings')) sharedStrings = partPath(e.attrs.Target);
  }
  if (!sheet) throw new IngestError(file, undefined, `the workbook's first sheet (${id}) has no relationship target`);
  return { sheet, sharedStrings };
}

function cellValue(
  type: string | undefined,
  v: string,
  inline: string,
  strings: string[],
  fail: (reason: string) => never,
): string {
  switch (type) {
    case 's': {
      const k = Number(v);
      if (!Number.isInteger(k) || k < 0 || k >= strings.length) fail(`shared string index "${v}" does not exist`);
      return strings[k];
    }
    case 'inlineStr':
      return inline;
    case 'b':
      return v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : v;
    case 'str':
      return unescapeXstring(v);
    default: // 'n' (or absent), 'e' (error text such as #N/A), 'd' (ISO date)
      return v;
  }
}

function sheetRows(xml: string, strings: string[], file: string): string[][] {
  const rows: string[][] = [];
  let rowNo = 0;
  let cells: string[] = [];
  let col = -1;
  const events = xmlEvents(xml);
  for (let e = next(events); e; e = next(events)) {
    if (e.kind === 'close' && e.name === 'row') {
      rows[rowNo - 1] = cells;
      continue;
    }
    if (e.kind !== 'open') continue;
    if (e.name === 'row') {
      const r = e.attrs.r === undefined ? rowNo + 1 : Number(e.attrs.r);
      if (!Number.isInteger(r) || r <= rowNo)
        throw new IngestError(file, rowNo + 1, `bad or out-of-order row number "${e.attrs.r}"`);
      rowNo = r;
      cells = [];
      col = -1;
      if (e.selfClosing) rows[rowNo - 1] = cells;
    } else if (e.name === 'c') {
      const ref = e.attrs.r;
      const c = ref === undefined ? col + 1 : columnIndex(ref);
      if (c < 0 || c <= col) throw new IngestError(file, rowNo, `bad or out-of-order cell reference "${ref}"`);
      col = c;
      if (e.selfClosing) continue;
      let v = '';
      let inline = '';
      for (let inner = next(events); inner; inner = next(events)) {
        if (inner.kind === 'close' && inner.name === 'c') break;
        if (inner.kind !== 'open' || inner.selfClosing) continue;
        if (inner.name === 'v') v = collectValue(events);
        else if (inner.name === 'is') inline = collectText(events, 'is');
      }
      const fail = (reason: string): never => {
        throw new IngestError(file, rowNo, `cell ${ref ?? `#${c + 1}`}: ${reason}`);
      };
      cells[c] = cellValue(e.attrs.t, v, inline, strings, fail);
    }
  }
  // holes (rows or cells not written) become empty, so indexes match the sheet's grid
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    for (let k = 0; k < row.length; k++) row[k] ??= '';
  }
  return rows;
}

/**
 * The rows of the first worksheet of an .xlsx file held in memory: `rows[i]` is sheet row i+1,
 * `rows[i][k]` the cell in column k (A = 0); empty cells are ''. `file` names it in errors.
 */
export function parseXlsx(data: Uint8Array, file: string, limits: ArchiveLimits = archiveLimits()): string[][] {
  let files: Record<string, Uint8Array>;
  let unpacked = 0;
  const wanted = (f: { name: string; originalSize: number }): boolean => {
    if (!f.name.endsWith('.xml') && !f.name.endsWith('.rels')) return false;
    unpacked += f.originalSize;
    if (f.originalSize > limits.maxEntryBytes || unpacked > limits.maxUnpackedBytes) {
      const limit =
        f.originalSize > limits.maxEntryBytes
          ? `${formatBytes(limits.maxEntryBytes)} (CONCORD_MAX_ENTRY_BYTES)`
          : `${formatBytes(limits.maxUnpackedBytes)} in all (CONCORD_MAX_UNPACKED_BYTES)`;
      throw new IngestError(
        file,
        undefined,
        `part ${f.name} would unpack to ${formatBytes(f.originalSize)}, beyond the limit of ${limit}: refusing a possible zip bomb`,
      );
    }
    return true;
  };
  try {
    files = unzipSync(data, { filter: wanted });
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError(file, undefined, `not a valid .xlsx (zip) file: ${(e as Error).message}`);
  }
  const parts = packageParts(files, file);
  const sheet = files[parts.sheet];
  if (!sheet) throw new IngestError(file, undefined, `the first worksheet ${parts.sheet} is missing from the package`);
  const table = parts.sharedStrings && files[parts.sharedStrings];
  try {
    return sheetRows(strFromU8(sheet), table ? sharedStrings(strFromU8(table)) : [], file);
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError(file, undefined, `malformed spreadsheet XML: ${(e as Error).message}`);
  }
}

/** Reads an .xlsx file and returns the rows of its first worksheet (see parseXlsx). */
export function readXlsx(path: string, displayName: string): string[][] {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (e) {
    throw new IngestError(displayName, undefined, `cannot read file: ${(e as Error).message}`);
  }
  return parseXlsx(data, displayName);
}
