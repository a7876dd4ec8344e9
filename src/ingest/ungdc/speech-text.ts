// The text of a speech as the corpus stores it: strict UTF-8, a leading byte-order mark removed,
// everything else verbatim (line breaks, spacing, spelling and OCR errors are kept as they are).

import { firstInvalidUtf8 } from '../formats/text.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }); // ignoreBOM false: a leading BOM is dropped

/** Decodes a speech file; throws an Error saying where the first invalid byte is. */
export function speechText(body: Uint8Array): string {
  try {
    return decoder.decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    let line = 1;
    for (let k = 0; k < at; k++) if (body[k] === 0x0a) line++;
    const byte =
      at >= 0 ? ` (byte 0x${body[at].toString(16).toUpperCase().padStart(2, '0')} at offset ${at}, line ${line})` : '';
    throw new Error(`not valid UTF-8${byte}`);
  }
}
