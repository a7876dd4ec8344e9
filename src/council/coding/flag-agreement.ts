// The resolution coder on the UN's XML paragraphs (2000-2026), and its agreement with the
// Library's `chapter_VII` flag (issue 14, item 6; DOMAIN.md section 5 "Chapter VII"): the coder
// reads a text made of the document's paragraphs, one block each, the operative ones with their
// number ("4. Reaffirms ..."), so that its paragraph n is the document's paragraph n - 1
// (CouncilParagraph.index). The agreement is counted over the resolutions that have both a text
// and a flag (the Library marks some "N.A.": no flag); every disagreement is listed with the
// coder's evidence and, where it has been read, the judgement (chapter-vii-judgements.ts). Pure.
import type { CouncilDocument, CouncilParagraph } from '../document.ts';
import { chapterViiJudgements, type Judgement } from './chapter-vii-judgements.ts';
import { type CodedResolution, codeResolution } from './code-resolution.ts';

/** The text the coder reads for a document: its paragraphs separated by blank lines, operative ones numbered. */
export function coderText(paragraphs: readonly Pick<CouncilParagraph, 'number' | 'text'>[]): string {
  return paragraphs.map((p) => (p.number ? `${p.number.replace(/\.$/, '')}. ${p.text}` : p.text)).join('\n\n');
}

/** Codes a 2000-2026 document from its paragraphs. Evidence paragraph n (1-based) is the document's paragraph index n - 1. */
export function codeDocument(doc: Pick<CouncilDocument, 'paragraphs'>): CodedResolution {
  return codeResolution(coderText(doc.paragraphs));
}

export interface FlagDisagreement {
  symbol: string;
  flag: boolean;
  coded: boolean;
  /** The coder's first evidence: paragraph index in the document, and the phrase. */
  paragraph: number | null;
  phrase: string | null;
  judgement: Judgement | null;
}

export interface FlagAgreement {
  /** Resolutions with a text. */
  resolutions: number;
  /** Of them, with a Library flag (true or false). */
  compared: number;
  agree: number;
  rate: number;
  /** Flag true, coder true / flag false, coder false / flag only / coder only. */
  both: number;
  neither: number;
  flagOnly: number;
  coderOnly: number;
  withoutFlag: string[];
  disagreements: FlagDisagreement[];
  /** Disagreements judged: where the coder reads the text right, where the flag is right. */
  textRight: number;
  flagRight: number;
  unjudged: number;
}

export function chapterViiAgreement(
  docs: readonly Pick<CouncilDocument, 'symbol' | 'kind' | 'chapterVIIFlag' | 'paragraphs'>[],
): FlagAgreement {
  const rs = docs.filter((d) => d.kind === 'resolution' && d.paragraphs.length > 0);
  const withoutFlag = rs.filter((d) => d.chapterVIIFlag === null).map((d) => d.symbol);
  const disagreements: FlagDisagreement[] = [];
  let both = 0;
  let neither = 0;
  for (const d of rs) {
    if (d.chapterVIIFlag === null) continue;
    const c = codeDocument(d);
    if (c.chapterVII === d.chapterVIIFlag) {
      if (c.chapterVII) both++;
      else neither++;
      continue;
    }
    const e = c.evidence.chapterVII[0];
    disagreements.push({
      symbol: d.symbol,
      flag: d.chapterVIIFlag,
      coded: c.chapterVII,
      paragraph: e ? e.paragraph - 1 : null,
      phrase: e?.phrase ?? null,
      judgement: chapterViiJudgements[d.symbol] ?? null,
    });
  }
  const compared = rs.length - withoutFlag.length;
  const agree = both + neither;
  return {
    resolutions: rs.length,
    compared,
    agree,
    rate: compared ? agree / compared : 0,
    both,
    neither,
    flagOnly: disagreements.filter((x) => x.flag).length,
    coderOnly: disagreements.filter((x) => x.coded).length,
    withoutFlag,
    disagreements,
    textRight: disagreements.filter((x) => x.judgement?.right === 'coder').length,
    flagRight: disagreements.filter((x) => x.judgement?.right === 'flag').length,
    unjudged: disagreements.filter((x) => !x.judgement).length,
  };
}
