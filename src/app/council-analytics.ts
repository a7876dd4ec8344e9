// Council analytics use cases shared by the CLI and the server (issue 14, items 5-7): R2P
// references in the Council's resolutions and statements 2000-2026 and the Council's curve beside
// the General Debate's; voting analytics (unanimity, dissent, P5 agreement, sponsorship); the
// veto forecast from the voting records and its out-of-sample test; the Chapter VII agreement
// study; the coder against the labelled set 2000-2026. Reads the store (council documents, votes, veto list, meetings), computes with the
// council core (src/council), and with the norms core for the General Debate.
import { adoptionOf, type IndexedCorpus, seriesOf } from './norms.ts';
import type { CouncilDocument, MemberVote } from '../council/document.ts';
import { resolutionTextGap } from '../council/document.ts';
import { resolutionSymbol } from '../council/document.ts';
import type { CodedResolution } from '../council/coding/code-resolution.ts';
import { type Evaluation, evaluateCoder } from '../council/coding/evaluate.ts';
import { chapterViiAgreement, codeDocument } from '../council/coding/flag-agreement.ts';
import { labelKey } from '../council/coding/labelled-set.ts';
import { type LabelledPart, labelledParts } from '../council/coding/labelled-set-2000.ts';
import {
  classifyR2p,
  type CurvePoint,
  firstReferences,
  followOrLead,
  type R2pClass,
  type R2pReading,
  r2pSeries,
} from '../council/r2p-reference.ts';
import { type DraftRecord, evaluateVetoForecast } from '../council/veto-records.ts';
import {
  memberDissent,
  type DissentGrouping,
  permanentAgreement,
  permanentIso3,
  sponsorship,
  votingByYear,
} from '../council/voting.ts';
import { parsePhrase } from '../norms/phrase.ts';
import type { Store } from '../store/store.ts';
import { NotReadyError } from '../errors.ts';
import { importAdvice } from './import-advice.ts';

export const ANALYTICS_FROM = 2000;
export const ANALYTICS_TO = 2026;
/** The sources of the 2000-2026 documents (the UN XML and the Library's metadata). */
const unxmlSources = ['unxml-resolutions', 'unxml-statements', 'unxml-drafts', 'unxml-metadata'];

