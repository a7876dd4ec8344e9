// Checks on CSV rows beyond the typed accessors of formats/csv.ts, shared by the EWP, indicator
// and UCDP loaders: a text value that must be present, and a key (e.g. country-year) that must
// not repeat. Both report file and line, instead of surfacing later as a constraint error.
import { IngestError } from '../errors.ts';
import type { CsvRow } from '../formats/csv.ts';

/** Text that must be present (not empty, not NA). */
export function requiredText(row: CsvRow, column: string): string {
  const v = row.text(column);
  if (v === null) row.fail(column, 'value is missing');
  return v;
}

export class UniqueKeys {
  private readonly seen = new Map<string, number>();

  /** `what` names the key in messages, e.g. `country-year`. */
  constructor(readonly what: string) {}

  /** Records the key of `row`; throws an IngestError when an earlier row had the same key. */
  add(row: CsvRow, ...parts: (string | number | null)[]): void {
    const key = parts.map((p) => String(p)).join(' / ');
    const first = this.seen.get(key);
    if (first !== undefined) {
      throw new IngestError(row.file, row.line, `duplicate ${this.what} "${key}" (first on line ${first})`);
    }
    this.seen.set(key, row.line);
  }
}
