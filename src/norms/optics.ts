// Krause's three optics, read paragraph by paragraph with the lexicon (optics-lexicon.ts). Every
// lexicon phrase found in a paragraph (leftmost-longest over the whole lexicon, neutral phrases
// included) is a hit for its optic and question; an optic's score is its number of hits. The
// decision rule (DECISION_RULE_VERSION 2), applied in order:
//   R1 no hit: none;
//   R2 the best score is 1 and that hit only names a referent or a value (a passing "children",
//      "human rights", "sovereign equality"), not a threat or a means: none;
//   R3 one optic has the best score: that optic;
//   R4 a tie on score: the tied optic that answers more of the four questions; if still tied,
//      the one that names a threat;
//   R5 still tied: none (undecided).
// Version 1 (score of at least 2 required) was replaced by version 2 after reading the errors on
// the development half of the labelled sample; see docs/norms.md for both evaluations.
import { type Optic, type OpticsLexicon, optics, opticsLexicon, type Question } from './optics-lexicon.ts';
import { type Paragraph, paragraphs } from './paragraphs.ts';
import { parsePhrase } from './phrase.ts';
import { type MatchableStream, matchable, matchAt, type PhraseMatch, selectMentions } from './phrase-match.ts';
import { type TokenStream, tokenize } from './tokens.ts';

export type OpticLabel = Optic | 'none';
export const opticLabels: readonly OpticLabel[] = ['stability', 'order', 'justice', 'none'];

export const DECISION_RULE_VERSION = 2;

export type OpticScores = Record<Optic, number>;

/** A lexicon phrase found in a paragraph. */
export interface OpticHit extends PhraseMatch {
  readonly optic: Optic;
  readonly question: Question;
  /** The lexicon entry (a Phrase, as written in the lexicon). */
  readonly entry: string;
  /** The words of the text that matched, folded. */
  readonly words: string;
}

export type DecisionRule = 'R1' | 'R2' | 'R3' | 'R4' | 'R5';

export const decisionRules: Readonly<Record<DecisionRule, string>> = {
  R1: 'no lexicon phrase: none',
  R2: 'a single hit that names only a referent or a value: none',
  R3: 'one optic has the best score',
  R4: 'tie on score, broken by the number of questions answered, then by naming a threat',
  R5: 'tie on score and questions: none (undecided)',
};

export interface OpticReading {
  readonly scores: OpticScores;
  /** The questions each optic's hits answer (distinct, in the order threat, referent, value, means). */
  readonly questions: Readonly<Record<Optic, readonly Question[]>>;
  readonly hits: readonly OpticHit[];
  readonly optic: OpticLabel;
  readonly rule: DecisionRule;
}

export interface ParagraphOptics extends OpticReading {
  readonly paragraph: Paragraph;
  /** Words of the paragraph (token rule). */
  readonly words: number;
  /** Token range of the paragraph in the document's token stream. */
  readonly firstWord: number;
  readonly endWord: number;
}

interface CompiledEntry {
  readonly words: readonly string[];
  readonly entry: string;
  readonly optic: Optic | null;
  readonly question: Question | null;
}

type Candidate = PhraseMatch & { readonly compiled: CompiledEntry };

/** A lexicon compiled for matching: its alternatives by first word. */
export interface CompiledLexicon {
  readonly byFirstWord: ReadonlyMap<string, readonly CompiledEntry[]>;
}

export function compileLexicon(lexicon: OpticsLexicon): CompiledLexicon {
  const byFirstWord = new Map<string, CompiledEntry[]>();
  const add = (entry: string, optic: Optic | null, question: Question | null) => {
    for (const alt of parsePhrase(entry).alternatives) {
      const list = byFirstWord.get(alt[0]) ?? [];
      list.push({ words: alt, entry, optic, question });
      byFirstWord.set(alt[0], list);
    }
  };
  for (const e of lexicon.neutral) add(e, null, null);
  for (const optic of optics) {
    for (const [question, entries] of Object.entries(lexicon.entries[optic]) as [Question, readonly string[]][]) {
      for (const e of entries) add(e, optic, question);
    }
  }
  return { byFirstWord };
}

let compiledDefault: CompiledLexicon | undefined;
/** Concord's lexicon compiled on first use (issue 18: loading this module compiles nothing). */
const defaultLexicon = (): CompiledLexicon => (compiledDefault ??= compileLexicon(opticsLexicon));

