// The text of a speech as the corpus stores it: strict UTF-8, a leading byte-order mark removed,
// everything else verbatim (line breaks, spacing, spelling and OCR errors are kept as they are).

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

/** Decodes a speech file; throws an Error saying where the first invalid byte is. */
export function speechText(body: Uint8Array): string {
  try {
    return decoder.decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    let line = 1;
    for (let k = 0; k < at; k++) if (body[k] === 0x0a) line++;
    const byte = at >= 0 ? ` (byte 0x${body[at].toString(16).toUpperCase().padStart(2, '0')} at offset ${at}, line ${line})` : '';
    throw new Error(`not valid UTF-8${byte}`);
  }
}