/** The Council's 2000-2026 documents of the given kinds, or a NotReadyError when none is stored. */
async function documents(
  store: Store,
  q: { from?: number; to?: number; kinds: CouncilDocument['kind'][] },
): Promise<CouncilDocument[]> {
  const docs = await store.council.documents(q);
  if (
    docs.length === 0 &&
    (await store.council.documents({ kinds: ['resolution'], from: ANALYTICS_FROM, to: ANALYTICS_TO })).length === 0
  ) {
    throw new NotReadyError(
      `the store holds no Security Council documents 2000-2026: run ${await importAdvice(store, unxmlSources)}`,
    );
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------
// R2P

export interface R2pQuery {
  from?: number;
  to?: number;
  class?: R2pClass;
}

/** Every resolution and presidential statement in the years, classified by its strongest R2P reference. */
export async function r2pReadings(store: Store, q: R2pQuery = {}): Promise<R2pReading[]> {
  const docs = await documents(store, {
    from: q.from ?? ANALYTICS_FROM,
    to: q.to ?? ANALYTICS_TO,
    kinds: ['resolution', 'statement'],
  });
  const rs = docs.map(classifyR2p);
  return q.class ? rs.filter((r) => r.class === q.class) : rs;
}

/** The series per year (1995-1999 and any year without texts are gaps) and the first reference per agenda item. */
export async function r2pOverview(store: Store, from = ANALYTICS_FROM, to = ANALYTICS_TO) {
  const rs = await r2pReadings(store, { from, to });
  return {
    series: r2pSeries(rs, from, to),
    byKind: {
      resolution: r2pSeries(
        rs.filter((r) => r.kind === 'resolution'),
        from,
        to,
      ),
      statement: r2pSeries(
        rs.filter((r) => r.kind === 'statement'),
        from,
        to,
      ),
    },
    firsts: firstReferences(rs),
    gap: { from: resolutionTextGap.fromYear, to: resolutionTextGap.toYear },
  };
}

/** The Council's yearly share of texts with a reference beside the General Debate's use of "responsibility to protect". */
export async function r2pBesideDebate(store: Store, debate: IndexedCorpus, from = ANALYTICS_FROM, to = ANALYTICS_TO) {
  const { series } = await r2pOverview(store, from, to);
  const phrase = parsePhrase('responsibility to protect');
  const [lo, hi] = debate.years;
  const dFrom = Math.max(lo, from - 10);
  const dTo = Math.min(hi, to);
  const [speech] = await seriesOf(debate, [phrase], { by: 'year', from: dFrom, to: dTo });
  const adoption = await adoptionOf(debate, phrase, dFrom, dTo);
  const debateShare: CurvePoint[] = speech.rows.map((r) => ({
    year: Number(r.group),
    share: r.documents > 0 ? r.share : null,
  }));
  const council: CurvePoint[] = series.map((y) => ({ year: y.year, share: y.share }));
  const years: {
    year: number;
    council: number | null;
    councilR2p: number | null;
    debateSpeeches: number | null;
    debateAdoption: number | null;
  }[] = [];
  for (let y = dFrom; y <= to; y++) {
    const c = series.find((s) => s.year === y);
    years.push({
      year: y,
      council: c?.share ?? null,
      councilR2p: c?.counts && c.documents ? c.counts.r2p / c.documents : null,
      debateSpeeches: debateShare.find((p) => p.year === y)?.share ?? null,
      debateAdoption: adoption.years.find((a) => a.year === y)?.share ?? null,
    });
  }
  return {
    years,
    comparison: followOrLead(council, debateShare),
    debateTippingYear: adoption.tippingYear,
    debateEmergenceYear: adoption.emergenceYear,
  };
}

// ---------------------------------------------------------------------------------------------
// Votes

async function votingInputs(
  store: Store,
  from: number,
  to: number,
): Promise<{ docs: CouncilDocument[]; votes: MemberVote[] }> {
  const docs = await documents(store, { from, to, kinds: ['resolution', 'draft'] });
  const votes = await store.council.memberVotes({ from, to });
  return { docs, votes };
}

/**
 * Votes per year and P5 agreement. The UN XML holds drafts not adopted only from 2023: for the
 * years before, drafts not adopted and vetoed come from the veto list (to September 2022) and the
 * meetings tables (to 30 June 2022), without member votes; each year says where its drafts come
 * from, and 2022 (tables end mid-year) and the current year are flagged partial.
 */
export async function votingOverview(store: Store, from = ANALYTICS_FROM, to = ANALYTICS_TO, span = 1) {
  const { docs, votes } = await votingInputs(store, from, to);
  const byYear = votingByYear(docs, votes);
  const records = (await draftRecords(store)).filter((r) => r.votes === null && r.year >= from && r.year <= to);
  const firstXmlDraftYear = Math.min(...docs.filter((d) => d.kind === 'draft').map((d) => d.year), 2023);
  const years = byYear.map((y) => {
    const extra = records.filter((r) => r.year === y.year);
    const notAdopted = y.notAdopted + extra.length;
    const vetoed = y.vetoed + extra.filter((r) => r.vetoedBy.length > 0).length;
    return {
      ...y,
      voted: y.voted + extra.length,
      notAdopted,
      vetoed,
      draftsSource: y.year < firstXmlDraftYear ? 'veto list and meetings tables' : 'UN XML',
      partial: y.year === 2022 || y.year === ANALYTICS_TO,
    };
  });
  return { years, agreement: permanentAgreement(docs, votes, from, to, span) };
}

export async function dissent(
  store: Store,
  by: DissentGrouping,
  q: { from?: number; to?: number; iso3?: string } = {},
) {
  const { docs, votes } = await votingInputs(store, q.from ?? ANALYTICS_FROM, q.to ?? ANALYTICS_TO);
  const rows = memberDissent(docs, votes, by);
  return q.iso3 ? rows.filter((r) => r.iso3 === q.iso3) : rows;
}

export async function sponsorshipOverview(store: Store, q: { from?: number; to?: number } = {}) {
  const docs = await documents(store, {
    from: q.from ?? ANALYTICS_FROM,
    to: q.to ?? ANALYTICS_TO,
    kinds: ['resolution', 'draft'],
  });
  return sponsorship(docs);
}

// ---------------------------------------------------------------------------------------------
// The veto forecast from the records

const seatIso3: Record<string, string> = Object.fromEntries(
  Object.entries(permanentIso3).map(([iso3, seat]) => [seat, iso3]),
);
/** "Russia", "USSR", "China", "France", "UK", "USA" (or already an ISO3) to the seat's ISO3. */
const iso3OfSeatName = (name: string): string => seatIso3[name] ?? (name === 'USSR' ? 'RUS' : name);

/**
 * Every text put to the vote 2000-2026 as a DraftRecord: adopted resolutions and drafts not
 * adopted 2023-2025 with each permanent member's vote (UN XML); vetoed drafts 2000-2022 from the
 * veto list; other drafts not adopted 2000 - June 2022 from the meetings tables (no member votes).
 */
export async function draftRecords(store: Store): Promise<DraftRecord[]> {
  const docs = await documents(store, { from: ANALYTICS_FROM, to: ANALYTICS_TO, kinds: ['resolution', 'draft'] });
  const votes = await store.council.memberVotes({ from: ANALYTICS_FROM, to: ANALYTICS_TO });
  const bySymbol = new Map<string, DraftRecord['votes'] & {}>();
  for (const v of votes) {
    if (!(v.iso3 in permanentIso3)) continue;
    const m = bySymbol.get(v.symbol) ?? {};
    m[v.iso3] = v.vote;
    bySymbol.set(v.symbol, m);
  }
  const out: DraftRecord[] = docs.map((d) => ({
    symbol: d.symbol,
    year: d.year,
    agendaItem: d.agendaItem ?? '(no agenda item)',
    vetoedBy: d.vetoedBy.map((s) => iso3OfSeatName(s)),
    votes: bySymbol.get(d.symbol) ?? null,
  }));
  const xmlDraftYears = new Set(docs.filter((d) => d.kind === 'draft').map((d) => d.year));
  const firstXmlDraftYear = Math.min(...xmlDraftYears, 2023);
  for (const v of await store.council.vetoList()) {
    if (v.year < ANALYTICS_FROM || v.year >= firstXmlDraftYear) continue;
    out.push({
      symbol: v.draft,
      year: v.year,
      agendaItem: v.agendaItem,
      vetoedBy: v.members.map((m) => iso3OfSeatName(m)),
      votes: null,
    });
  }
  const meetings = await store.council.meetings({ from: ANALYTICS_FROM, to: firstXmlDraftYear - 1 });
  for (const m of meetings)
    for (const d of m.decisions)
      if (d.kind === 'draft_not_adopted')
        out.push({
          symbol: d.symbol ?? m.record ?? m.date,
          year: m.year,
          agendaItem: m.topics[0] ?? '(no agenda item)',
          vetoedBy: [],
          votes: null,
        });
  return out.sort((a, b) => a.year - b.year || a.symbol.localeCompare(b.symbol));
}

/** The records model against the base-rate model, out of sample, 2015-2025 (issue 14). */
export async function vetoForecastEvaluation(store: Store, from = 2015, to = 2025) {
  const records = await draftRecords(store);
  return {
    records: records.length,
    vetoed: records.filter((r) => r.vetoedBy.length > 0).length,
    ...evaluateVetoForecast(records, from, to),
  };
}

// ---------------------------------------------------------------------------------------------
// Chapter VII: the coder against the Library's flag

export async function chapterViiStudy(store: Store) {
  const docs = await documents(store, { from: ANALYTICS_FROM, to: ANALYTICS_TO, kinds: ['resolution'] });
  return chapterViiAgreement(docs);
}

/**
 * The coder on the labelled set 2000-2026 (docs/council.md), or one part of it: each labelled
 * document read from the store and coded as its XML paragraphs. A NotReadyError names the
 * labelled documents the store lacks.
 */
export async function labelledSetEvaluation(store: Store, part: LabelledPart = 'all'): Promise<Evaluation> {
  const labels = labelledParts[part];
  const codings = new Map<number | string, CodedResolution>();
  const missing: string[] = [];
  for (const l of labels) {
    const symbol = l.symbol ?? resolutionSymbol(l.number, l.year);
    const d = await store.council.document(symbol);
    if (d && d.paragraphs.length > 0) codings.set(labelKey(l), codeDocument(d));
    else missing.push(symbol);
  }
  if (missing.length)
    throw new NotReadyError(
      `the store lacks ${missing.length} of the ${labels.length} labelled documents 2000-2026 (${missing.slice(0, 3).join(', ')}): run ${await importAdvice(store, unxmlSources)}`,
    );
  return evaluateCoder(labels, codings);
}

/** A country's R2P references in the Council's texts 2000-2026 (issue 15 item 4: the situation room's filter). */
export interface CountryR2p {
  iso3: string;
  /** Resolutions and presidential statements naming the country (agenda item or subjects). */
  documents: number;
  /** Of those, the ones whose strongest reference is `r2p` or `population` (the Global Centre for R2P's count). */
  references: number;
  /** The latest such text, or null when there is none. */
  latest: { symbol: string; date: string; class: R2pClass } | null;
}

/** Every country named in a Council text 2000-2026, with its R2P references (DOMAIN.md section 5). */
export async function r2pByCountry(store: Store): Promise<CountryR2p[]> {
  const docs = await documents(store, { from: ANALYTICS_FROM, to: ANALYTICS_TO, kinds: ['resolution', 'statement'] });
  const out = new Map<string, CountryR2p>();
  for (const d of docs) {
    const r = classifyR2p(d);
    const counted = r.class === 'r2p' || r.class === 'population';
    for (const iso3 of d.countries) {
      const c = out.get(iso3) ?? { iso3, documents: 0, references: 0, latest: null };
      c.documents++;
      if (counted) {
        c.references++;
        if (!c.latest || d.date >= c.latest.date) c.latest = { symbol: d.symbol, date: d.date, class: r.class };
      }
      out.set(iso3, c);
    }
  }
  return [...out.values()].sort((a, b) => b.references - a.references || a.iso3.localeCompare(b.iso3));
}
