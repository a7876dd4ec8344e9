// The norm's own sense of a phrase (issue 17, item 4): a mention of a norm phrase is a use of the
// norm, or an ordinary use of the same words. For "responsibility to protect" (ICISS 2001; World
// Summit Outcome 2005, paras. 138-139), a mention is the norm's when
//   N1 the words that follow (up to SENSE_WINDOW) name what the norm protects or from what:
//      populations, civilians, the four crimes (genocide, war crimes, ethnic cleansing, crimes
//      against humanity) or mass atrocities; or
//   N2 nothing is protected: the phrase is named as a principle - it ends the text or a clause
//      (punctuation follows), or the next word is a verb, conjunction or preposition, or a noun such
//      as "principle", "concept", "doctrine" ("the responsibility to protect is ...", "the
//      responsibility to protect principle"), or it is preceded by "principle of (the)", "concept
//      of", "Centre for the" and the like;
// otherwise it is an ordinary use: the responsibility to protect something else (the environment,
// our youth, United Nations staff, a people under occupation, its citizens), and the reason names
// the words that follow. Other alternatives of the phrase ("R2P") are always the norm's.
import type { Phrase } from './phrase.ts';
import type { PhraseMatch } from './phrase-match.ts';

/** Words after the phrase searched for what it protects. */
export const SENSE_WINDOW = 6;

export interface SenseRule {
  /** The phrase's words this rule reads. */
  readonly words: readonly string[];
  /** What the norm protects, or protects from (word sequences). */
  readonly normObjects: readonly (readonly string[])[];
  /** Next words showing the phrase is named, not followed by an object. */
  readonly principleNext: ReadonlySet<string>;
  /** Words before the phrase that name it as a principle ("the principle of the", "centre for the"). */
  readonly namedBy: ReadonlySet<string>;
  /** Whence the rule. */
  readonly source: string;
}

export const normSenseRules: readonly SenseRule[] = [
  {
    words: ['responsibility', 'to', 'protect'],
    normObjects: [
      ['populations'],
      ['population'],
      ['civilians'],
      ['civilian'],
      ['genocide'],
      ['war', 'crimes'],
      ['ethnic', 'cleansing'],
      ['crimes', 'against', 'humanity'],
      ['atrocities'],
      ['atrocity'],
      ['mass', 'atrocities'],
    ],
    principleNext: new Set(
      (
        'is are was were be been has have had must should shall will would can could may might does did remains became becomes means requires ' +
        'and or but nor in as at by for with within into on of to than that which who whose whereby if when while because since under ' +
        'principle principles concept concepts doctrine doctrines norm norms agenda framework approach idea notion debate report pillar pillars initiative ' +
        'r2p rtop commission iciss focal focus centre center network jointly also now itself during ' +
        'constituted constitutes underpins provides serves formulated entails emerged implies needs applies calls lies rests began begins offers ' +
        'gives gained gains represents became adopted agreed endorsed enshrined contained set'
      ).split(' '),
    ),
    namedBy: new Set(
      'principle principles concept doctrine norm notion idea centre center network framework pillars pillar report'.split(
        ' ',
      ),
    ),
    source: 'ICISS, The Responsibility to Protect (2001); 2005 World Summit Outcome, paras. 138-139',
  },
];

export interface MentionSense {
  readonly norm: boolean;
  /** N1, N2 (the norm's) or ordinary. */
  readonly rule: 'N1' | 'N2' | 'other alternative' | 'ordinary';
  readonly reason: string;
}

/** The sense rule for a phrase alternative, or undefined. */
export function senseRuleFor(alternative: readonly string[]): SenseRule | undefined {
  return normSenseRules.find(
    (r) => r.words.length === alternative.length && r.words.every((w, i) => w === alternative[i]),
  );
}

/** Whether a phrase has a sense rule for any of its alternatives. */
export function hasSenseRule(phrase: Phrase): boolean {
  return phrase.alternatives.some((a) => senseRuleFor(a) !== undefined);
}

/** Verbs written together with "protect" ("protect and promote human rights"). */
const coordinatedVerbs: ReadonlySet<string> = new Set(
  'promote preserve defend strengthen assist respect fulfil fulfill ensure safeguard support conserve restore enhance uphold serve care nurture secure guarantee maintain sustain manage develop feed help rebuild save'.split(
    ' ',
  ),
);

/** Anything but spaces between two words is punctuation (words are letters and numbers): quotes, commas, dashes. */
const punctuation = /[^\s]/u;

/**
 * The sense of one mention: `words` the document's words, `m` the mention (word positions),
 * `between` the text between the mention's last word and the next word (punctuation there ends
 * the clause).
 */
export function senseOfMention(
  phrase: Phrase,
  words: readonly string[],
  m: PhraseMatch,
  between: string,
): MentionSense {
  const matched = words.slice(m.start, m.end);
  const alternative = phrase.alternatives.find(
    (a) => a.length === matched.length && a.every((w, i) => w === matched[i]),
  );
  const rule = alternative
    ? senseRuleFor(alternative)
    : phrase.alternatives.map(senseRuleFor).find((r) => r !== undefined);
  if (!rule || (alternative && !senseRuleFor(alternative)))
    return { norm: true, rule: 'other alternative', reason: `"${matched.join(' ')}" names the norm` };
  // "protect and promote ...", "protect or defend ...": the object follows the coordinated verbs
  let from = m.end;
  while ((words[from] === 'and' || words[from] === 'or') && coordinatedVerbs.has(words[from + 1])) from += 2;
  const after = words.slice(from, from + SENSE_WINDOW);
  for (let i = 0; i < after.length; i++) {
    for (const o of rule.normObjects) {
      if (o.every((w, k) => after[i + k] === w)) return { norm: true, rule: 'N1', reason: `protects ${o.join(' ')}` };
    }
  }
  if (after.length === 0 || (from === m.end && punctuation.test(between)))
    return { norm: true, rule: 'N2', reason: 'named as a principle (the clause ends)' };
  // "the principle of (the) responsibility to protect", "the Global Centre for the Responsibility to Protect"
  let p = m.start - 1;
  if (words[p] === 'the') p--;
  if ((words[p] === 'of' || words[p] === 'for' || words[p] === 'on') && rule.namedBy.has(words[p - 1])) {
    return { norm: true, rule: 'N2', reason: `named as a principle ("${words[p - 1]} ${words[p]}" precedes)` };
  }
  if (rule.principleNext.has(after[0]))
    return { norm: true, rule: 'N2', reason: `named as a principle ("${after[0]}" follows)` };
  return { norm: false, rule: 'ordinary', reason: `protects something else: "${after.slice(0, 4).join(' ')}"` };
}
