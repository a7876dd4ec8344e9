// Repairs UTF-8 text that was once decoded as Windows-1252 and re-encoded (mojibake such as "â€™"
// for "’" or "Ã±" for "ñ"), as found in a few cells of the meetings tables. Only runs that decode
// to valid UTF-8 are replaced; everything else is left as it is.

/** Windows-1252 characters in 0x80-0x9F, by byte value. */
const cp1252High: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** The byte a character stood for in Windows-1252 (or Latin-1 for C1 controls), or undefined. */
function byteOf(ch: string): number | undefined {
  const c = ch.codePointAt(0)!;
  if (c < 0x100) return c;
  return cp1252High[c];
}

const continuation = String.raw`[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]`;
const run = new RegExp(
  `[\\u00c2-\\u00df]${continuation}|[\\u00e0-\\u00ef]${continuation}{2}|[\\u00f0-\\u00f4]${continuation}{3}`,
  'g',
);
const decoder = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(text: string): string {
  return text.replace(run, (m) => {
    const bytes = [...m].map(byteOf);
    if (bytes.some((b) => b === undefined)) return m;
    try {
      return decoder.decode(Uint8Array.from(bytes as number[]));
    } catch {
      return m;
    }
  });
}
