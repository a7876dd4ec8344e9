// RFC 4180 CSV reading with line numbers, and typed field access whose errors name the file,
// line and column. Handles a UTF-8 byte-order mark, CRLF, quoted fields with embedded
// newlines and doubled quotes; rejects unterminated quotes and ragged rows.
import { IngestError } from '../errors.ts';
import { readTextFile } from './text.ts';

export interface CsvRecord {
  /** Line (1-based) on which the record starts. */
  line: number;
  fields: string[];
}

/** Splits CSV text into records. `file` is used only in error messages. */
export function* csvRecords(text: string, file: string): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    for (;;) {
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) throw new IngestError(file, quoteLine, 'unterminated quoted field');
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        // characters after a closing quote up to the delimiter are kept (lenient, as R writes them)
      }
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      fields.push(field);
      field = '';
      if (i >= n) break;
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      break;
    }
    if (!(fields.length === 1 && fields[0] === '')) yield { line: start, fields };
  }
}

/** A data row of a CSV file with a header, with typed accessors that report bad values precisely. */
export class CsvRow {
  constructor(
    readonly file: string,
    readonly line: number,
    private readonly index: Map<string, number>,
    readonly fields: string[],
  ) {}

  fail(column: string, reason: string): never {
    throw new IngestError(this.file, this.line, `column "${column}": ${reason}`);
  }

  has(column: string): boolean {
    return this.index.has(column);
  }

  /** The raw text of a column; throws when the file has no such column. */
  str(column: string): string {
    const k = this.index.get(column);
    if (k === undefined) throw new IngestError(this.file, this.line, `missing column "${column}"`);
    return this.fields[k];
  }

  /** Text, or null for empty and `NA`. */
  text(column: string): string | null {
    const v = this.str(column).trim();
    return v === '' || v === 'NA' ? null : v;
  }

  /** A number, or null for empty and `NA`; anything else that is not a number is an error. */
  num(column: string): number | null {
    const v = this.text(column);
    if (v === null) return null;
    const x = Number(v);
    if (!Number.isFinite(x)) this.fail(column, `not a number: "${v}"`);
    return x;
  }

  /** A whole number, or null for empty and `NA`. */
  int(column: string): number | null {
    const x = this.num(column);
    if (x !== null && !Number.isInteger(x)) this.fail(column, `not a whole number: "${x}"`);
    return x;
  }

  /** A whole number that must be present. */
  requiredInt(column: string): number {
    const x = this.int(column);
    if (x === null) this.fail(column, 'value is missing');
    return x;
  }
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/**
 * Parses CSV text with a header line. Every row must have as many fields as the header;
 * `required` columns must be present in the header.
 */
export function parseCsv(text: string, file: string, required: string[] = []): CsvTable {
  const it = csvRecords(text, file);
  const first = it.next();
  if (first.done) throw new IngestError(file, 1, 'empty file: no header line');
  const header = first.value.fields.map((h) => h.trim());
  const index = new Map(header.map((h, k) => [h, k] as const));
  for (const col of required) {
    if (!index.has(col)) throw new IngestError(file, 1, `header lacks required column "${col}"`);
  }
  const rows: CsvRow[] = [];
  for (const rec of it) {
    if (rec.fields.length !== header.length) {
      throw new IngestError(file, rec.line, `expected ${header.length} fields, found ${rec.fields.length}`);
    }
    rows.push(new CsvRow(file, rec.line, index, rec.fields));
  }
  return { header, rows };
}

/** Reads and parses a CSV file: strict UTF-8 (other encodings and NUL bytes are refused, see text.ts). */
export function readCsv(path: string, displayName: string, required: string[] = []): CsvTable {
  return parseCsv(readTextFile(path, displayName), displayName, required);
}
