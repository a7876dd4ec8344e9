// Decoding of tar header blocks (POSIX ustar with its `prefix` field, GNU and old V7 headers),
// pax extended-header records, and the safety rule for entry names (no absolute paths, no `..`).
// Layout as in POSIX.1-2001 `pax` "ustar Interchange Format" and GNU tar's documentation.

export const BLOCK = 512;

export interface RawHeader {
  name: string;
  size: number;
  /** The typeflag character; `'0'` for a NUL typeflag (old regular files). */
  type: string;
  linkname: string;
}

/** Text of a NUL-terminated (or full-width) header field, decoded as UTF-8. */
function text(block: Buffer, start: number, length: number): string {
  const end = block.indexOf(0, start);
  return block.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}

/** A numeric header field: octal digits (NUL/space padded), or GNU base-256 when the high bit is set. */
function numeric(block: Buffer, start: number, length: number, field: string): number {
  if (block[start] & 0x80) {
    if (block[start] === 0xff) throw new Error(`negative ${field} in base-256 encoding`);
    let v = block[start] & 0x7f;
    for (let i = start + 1; i < start + length; i++) v = v * 256 + block[i];
    if (!Number.isSafeInteger(v)) throw new Error(`${field} too large`);
    return v;
  }
  const s = block.toString('latin1', start, start + length).replace(/[\0 ]+$/, '').replace(/^[ ]+/, '');
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) throw new Error(`${field} field is not an octal number: "${s.replace(/\0/g, '\\0')}"`);
  return parseInt(s, 8);
}

export function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}

/** Decodes a header block; throws an Error (with a reason) when the checksum or a field is bad. */
export function parseHeader(block: Buffer): RawHeader {
  const stored = numeric(block, 148, 8, 'checksum');
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  if (stored !== unsigned && stored !== signed) throw new Error('header checksum mismatch (not a tar archive, or corrupt)');
  const magic = block.toString('latin1', 257, 263);
  let name = text(block, 0, 100);
  // POSIX ustar ("ustar\0") keeps a path prefix in bytes 345-500; GNU ("ustar  \0") uses them otherwise.
  if (magic === 'ustar\0') {
    const prefix = text(block, 345, 155);
    if (prefix) name = `${prefix}/${name}`;
  }
  const flag = block.toString('latin1', 156, 157);
  return {
    name,
    size: numeric(block, 124, 12, 'size'),
    type: flag === '\0' ? '0' : flag,
    linkname: text(block, 157, 100),
  };
}

/** Parses the records of a pax extended header body (`LEN key=value\n`, LEN counting bytes). */
export function parsePax(body: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    if (body[i] === 0) break; // NUL padding after the last record
    const space = body.indexOf(0x20, i);
    if (space === -1) throw new Error('malformed pax record (no length)');
    const lenText = body.toString('latin1', i, space);
    if (!/^\d+$/.test(lenText)) throw new Error(`malformed pax record length "${lenText}"`);
    const len = Number(lenText);
    const end = i + len;
    if (len <= space - i + 1 || end > body.length || body[end - 1] !== 0x0a) throw new Error('malformed pax record (bad length)');
    const record = body.toString('utf8', space + 1, end - 1);
    const eq = record.indexOf('=');
    if (eq <= 0) throw new Error('malformed pax record (no key)');
    out.set(record.slice(0, eq), record.slice(eq + 1));
    i = end;
  }
  return out;
}

/** Why an entry name is unsafe to honour (absolute, or climbing out with `..`), or null when it is safe. */
export function unsafeNameReason(name: string): string | null {
  if (name === '') return 'empty entry name';
  if (name.includes('\0')) return 'entry name contains a NUL character';
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return 'absolute entry name';
  if (name.split(/[/\\]/).includes('..')) return 'entry name contains a ".." segment';
  return null;
}
