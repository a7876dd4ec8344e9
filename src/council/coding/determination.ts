// Codes `determination`: the gravest determination under Art. 39 that the text asserts, in the
// Charter's rising order of gravity: "threat" (to the peace), "breach" (of the peace),
// "aggression" (act of aggression); "none" when it asserts none. Asserted: "Determining that ...
// constitutes a threat", "Reaffirming its determination", "Concerned that the continuation ...
// constitutes a threat", consequences that "threaten international peace and security in the
// region", "Condemns ... acts of aggression". Not asserted: conditional or Chapter VI language
// ("would demonstrate the existence of a breach", "likely to endanger", "could constitute a
// threat"), what others allege ("the complaint of ... aggression"), the Definition of Aggression,
// and calls to refrain from aggression; "acts of aggression" in the plural (a condemnation or
// recognition of a state's conduct, res. 418: "its persistent acts of aggression against the
// neighbouring States seriously disturb the security of those States") unless the Council
// determines them to be so (issue 14: res. 418 determines a threat, not aggression). A breach of a cease-fire, truce or obligation is not a
// breach of the peace; a threat to a state's security without the peace is not a threat to the
// peace.
import { type Evidence, type Hit, scan, toEvidence } from './evidence.ts';
import type { Paragraph } from './paragraphs.ts';

export type Determination = 'aggression' | 'breach' | 'threat' | 'none';
/** From gravest to least grave (Art. 39). */
export const determinationsByGravity: readonly Determination[] = ['aggression', 'breach', 'threat', 'none'];

export interface DeterminationCoding {
  value: Determination;
  /** Evidence for the value given (the gravest found). */
  evidence: Evidence[];
}

const patterns: Record<Exclude<Determination, 'none'>, RegExp> = {
  aggression: /\baggression\b/,
  breach: /\bbreach(?:es)? of (?:the |international |world )?peace\b/,
  threat:
    /\b(?:threats? to (?:the )?(?:maintenance of )?(?:international |regional |world )?(?:peace|the peace)\b|threaten(?:s|ed|ing)? (?:the )?(?:maintenance of )?(?:international |regional |world )?peace\b|menaces? (?:to )?(?:the )?(?:international )?peace\b)/,
};

const conditional =
  /\b(?:would|could|might|may|likely|if|unless|potential(?:ly)?|in the event|capable of|liable to|tends? to|whether|any situation)\b/;
const nearConditional =
  /\b(?:dangers? of|risks? of|lead to|prevent\w*|avoid\w*|forestall\w*|eliminat\w*|remov\w*|suppress\w*|combat\w*)\b[^,;]*$/;
const reported =
  /\b(?:alleg\w*|complain\w*|claim\w*|charges?|accus\w*|letters?|communications?|communiqu\w*|telegrams?|statements? (?:by|of)|reports? (?:by|of) (?:the )?(?:government|delegation))\b/;
const notAssertedAggression =
  /\b(?:definition of aggression|refrain\w* from|against aggression|any (?:act of )?aggression|threats? of (?:such )?aggression|resist(?:ing)? aggression)\b/;

function asserted(kind: Exclude<Determination, 'none'>, h: Hit): boolean {
  const before = h.clauseBefore;
  if (conditional.test(before) || nearConditional.test(before.slice(-60)) || reported.test(before)) return false;
  const after = h.paragraph.norm.text
    .slice(h.match.index + h.match[0].length)
    .split(/[;:]/)[0]
    .slice(0, 120);
  if (/\b(?:would|could|might)\b/.test(after)) return false;
  if (kind === 'aggression' && notAssertedAggression.test(`${before.slice(-40)}${h.match[0]}`)) return false;
  if (kind === 'aggression' && /\bacts of (?:[a-z]+ )?$/.test(before.slice(-30)) && !/\bdetermin\w*\b/.test(before))
    return false;
  return true;
}

export function codeDetermination(source: string, paragraphs: readonly Paragraph[]): DeterminationCoding {
  for (const kind of ['aggression', 'breach', 'threat'] as const) {
    const hits = scan(paragraphs, ['preambular', 'operative'], patterns[kind], (h) => asserted(kind, h));
    if (hits.length > 0) return { value: kind, evidence: hits.map((h) => toEvidence(source, h)) };
  }
  return { value: 'none', evidence: [] };
}
