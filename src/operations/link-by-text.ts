// Linking an operation to the Security Council resolution that created it, from the resolution
// texts Concord holds (1-899, 902, 1445, 1454): a resolution links when an establishing phrase
// ("decides to establish", "decides to set up", "recommends the creation", "requests the
// Secretary-General to establish", ...) is followed, within the same clause, by the operation's
// name (its words in order, small words and a trailing numeral aside) or its acronym, and it was
// adopted between 120 days before the operation's listed start and 45 days after (the list often
// gives only the month). Among such resolutions the earliest wins; a weaker phrase (dispatch,
// deploy, new mandate) counts only where no establishing one is found, and for a numbered
// mission only with its numbered acronym. An establishing phrase that extends or renews a mandate
// ("decides to extend the mandate of the ... Advance Mission ..., established by ...") establishes
// nothing. A resolution adopted long before the start (up to a year) links only when its
// establishing clause gives the listed start day in words ("for an initial period of six months
// from 16 October 2017": S/RES/2350 and MINUJUSTH). OCR slips in the texts ("IJ" for "II") are
// tolerated in numerals.
import { daysBetween } from '../calendar-date.ts';
import type { OperationLink } from './link.ts';
import type { PeaceOperation } from './operation.ts';

export interface ResolutionText {
  number: number;
  year: number;
  text: string;
  /** Adoption date from the meetings tables, when known. */
  adoptedOn: string | null;
}

/** Words joined across line-break hyphens ("estab-\nlished"), quotes as spaces, spaces collapsed. */
export function normaliseResolution(text: string): string {
  return text
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/[\u2018\u2019\u201c\u201d"]/g, ' ')
    .replace(/\s+/g, ' ');
}

const strong =
  /\b(?:decides?|decided|agrees|approves|authori[sz]es?|requests|recommends)\b[^.;:]{0,160}?\b(?:establish\w*|set(?:ting)? up|creat\w*)\b/gi;
const weak =
  /\b(?:decides?|decided|approves|authori[sz]es?)\b[^.;:]{0,120}?\b(?:dispatch\w*|deploy\w*|entrust\w* a new mandate)\b/gi;

const smallWords = new Set(['the', 'in', 'for', 'to', 'of', 'and', 'on']);
const numeral = /\s+([ivx]+)$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Patterns that find the operation in a clause: its name's words in order, and its acronym. With
 * `acronymOnly`, a numbered mission (UNOSOM II) is found only by its numbered acronym, since its
 * name without the numeral is also its predecessor's.
 */
export function namePatterns(op: Pick<PeaceOperation, 'acronym' | 'name'>, acronymOnly = false): RegExp[] {
  const name = normaliseResolution(op.name)
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(numeral, '')
    .trim();
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !smallWords.has(w));
  // A word may be hyphenated in the text ("Peace-keeping" for "Peacekeeping").
  const word = (w: string) => `\\b${[...w].map(escapeRegExp).join('-?')}\\b`;
  const patterns: RegExp[] = [];
  // A name of "United Nations" and one more word ("United Nations Force") is too generic to find.
  const numbered = /\s(?:i{2,3}|iv|v|vi{1,3})$/i.test(op.acronym);
  if (words.length >= 4 && !(acronymOnly && numbered))
    patterns.push(new RegExp(words.map(word).join('(?:\\W+\\w+){0,3}?\\W+'), 'iu'));
  const acr = op.acronym.toLowerCase().split(/\s+/);
  const num = acr.length > 1 && /^[ivx]+$/.test(acr[acr.length - 1]) ? acr.pop()! : undefined;
  const base = `\\b${escapeRegExp(acr.join(' '))}`;
  // "ii" is often read "ij" or "il" by OCR.
  const numPattern = num ? `\\s+${num.replace(/i/g, '[ijl1]')}\\b` : '\\b';
  patterns.push(new RegExp(`${base}${numPattern}`, 'iu'));
  return patterns;
}

function adoptedWithin(op: PeaceOperation, r: ResolutionText, daysBefore = 120): boolean {
  if (op.startDate === null) return false;
  const adopted = r.adoptedOn ?? `${r.year}-07-01`;
  const d = daysBetween(op.startDate, adopted);
  return d >= -daysBefore && d <= 45;
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A day in the words of the resolutions: "16 October 2017". */
export function dayInWords(day: string): string {
  return `${Number(day.slice(8, 10))} ${months[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/** An establishing phrase that in fact extends or renews a mandate. */
const extending = /\b(?:extend|renew|prolong)\w*\b/i;

function findClause(
  text: string,
  phrase: RegExp,
  patterns: RegExp[],
  accept: (clause: string) => boolean = () => true,
): string | undefined {
  phrase.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = phrase.exec(text))) {
    if (extending.test(m[0])) continue;
    const clauseEnd = text.slice(m.index + m[0].length).search(/[;:]|\.\s+\d+\.\s/);
    const clause = text.slice(m.index, m.index + m[0].length + (clauseEnd < 0 ? 300 : Math.min(clauseEnd, 300)));
    if (patterns.some((p) => p.test(clause)) && accept(clause)) return clause;
  }
  return undefined;
}

/** The resolution whose text establishes the operation, or undefined. */
export function linkByText(
  op: PeaceOperation,
  resolutions: readonly ResolutionText[],
  normalised: ReadonlyMap<number, string>,
): OperationLink | undefined {
  const window = resolutions.filter((r) => adoptedWithin(op, r)).sort((a, b) => a.number - b.number);
  for (const [phrase, strength, patterns] of [
    [strong, 'establishes', namePatterns(op)],
    [weak, 'dispatches or mandates', namePatterns(op, true)],
  ] as const) {
    for (const r of window) {
      const clause = findClause(normalised.get(r.number) ?? normaliseResolution(r.text), phrase, patterns);
      if (clause) {
        return {
          acronym: op.acronym,
          resolution: r.number,
          adoptedOn: r.adoptedOn,
          method: 'text',
          evidence: `the text ${strength} it: "${clause.trim().slice(0, 220)}"`,
        };
      }
    }
  }
  // Adopted long before the start: only an establishing clause that gives the start day.
  if (op.startDate === null) return undefined;
  const startWords = new RegExp(`\\b${dayInWords(op.startDate)}\\b`);
  const early = resolutions
    .filter((r) => adoptedWithin(op, r, 366) && !adoptedWithin(op, r))
    .sort((a, b) => a.number - b.number);
  for (const r of early) {
    const clause = findClause(normalised.get(r.number) ?? normaliseResolution(r.text), strong, namePatterns(op), (c) =>
      startWords.test(c),
    );
    if (clause) {
      return {
        acronym: op.acronym,
        resolution: r.number,
        adoptedOn: r.adoptedOn,
        method: 'text',
        evidence: `the text establishes it from its listed start day: "${clause.trim().slice(0, 320)}"`,
      };
    }
  }
  return undefined;
}
