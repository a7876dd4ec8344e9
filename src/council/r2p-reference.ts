// R2P in Council practice: classifies a Security Council resolution or presidential statement by
// the strongest reference to a responsibility to protect that it holds, under DOMAIN.md section
// 5, strongest first:
//   r2p        - the responsibility to protect populations from genocide, war crimes, ethnic
//                cleansing and crimes against humanity (all four crimes named, in any order, in
//                the sentence of the reference); paragraphs 138 and 139 of the 2005 World Summit
//                Outcome; "the responsibility to protect" named as a principle ("as outlined in",
//                "the Special Adviser on ... the Responsibility to Protect");
//   population - Pillar I without the crimes: the responsibility of a State, its government or
//                authorities to protect its population, people or citizens;
//   civilians  - a responsibility to protect civilians or the civilian population ("without
//                prejudice to the responsibility of the Government ..., to protect civilians");
//   other      - a responsibility to protect something else (returnees, human rights, aviation);
//   none.
// A reference is the word "responsibility" (or "responsibilities") followed within its clause
// (no ";" or sentence end, at most 120 characters) by "protect", "protecting" or "protection
// of"; its object (the words after it, to the next comma) decides the class. Every reference
// found is kept as evidence: paragraph index and number, character offsets in the paragraph's
// text and the quote. Also here: the series per year by class, the first reference per
// situation (agenda item), and the Council's curve beside the General Debate's. Pure.

import type { CouncilDocument, CouncilParagraph } from './document.ts';

export const r2pClasses = ['r2p', 'population', 'civilians', 'other', 'none'] as const;
export type R2pClass = (typeof r2pClasses)[number];

/** What the classifier reads of a Council document. */
export type R2pDocument = Pick<CouncilDocument, 'symbol' | 'kind' | 'year' | 'date' | 'agendaItem'> & {
  paragraphs: readonly CouncilParagraph[];
};

export interface R2pEvidence {
  class: Exclude<R2pClass, 'none'>;
  /** The paragraph's index in the document (CouncilParagraph.index) and its printed number, if any ("4"). */
  paragraph: number;
  number: string | null;
  part: 'preamble' | 'operative';
  /** Offsets [start, end) in the paragraph's text, and the text between them. */
  start: number;
  end: number;
  quote: string;
  /** Which rule of DOMAIN.md section 5 matched. */
  rule: string;
}

export interface R2pReading {
  symbol: string;
  kind: R2pDocument['kind'];
  year: number;
  date: string;
  agendaItem: string | null;
  class: R2pClass;
  /** Every reference found, strongest first, then in text order. */
  evidence: R2pEvidence[];
}

const rank: Record<R2pClass, number> = { r2p: 0, population: 1, civilians: 2, other: 3, none: 4 };

