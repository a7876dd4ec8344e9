// Decoding of upstream text files (CSV, HTML, plain text): strict UTF-8 only. A UTF-16/UTF-32 file
// (byte-order mark), bytes that are not UTF-8 (e.g. Latin-1 `é` as 0xE9) and NUL bytes (a binary
// or UTF-16 file without a mark) are IngestErrors naming the file and the line, never replaced
// silently by U+FFFD. A leading UTF-8 byte-order mark is dropped.
import { readFileSync } from 'node:fs';
import { IngestError } from '../errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }); // ignoreBOM false: a leading BOM is dropped

/** Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line of byte offset `at`. */
function lineAt(b: Uint8Array, at: number): number {
  let line = 1;
  for (let k = 0; k < at; k++) if (b[k] === 0x0a) line++;
  return line;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Why `b` is not acceptable UTF-8 text, with the line, or null when it is. */
export function utf8Problem(b: Uint8Array): { line: number | undefined; reason: string } | null {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    return {
      line: 1,
      reason: `is UTF-16 or UTF-32 text (byte-order mark ${hex(b[0])} ${hex(b[1])}), not UTF-8: convert it to UTF-8`,
    };
  }
  const nul = b.indexOf(0);
  if (nul >= 0)
    return {
      line: lineAt(b, nul),
      reason: `contains a NUL byte at offset ${nul}: not a text file (or UTF-16 without a byte-order mark)`,
    };
  const at = firstInvalidUtf8(b);
  if (at >= 0)
    return {
      line: lineAt(b, at),
      reason: `not valid UTF-8: byte ${hex(b[at])} at offset ${at} (Latin-1 or another encoding?)`,
    };
  return null;
}

/** Decodes UTF-8 bytes of `file` (named in errors); see the module comment for what is refused. */
export function decodeUtf8Text(b: Uint8Array, file: string): string {
  const problem = utf8Problem(b);
  if (problem) throw new IngestError(file, problem.line, problem.reason);
  return decoder.decode(b);
}

/** Reads a text file (see decodeUtf8Text); `displayName` names it in errors. */
export function readTextFile(path: string, displayName: string): string {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (e) {
    throw new IngestError(displayName, undefined, `cannot read file: ${(e as Error).message}`);
  }
  return decodeUtf8Text(data, displayName);
}
