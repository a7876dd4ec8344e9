// A Phrase as a researcher writes it: words to find in order, or a synonym set of such
// alternatives separated by `|` ("responsibility to protect|R2P"). Each alternative is cut into
// words by the same token rule as the texts (tokens.ts), so punctuation and hyphens in a phrase
// separate words exactly as they do in the corpus ("non-interference" = "non interference").
import { ConcordError } from '../errors.ts';
import { words } from './tokens.ts';

export interface Phrase {
  /** The phrase as given. */
  readonly text: string;
  /** The alternatives, each a non-empty sequence of folded words; duplicates removed. */
  readonly alternatives: readonly (readonly string[])[];
}

export class PhraseError extends ConcordError {
  constructor(message: string) {
    super('bad-input', message);
  }
}

/** Parses a phrase; throws PhraseError when it, or one of its alternatives, has no words. */
export function parsePhrase(text: string): Phrase {
  const parts = text.split('|');
  const seen = new Set<string>();
  const alternatives: string[][] = [];
  parts.forEach((part, k) => {
    const ws = words(part);
    if (ws.length === 0) {
      throw new PhraseError(
        parts.length === 1
          ? `the phrase "${text}" has no words to find (words are letters and numbers)`
          : `alternative ${k + 1} of "${text}" ("${part.trim()}") has no words to find`,
      );
    }
    const key = ws.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      alternatives.push(ws);
    }
  });
  return { text, alternatives };
}

/** Every distinct word the phrase's alternatives use. */
export function phraseWords(p: Phrase): string[] {
  return [...new Set(p.alternatives.flat())];
}

/** The phrase's alternatives written back in folded form, for labels ("responsibility to protect | r2p"). */
export function phraseLabel(p: Phrase): string {
  return p.alternatives.map((a) => a.join(' ')).join(' | ');
}