/** Lexicon hits in words [from, to) of a stream (leftmost-longest; neutral phrases dropped). */
export function lexiconHits(
  s: MatchableStream,
  from: number,
  to: number,
  lexicon: CompiledLexicon = defaultLexicon(),
): OpticHit[] {
  const candidates: Candidate[] = [];
  for (let p = from; p < to; p++) {
    const firsts = [s.words[p]];
    if (s.joins[p] === 1 && p + 1 < to) firsts.push(s.words[p] + s.words[p + 1]);
    for (const first of firsts) {
      const entries = lexicon.byFirstWord.get(first);
      if (!entries) continue;
      for (const compiled of entries) {
        const end = matchAt(s, compiled.words, p, to);
        if (end >= 0) candidates.push({ start: p, end, compiled });
      }
    }
  }
  const hits: OpticHit[] = [];
  for (const c of selectMentions(candidates)) {
    if (c.compiled.optic === null || c.compiled.question === null) continue;
    hits.push({
      start: c.start,
      end: c.end,
      optic: c.compiled.optic,
      question: c.compiled.question,
      entry: c.compiled.entry,
      words: s.words.slice(c.start, c.end).join(' '),
    });
  }
  return hits;
}

const questionOrder: readonly Question[] = ['threat', 'referent', 'value', 'means'];

/** Scores, questions answered and the label, from a paragraph's hits (rules R1-R5). */
export function decideOptic(hits: readonly OpticHit[]): OpticReading {
  const scores: OpticScores = { stability: 0, order: 0, justice: 0 };
  const answered: Record<Optic, Set<Question>> = { stability: new Set(), order: new Set(), justice: new Set() };
  for (const h of hits) {
    scores[h.optic]++;
    answered[h.optic].add(h.question);
  }
  const questions = Object.fromEntries(
    optics.map((o) => [o, questionOrder.filter((q) => answered[o].has(q))]),
  ) as Record<Optic, Question[]>;
  const reading = (optic: OpticLabel, rule: DecisionRule): OpticReading => ({ scores, questions, hits, optic, rule });
  if (hits.length === 0) return reading('none', 'R1');
  const best = Math.max(...optics.map((o) => scores[o]));
  const top = optics.filter((o) => scores[o] === best);
  const namesThreatOrMeans = (o: Optic) => questions[o].includes('threat') || questions[o].includes('means');
  if (best === 1 && !top.some(namesThreatOrMeans)) return reading('none', 'R2');
  if (top.length === 1) return reading(top[0], 'R3');
  const most = Math.max(...top.map((o) => questions[o].length));
  const byQuestions = top.filter((o) => questions[o].length === most);
  if (byQuestions.length === 1) return reading(byQuestions[0], 'R4');
  const withThreat = byQuestions.filter((o) => questions[o].includes('threat'));
  if (withThreat.length === 1) return reading(withThreat[0], 'R4');
  return reading('none', 'R5');
}

/** Token range [firstWord, endWord) of each paragraph: the words that start inside it. */
export function paragraphWordRanges(
  tokens: Pick<TokenStream, 'starts'>,
  paras: readonly Paragraph[],
): [number, number][] {
  const out: [number, number][] = [];
  let w = 0;
  for (const p of paras) {
    while (w < tokens.starts.length && tokens.starts[w] < p.start) w++;
    const first = w;
    while (w < tokens.starts.length && tokens.starts[w] < p.end) w++;
    out.push([first, w]);
  }
  return out;
}

/** Reads every paragraph of a document whose tokens are already known. */
export function readParagraphs(
  text: string,
  tokens: TokenStream,
  lexicon: CompiledLexicon = defaultLexicon(),
): ParagraphOptics[] {
  const paras = paragraphs(text);
  const ranges = paragraphWordRanges(tokens, paras);
  const s = matchable(tokens);
  return paras.map((paragraph, k) => {
    const [firstWord, endWord] = ranges[k];
    return {
      paragraph,
      words: endWord - firstWord,
      firstWord,
      endWord,
      ...decideOptic(lexiconHits(s, firstWord, endWord, lexicon)),
    };
  });
}

/**
 * The optic of each paragraph of a text (a speech, a resolution, any English UN text), by the
 * lexicon and rules R1-R5, with the hits that decided it.
 */
export function classifyOptics(text: string, lexicon: CompiledLexicon = defaultLexicon()): ParagraphOptics[] {
  return readParagraphs(text, tokenize(text), lexicon);
}
