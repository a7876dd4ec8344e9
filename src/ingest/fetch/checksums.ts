// Loader of checksums.json: the SHA-256 and size of every published upstream file, by its path in
// the data-directory layout, computed once from the read-only copy in ../shared/data (see
// SOURCES.md there). A fetched file is accepted only when it has exactly this size and hash.
// The file is data, not code: a JSON array with one `{"path", "size", "sha256"}` object per line,
// sorted by path, so that two branches adding files merge line by line. A malformed line fails
// with the file, the line and the field. Paths may hold spaces and parentheses (the UN XML
// layout: "Not adopted/English", "S_RES_2514 (2020)-2003919E.xml").
import { readFileSync } from 'node:fs';

export interface Checksum {
  /** Data-directory path, e.g. `unsc/vetoes_1946_sept2022.csv`. */
  path: string;
  /** Size in bytes. */
  size: number;
  /** SHA-256, lowercase hex. */
  sha256: string;
}

export const CHECKSUMS_FILE = 'src/ingest/fetch/checksums.json';

/** Parses the text of checksums.json; `file` names it in errors. */
export function parseChecksums(text: string, file = CHECKSUMS_FILE): Checksum[] {
  const lines = text.split('\n');
  const fail = (line: number, reason: string): never => {
    throw new Error(`${file}:${line}: ${reason}`);
  };
  if (lines[0] !== '[') fail(1, 'expected "[" alone on the first line');
  const rows: Checksum[] = [];
  let closed = false;
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    const body = raw.trim();
    if (closed) {
      if (body !== '') fail(line, 'text after the closing "]"');
      return;
    }
    if (body === ']') {
      closed = true;
      return;
    }
    let row: Partial<Record<keyof Checksum, unknown>>;
    try {
      row = JSON.parse(body.replace(/,$/, ''));
    } catch {
      return fail(line, 'not one JSON object per line ({"path": ..., "size": ..., "sha256": ...})');
    }
    const { path, size, sha256 } = row;
    if (typeof path !== 'string' || !/^[a-z]+\/[A-Za-z0-9_.\-/ ()]+$/.test(path) || path.split('/').includes('..'))
      fail(line, `path: not a data-directory path: ${JSON.stringify(path)}`);
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= 0)
      fail(line, `size: not a positive whole number of bytes: ${JSON.stringify(size)}`);
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))
      fail(line, `sha256: not 64 lowercase hex digits: ${JSON.stringify(sha256)}`);
    const previous = rows.at(-1)?.path;
    if (previous !== undefined && !(previous < (path as string)))
      fail(line, `path: ${path} is not after ${previous} (keep the lines sorted by path, each path once)`);
    const next = lines[i + 2]?.trim();
    if (!body.endsWith(',') && next !== undefined && next !== ']') fail(line, 'missing "," at the end of the line');
    if (body.endsWith(',') && next === ']') fail(line, 'a "," after the last entry (not JSON)');
    rows.push({ path: path as string, size: size as number, sha256: sha256 as string });
  });
  if (!closed) fail(lines.length, 'missing the closing "]"');
  return rows;
}

/** Every published upstream file's size and SHA-256, as checksums.json holds them. */
export const checksums: readonly Checksum[] = parseChecksums(
  readFileSync(new URL('./checksums.json', import.meta.url), 'utf8'),
);
