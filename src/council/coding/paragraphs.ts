// Splits the text of a Security Council resolution into its paragraphs (blocks separated by a
// blank line, as in the CR-UNSC texts) and tells preambular from operative ones, keeping every
// paragraph's character offsets in the stored text so that evidence can point into it.
// A paragraph is:
//  - `operative` when it starts with a number ("1.", OCR "S." for "5.") or a letter item
//    ("(a)"), or with a verb in the third person ("Decides", "Strongly condemns") - the form of
//    operative paragraphs in the unnumbered resolutions of the early years and, after "The
//    (Security) Council", of presidential statements;
//  - `preambular` when it starts with a participle or adjective ("Recalling", "Deeply
//    concerned", "Mindful");
//  - `record` from "Adopted at ..." / "Adopted unanimously ..." on (vote and footnotes); the
//    dateline that opens many 1992-1994 texts ("Adopted by the Security Council at its 3343rd
//    meeting, on 4 March 1994") is a heading, not the record;
//  - `heading` otherwise ("Resolution 678 (1990)", "[S/1501]", "The Security Council,", "A").
import { normalise, type NormalisedText } from './normalise.ts';

export type ParagraphKind = 'heading' | 'preambular' | 'operative' | 'record';

export interface Paragraph {
  /** 1-based position among the paragraphs of the text. */
  index: number;
  kind: ParagraphKind;
  /** Offsets in the stored text: [start, end). */
  start: number;
  end: number;
  /** The paragraph normalised for matching (see normalise.ts), with a map back to offsets. */
  norm: NormalisedText;
}

const numbered = /^(?:\d{1,2}|[sli])\s?[.,]\s|^\((?:[a-z]{1,4}|\d)\)\s|^[ivx]{1,4}\.\s/;
const adverbs =
  /^(?:(?:further|also|strongly|urgently|solemnly|once again|again|firmly|vigorously|hereby|emphatically|deeply|gravely|finally|earnestly|most|formally|unanimously|categorically|expressly|therefore|accordingly|resolutely|reiterates and|urgently and solemnly|now)\s+)+/;
const preambleWord =
  /^(?:[a-z-]+ing|having|deeply|gravely|seriously|profoundly|greatly|mindful|concerned|convinced|aware|conscious|alarmed|determined|desirous|anxious|appalled|disturbed|shocked|dismayed|indignant|believing|bearing|cognizant|cognisant|fully|noting|taking|recognizing|considering|emphasizing|also|further|reaffirming|expressing|welcoming|acting|guided|encouraged|satisfied|distressed|grieved|recalling|keenly|sharing|underlining|stressing|aware|commending|regretting|deploring|reiterating|affirming)\b/;

/** The dateline the 1992-1994 texts put first: "Adopted by the Security Council at its 3343rd meeting, on 4 March 1994". */
const dateline = /^adopted by the security council at its \S+ meeting,? on \d{1,2} [a-z]+ \d{4},?\s*/;

function kindOf(whole: string): ParagraphKind {
  if (dateline.test(whole)) {
    const rest = whole.replace(dateline, '');
    return rest === '' ? 'heading' : kindOf(rest);
  }
  if (/^adopted\b/.test(whole)) return 'record';
  // "The Security Council, Having considered ..." on one block: the clause decides; so in a
  // presidential statement, whose paragraphs open (in quotes) "The Security Council condemns ...",
  // "The Council stands ready ..."
  const norm = whole.replace(/^"?the (?:security )?council,?\s*/, '');
  if (norm === '') return 'heading';
  if (numbered.test(norm)) return 'operative';
  const words = norm.replace(adverbs, '');
  const first = /^[a-z'-]+/.exec(words)?.[0] ?? '';
  if (preambleWord.test(words)) return 'preambular';
  if (
    /^[a-z]{3,}s$/.test(first) &&
    !/^(?:resolutions?|recommendations|members|states|this|thus|is|was|has|as)$/.test(first)
  )
    return 'operative';
  return 'heading';
}

/** The paragraphs of a resolution text, in order; everything after the first record paragraph is `record`. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const block = /\S[\s\S]*?(?=\n[ \t\r\f\v]*\n|$)/g;
  let afterRecord = false;
  for (let m = block.exec(text); m; m = block.exec(text)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    const norm = normalise(text, start, end);
    let kind = kindOf(norm.text);
    // Multi-part resolutions (A, B) carry a vote after each part: a new part ("B", then "The
    // Security Council,") ends the record; footnotes only follow the last part.
    if (kind === 'record') afterRecord = true;
    else if (afterRecord) {
      if (/^the security council\b/.test(norm.text)) afterRecord = false;
      else kind = /^[a-z]$/.test(norm.text) ? 'heading' : 'record';
    }
    out.push({ index: out.length + 1, kind, start, end, norm });
  }
  return out;
}