/** Lower case with the same length (offsets stay valid); typographic quotes and dashes to ASCII. */
function fold(s: string): string {
  let out = '';
  for (const c of s) {
    const l =
      c === '\u2019' || c === '\u2018'
        ? "'"
        : c === '\u201c' || c === '\u201d'
          ? '"'
          : c === '\u2013' || c === '\u2014'
            ? '-'
            : c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

const crimes = [/\bgenocide\b/, /\bwar crimes\b/, /\bethnic\s+cleansing\b/, /\bcrimes\s+against\s+humanity\b/];
const anchor = /\bresponsibilit(?:y|ies)\b/g;
/** "protect", "protecting", "protection of" after the anchor, within its clause. */
const protectWord = /\bprotect(?:s|ing)?\b|\bprotection\s+(?:of|for)\b/;
/** "the responsibility to protect" used as the name of a principle (no object follows). */
const asPrinciple =
  /^\s*(?:[,.;:)"'\u201d\u2019]|$|(?:as|in|is|was|which|whose|principle|doctrine|concept|agenda|report|and\s+the\s+prevention)\b)/;
const worldSummit = /\bparagraphs?\s+138\s+and\s+139\b/;
/** The object's head: at most three words before it, none of them "of" ("the security of citizens" is not citizens). */
const civilianObject = /^(?:(?!of\b)[\w'-]+\s+){0,3}?(?:civilians?(?: populations?| persons)?|non-combatants)\b/;
const populationObject = /^(?:(?!of\b)[\w'-]+\s+){0,3}?(?:populations?|peoples?|citizens|nationals|inhabitants)\b/;
/** Where the object's noun phrase ends: a conjunction or preposition after its first word. */
const objectCut =
  /\s(?:and|or|while|to|in|within|throughout|from|across|under|with|against|on|at|by|as|who|which|that)\s/;

/** The end of the sentence that holds `from` (a full stop followed by a space and a capital, or the end). */
function sentenceEnd(text: string, from: number): number {
  const re = /[.;](?=\s+["\u201c]?[A-Z])|$/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

/** Every reference in one paragraph. */
export function referencesIn(p: R2pDocument['paragraphs'][number]): R2pEvidence[] {
  const text = p.text;
  const low = fold(text);
  const out: R2pEvidence[] = [];
  const push = (cls: R2pEvidence['class'], start: number, end: number, rule: string) =>
    out.push({
      class: cls,
      paragraph: p.index,
      number: p.number,
      part: p.part,
      start,
      end,
      quote: text.slice(start, end),
      rule,
    });

  const ws = worldSummit.exec(low);
  if (ws && /\bworld\s+summit\b/.test(low))
    push('r2p', ws.index, ws.index + ws[0].length, 'paragraphs 138 and 139 of the 2005 World Summit Outcome');

  anchor.lastIndex = 0;
  for (let m = anchor.exec(low); m; m = anchor.exec(low)) {
    const start = m.index;
    // the clause of this reference: to ";" or a full stop, at most 120 characters, and never
    // into the next "responsibility" (each reference keeps its own object)
    const next = /\bresponsibilit(?:y|ies)\b/g;
    next.lastIndex = start + m[0].length;
    const nextAnchor = next.exec(low)?.index ?? low.length;
    const window = low.slice(start, Math.min(nextAnchor, start + 120 + m[0].length));
    const clause = window.split(/[;]|\.(?=\s)/)[0];
    // the word may run past the window's end ("protect|ion of"): match on the text, start inside the clause
    const pw = protectWord.exec(low.slice(start + m[0].length, start + clause.length + 20));
    if (!pw || m[0].length + pw.index >= clause.length) continue;
    const protectAt = start + m[0].length + pw.index;
    const afterProtect = protectAt + pw[0].length;
    const rest = low.slice(afterProtect);
    // the object: its noun phrase, up to a comma, conjunction or preposition
    const lead = /^\s*/.exec(rest)![0].length;
    const phrase = (/^[^,;.:]*/.exec(rest.slice(lead))?.[0] ?? '').slice(0, 100);
    const cut = objectCut.exec(phrase.slice(1));
    const objectText = cut ? phrase.slice(0, cut.index + 1) : phrase;
    const objectEnd = (word: RegExp) => afterProtect + lead + (word.exec(objectText)?.[0].length ?? objectText.length);
    // the four crimes, named after "protect" within its sentence, before any other reference
    const scope = low.slice(afterProtect, Math.min(nextAnchor, sentenceEnd(low, afterProtect), afterProtect + 200));
    const crimeEnds = crimes.map((c) => {
      const x = c.exec(scope);
      return x ? afterProtect + x.index + x[0].length : -1;
    });
    const named = /^responsibility to protect$/.test(low.slice(start, afterProtect).replace(/\s+/g, ' '));
    if (crimeEnds.every((e) => e >= 0)) {
      push('r2p', start, Math.max(...crimeEnds), 'the responsibility to protect populations from the four crimes');
    } else if (
      named &&
      (asPrinciple.test(rest) || /Responsibility\s+to\s+Protect/.test(text.slice(start, afterProtect)))
    ) {
      push('r2p', start, afterProtect, '"the responsibility to protect" named as a principle');
    } else if (civilianObject.test(objectText)) {
      push('civilians', start, objectEnd(civilianObject), 'a responsibility to protect civilians');
    } else if (populationObject.test(objectText)) {
      push(
        'population',
        start,
        objectEnd(populationObject),
        'the responsibility to protect a population (Pillar I, without the crimes)',
      );
    } else {
      push('other', start, afterProtect + lead + objectText.length, 'a responsibility to protect something else');
    }
  }
  return out;
}

/** Classifies one document by its strongest reference, with all references as evidence. */
export function classifyR2p(doc: R2pDocument): R2pReading {
  const evidence = doc.paragraphs
    .flatMap(referencesIn)
    .sort((a, b) => rank[a.class] - rank[b.class] || a.paragraph - b.paragraph || a.start - b.start);
  return {
    symbol: doc.symbol,
    kind: doc.kind,
    year: doc.year,
    date: doc.date,
    agendaItem: doc.agendaItem,
    class: evidence[0]?.class ?? 'none',
    evidence,
  };
}

// ---------------------------------------------------------------------------------------------
// Series and firsts

export interface R2pYear {
  year: number;
  /** Documents read that year (resolutions and statements), or null when the year has no texts (a source gap). */
  documents: number | null;
  counts: Record<R2pClass, number> | null;
  /** r2p + population: the Global Centre for R2P's count of references. */
  references: number | null;
  /** references / documents. */
  share: number | null;
}

/** Per year from `from` to `to`: documents by class. A year with no document is a gap (nulls), never zero. */
export function r2pSeries(
  readings: readonly Pick<R2pReading, 'year' | 'class'>[],
  from: number,
  to: number,
): R2pYear[] {
  const out: R2pYear[] = [];
  for (let y = from; y <= to; y++) {
    const ys = readings.filter((r) => r.year === y);
    if (ys.length === 0) {
      out.push({ year: y, documents: null, counts: null, references: null, share: null });
      continue;
    }
    const counts = Object.fromEntries(r2pClasses.map((c) => [c, ys.filter((r) => r.class === c).length])) as Record<
      R2pClass,
      number
    >;
    const references = counts.r2p + counts.population;
    out.push({ year: y, documents: ys.length, counts, references, share: references / ys.length });
  }
  return out;
}

export interface FirstReference {
  agendaItem: string;
  symbol: string;
  date: string;
  class: 'r2p' | 'population';
  /** The first text with `r2p` itself, when it differs from the first reference. */
  firstR2p: { symbol: string; date: string } | null;
  /** Documents with a reference (r2p or population) on the item. */
  references: number;
}

/** For each agenda item, the first document with an R2P reference (r2p or population), in date order of the firsts. */
export function firstReferences(readings: readonly R2pReading[]): FirstReference[] {
  const byItem = new Map<string, R2pReading[]>();
  for (const r of readings) {
    if (!r.agendaItem || (r.class !== 'r2p' && r.class !== 'population')) continue;
    const key = agendaKey(r.agendaItem);
    byItem.set(key, [...(byItem.get(key) ?? []), r]);
  }
  const out: FirstReference[] = [];
  for (const rs of byItem.values()) {
    const sorted = rs.slice().sort((a, b) => a.date.localeCompare(b.date) || a.symbol.localeCompare(b.symbol));
    const first = sorted[0];
    const r2p = sorted.find((r) => r.class === 'r2p');
    out.push({
      agendaItem: first.agendaItem!.replace(/\.$/, ''),
      symbol: first.symbol,
      date: first.date,
      class: first.class as 'r2p' | 'population',
      firstR2p: r2p && r2p !== first ? { symbol: r2p.symbol, date: r2p.date } : null,
      references: sorted.length,
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.agendaItem.localeCompare(b.agendaItem));
}

/** Agenda items compared without case, final full stop and typographic quotes. */
export function agendaKey(item: string): string {
  return fold(item)
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// The Council beside the General Debate

export interface CurvePoint {
  year: number;
  /** Share in [0, 1], or null for a year without data. */
  share: number | null;
}

export interface FollowOrLead {
  /** First year with a reference on each side (share > 0). */
  councilFirst: number | null;
  debateFirst: number | null;
  councilPeak: number | null;
  debatePeak: number | null;
  /**
   * Pearson correlation of the two curves when the Council's is shifted by `lag` years
   * (positive: the Council follows the Debate by `lag` years), over the years both have data.
   */
  lags: { lag: number; years: number; correlation: number | null }[];
  /** The lag with the highest correlation. */
  bestLag: number | null;
  reading: string;
}

function pearson(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 3) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** Does the Council follow what states say in the General Debate, or lead? Compares two share curves. */
export function followOrLead(council: readonly CurvePoint[], debate: readonly CurvePoint[], maxLag = 5): FollowOrLead {
  const first = (c: readonly CurvePoint[]) => c.find((p) => (p.share ?? 0) > 0)?.year ?? null;
  const peak = (c: readonly CurvePoint[]) =>
    c.reduce<CurvePoint | null>(
      (best, p) => (p.share !== null && (best === null || p.share > (best.share ?? 0)) ? p : best),
      null,
    )?.year ?? null;
  const d = new Map(debate.filter((p) => p.share !== null).map((p) => [p.year, p.share!]));
  const lags: FollowOrLead['lags'] = [];
  for (let lag = -maxLag; lag <= maxLag; lag++) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const p of council) {
      const dv = d.get(p.year - lag);
      if (p.share === null || dv === undefined) continue;
      xs.push(p.share);
      ys.push(dv);
    }
    lags.push({ lag, years: xs.length, correlation: pearson(xs, ys) });
  }
  const scored = lags.filter((l) => l.correlation !== null);
  const best = scored.length ? scored.reduce((a, b) => (b.correlation! > a.correlation! ? b : a)) : null;
  const cf = first(council);
  const df = first(debate);
  const parts: string[] = [];
  if (cf !== null && df !== null)
    parts.push(
      cf > df
        ? `states spoke of it first (General Debate ${df}, Council ${cf})`
        : cf < df
          ? `the Council referred to it first (${cf}, General Debate ${df})`
          : `both first in ${cf}`,
    );
  if (best)
    parts.push(
      best.lag > 0
        ? `the curves agree best when the Council lags the Debate by ${best.lag} year(s) (r = ${best.correlation!.toFixed(2)})`
        : best.lag < 0
          ? `the curves agree best when the Council leads the Debate by ${-best.lag} year(s) (r = ${best.correlation!.toFixed(2)})`
          : `the curves agree best in the same year (r = ${best.correlation!.toFixed(2)})`,
    );
  return {
    councilFirst: cf,
    debateFirst: df,
    councilPeak: peak(council),
    debatePeak: peak(debate),
    lags,
    bestLag: best?.lag ?? null,
    reading: parts.join('; ') || 'not enough data',
  };
}
