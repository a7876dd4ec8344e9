// Spelling variants of a phrase (issue 17, `--variants`): the forms a researcher means by one
// phrase that the exact matcher counts apart. Per alternative of the phrase:
//   - compounds: two adjacent words written as one ("peace keeping" -> "peacekeeping"), and one
//     word split after a compounding first element of COMPOUND_HEADS ("peacekeeping" -> "peace
//     keeping", "noninterference" -> "non interference"). Hyphen and space need no variant: the token
//     rule reads "peace-keeping" and "peace keeping" as the same two words;
//   - number: the last word in the singular and the plural (regular English rules and a short
//     table of irregular nouns): "humanitarian intervention" <-> "humanitarian interventions".
// Variants are candidates: the caller counts them in the corpus and reports those that occur.
import { type Phrase, phraseLabel } from './phrase.ts';

/** First elements after which a closed compound may be split (at least 4 letters must follow). */
export const COMPOUND_HEADS: readonly string[] = [
  'anti',
  'cease',
  'co',
  'counter',
  'cross',
  'inter',
  'multi',
  'nation',
  'non',
  'peace',
  'post',
  'pre',
  'self',
  'semi',
  'socio',
  'state',
  'sub',
  'trans',
];

const irregular: Readonly<Record<string, string>> = {
  child: 'children',
  woman: 'women',
  man: 'men',
  crisis: 'crises',
  analysis: 'analyses',
  basis: 'bases',
  criterion: 'criteria',
  phenomenon: 'phenomena',
};
const irregularSingular: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(irregular).map(([s, p]) => [p, s]),
);

const vowel = (c: string) => 'aeiou'.includes(c);

/** The other grammatical number of an English noun (regular rules), or null for a non-letter word. */
export function otherNumber(word: string): string[] {
  if (!/^\p{L}+$/u.test(word) || word.length < 3) return [];
  if (irregular[word]) return [irregular[word]];
  if (irregularSingular[word]) return [irregularSingular[word]];
  const out: string[] = [];
  if (word.endsWith('ies') && word.length > 4) out.push(`${word.slice(0, -3)}y`);
  else if (/(ss|x|z|ch|sh)es$/.test(word)) out.push(word.slice(0, -2));
  else if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) out.push(word.slice(0, -1));
  if (out.length === 0) {
    // singular -> plural
    if (word.endsWith('y') && !vowel(word[word.length - 2])) out.push(`${word.slice(0, -1)}ies`);
    else if (/(s|x|z|ch|sh)$/.test(word)) out.push(`${word}es`);
    else out.push(`${word}s`);
  }
  return out;
}

export type VariantKind = 'plural or singular' | 'closed compound' | 'open compound';

export interface PhraseVariant {
  /** The variant's words (token rule). */
  readonly words: readonly string[];
  /** The variant written out ("humanitarian interventions"). */
  readonly text: string;
  /** How it differs from the alternative it comes from (the last step, for a combined variant). */
  readonly kind: VariantKind;
}

function compoundForms(words: readonly string[]): { words: string[]; kind: VariantKind }[] {
  const out: { words: string[]; kind: VariantKind }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (/^\p{L}+$/u.test(words[i]) && /^\p{L}+$/u.test(words[i + 1]))
      out.push({
        words: [...words.slice(0, i), words[i] + words[i + 1], ...words.slice(i + 2)],
        kind: 'closed compound',
      });
  }
  words.forEach((w, i) => {
    for (const head of COMPOUND_HEADS) {
      if (w.startsWith(head) && w.length - head.length >= 4 && /^\p{L}+$/u.test(w)) {
        out.push({
          words: [...words.slice(0, i), head, w.slice(head.length), ...words.slice(i + 1)],
          kind: 'open compound',
        });
      }
    }
  });
  return out;
}

/** Alternatives longer than this get no variants, and at most MAX_VARIANTS are made (each is a query). */
export const MAX_VARIANT_WORDS = 8;
export const MAX_VARIANTS = 48;

/** The variants of a phrase (its own alternatives excluded), in a stable order. */
export function phraseVariants(phrase: Phrase): PhraseVariant[] {
  const own = new Set(phrase.alternatives.map((a) => a.join(' ')));
  const seen = new Set(own);
  const out: PhraseVariant[] = [];
  const add = (words: string[], kind: VariantKind) => {
    const key = words.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ words, text: key, kind });
  };
  for (const alt of phrase.alternatives) {
    if (alt.length > MAX_VARIANT_WORDS) continue;
    const forms = [{ words: [...alt], kind: null as VariantKind | null }, ...compoundForms(alt)];
    for (const f of forms) {
      if (f.kind) add(f.words, f.kind);
      const last = f.words[f.words.length - 1];
      for (const other of otherNumber(last)) add([...f.words.slice(0, -1), other], 'plural or singular');
    }
  }
  return out.slice(0, MAX_VARIANTS);
}

/** The phrase with its variants as further alternatives (what `--variants` counts). */
export function withVariants(phrase: Phrase, variants: readonly PhraseVariant[] = phraseVariants(phrase)): Phrase {
  return { text: phrase.text, alternatives: [...phrase.alternatives, ...variants.map((v) => v.words)] };
}

/** A one-alternative phrase for a variant (to count it alone). */
export function variantPhrase(v: PhraseVariant): Phrase {
  return { text: v.text, alternatives: [v.words] };
}

export { phraseLabel };
