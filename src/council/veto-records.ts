// A veto forecast from the voting records (issue 14, item 5), and its out-of-sample test against
// today's base-rate model (forecast.ts). For each draft put to the vote and each permanent member
// it gives the probability that the member vetoes it, from the member's record on the same
// agenda item (topic) in the years before, recent years weighing more (period):
//   p = (S + a * r) / (N + a)
//   N = sum of w(year) over earlier texts put to the vote on the item,
//   S = sum of w(year) * (1 if the member vetoed it, l if it abstained, 0 otherwise) over them,
//   r = the member's recency-weighted veto rate on all earlier texts, w(year) = 0.5^((T-1-year)/h).
// The abstention weight l, the prior weight a and the half-life h are fitted for each forecast
// year T on years before T only (a small grid, scored by Brier on T-5 .. T-1, each of those years
// forecast from the years before it). The base-rate model is forecastVetoes as the API runs it:
// topic = the draft's agenda item, all earlier drafts as its history, prior weight 20.
// Scores: the Brier score (mean squared difference between the probability and 0/1) over every
// (draft, permanent member) pair of the year. Pure.
import { forecastVetoes, type VotedDraft } from './forecast.ts';
import type { MemberVoteCast } from './document.ts';
import { agendaKey } from './r2p-reference.ts';
import { permanentIso3, permanentOrder } from './voting.ts';

/** A text put to the vote: an adopted resolution or a draft not adopted. */
export interface DraftRecord {
  symbol: string;
  year: number;
  agendaItem: string;
  /** ISO3 of the permanent members that vetoed it. */
  vetoedBy: string[];
  /** Each permanent member's vote where recorded (UN XML); null when only the veto is known (veto list). */
  votes: Partial<Record<string, MemberVoteCast>> | null;
}

export interface RecordsParams {
  halfLife: number;
  abstainWeight: number;
  priorWeight: number;
}

export const paramGrid: readonly RecordsParams[] = [2, 4, 8].flatMap((halfLife) =>
  [0, 0.25, 0.5].flatMap((abstainWeight) =>
    [2, 5, 20].map((priorWeight) => ({ halfLife, abstainWeight, priorWeight })),
  ),
);

/** Two agenda items are the same topic when one's wording contains the other's (case, final stop and quotes ignored). */
export function sameTopic(a: string, b: string): boolean {
  const x = agendaKey(a);
  const y = agendaKey(b);
  return x === y || (y.length >= 12 && x.includes(y)) || (x.length >= 12 && y.includes(x));
}

/** Per year, per agenda item: the texts voted, and per member its vetoes and abstentions (built once, read by every forecast). */
export class RecordsIndex {
  private readonly years = new Map<number, { texts: number; vetoes: Record<string, number> }>();
  private readonly items = new Map<
    string,
    {
      item: string;
      years: Map<number, { texts: number; vetoes: Record<string, number>; abstentions: Record<string, number> }>;
    }
  >();
  private readonly matches = new Map<string, string[]>();

  constructor(readonly records: readonly DraftRecord[]) {
    const zero = () => Object.fromEntries(permanentOrder.map((m) => [m, 0])) as Record<string, number>;
    for (const d of records) {
      const y = this.years.get(d.year) ?? { texts: 0, vetoes: zero() };
      y.texts++;
      for (const m of d.vetoedBy) y.vetoes[m] = (y.vetoes[m] ?? 0) + 1;
      this.years.set(d.year, y);
      const key = agendaKey(d.agendaItem);
      const it = this.items.get(key) ?? { item: d.agendaItem, years: new Map() };
      const iy = it.years.get(d.year) ?? { texts: 0, vetoes: zero(), abstentions: zero() };
      iy.texts++;
      for (const m of permanentOrder) {
        if (d.vetoedBy.includes(m)) iy.vetoes[m]++;
        else if (d.votes?.[m] === 'abstain') iy.abstentions[m]++;
      }
      it.years.set(d.year, iy);
      this.items.set(key, it);
    }
  }

  /** Keys of the stored agenda items that are the same topic as `agendaItem`. */
  private matching(agendaItem: string): string[] {
    const key = agendaKey(agendaItem);
    let m = this.matches.get(key);
    if (!m)
      this.matches.set(key, (m = [...this.items].filter(([, it]) => sameTopic(it.item, agendaItem)).map(([k]) => k)));
    return m;
  }

  /** Probability per permanent member (ISO3) that it vetoes a draft on `agendaItem` voted in year T, from the records before T. */
  forecast(agendaItem: string, T: number, p: RecordsParams): Record<string, number> {
    const w = (year: number) => 0.5 ** ((T - 1 - year) / p.halfLife);
    const out: Record<string, number> = {};
    const items = this.matching(agendaItem).map((k) => this.items.get(k)!);
    for (const m of permanentOrder) {
      let all = 0;
      let vetoes = 0;
      for (const [year, y] of this.years) {
        if (year >= T) continue;
        all += w(year) * y.texts;
        vetoes += w(year) * (y.vetoes[m] ?? 0);
      }
      let n = 0;
      let s = 0;
      for (const it of items)
        for (const [year, y] of it.years) {
          if (year >= T) continue;
          n += w(year) * y.texts;
          s += w(year) * (y.vetoes[m] + p.abstainWeight * y.abstentions[m]);
        }
      const r = all ? vetoes / all : 0;
      out[m] = Math.min(1, (s + p.priorWeight * r) / (n + p.priorWeight));
    }
    return out;
  }
}

/** Probability per permanent member (ISO3) that it vetoes a draft on `agendaItem` voted in year T, from the records before T. */
export function recordsForecast(
  history: readonly DraftRecord[] | RecordsIndex,
  agendaItem: string,
  T: number,
  p: RecordsParams,
): Record<string, number> {
  return (history instanceof RecordsIndex ? history : new RecordsIndex(history)).forecast(agendaItem, T, p);
}

/** Today's base-rate model (forecast.ts) on the same history: per member, for a draft on `agendaItem` voted in T. */
export function baseRateForecast(
  history: readonly DraftRecord[],
  agendaItem: string,
  T: number,
): Record<string, number> {
  const drafts: VotedDraft[] = history
    .filter((d) => d.year < T)
    .map((d) => ({
      year: d.year,
      date: `${d.year}-01-01`,
      symbol: d.symbol,
      topics: [d.agendaItem],
      vetoedBy: d.vetoedBy.map((m) => permanentIso3[m]),
    }));
  const f = forecastVetoes(drafts, { topic: agendaItem });
  const out: Record<string, number> = {};
  for (const m of permanentOrder) out[m] = f.seats.find((s) => s.seat === permanentIso3[m])?.probability ?? 0;
  return out;
}

function brierOf(
  drafts: readonly DraftRecord[],
  forecast: (d: DraftRecord) => Record<string, number>,
): { sum: number; n: number } {
  let sum = 0;
  let n = 0;
  for (const d of drafts) {
    const f = forecast(d);
    for (const m of permanentOrder) {
      sum += (f[m] - (d.vetoedBy.includes(m) ? 1 : 0)) ** 2;
      n++;
    }
  }
  return { sum, n };
}

/** The grid point with the lowest Brier score on T-5 .. T-1, each year forecast from the years before it. */
export function fitParams(
  records: readonly DraftRecord[],
  T: number,
  grid: readonly RecordsParams[] = paramGrid,
  index = new RecordsIndex(records),
): RecordsParams {
  let best = grid[0];
  let bestScore = Number.POSITIVE_INFINITY;
  for (const p of grid) {
    let sum = 0;
    let n = 0;
    for (let y = T - 5; y < T; y++) {
      const b = brierOf(
        records.filter((d) => d.year === y),
        (d) => index.forecast(d.agendaItem, y, p),
      );
      sum += b.sum;
      n += b.n;
    }
    const score = n ? sum / n : Number.POSITIVE_INFINITY;
    if (score < bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

export interface EvaluationYear {
  year: number;
  drafts: number;
  /** Vetoes cast that year (a draft vetoed by two members counts two). */
  vetoes: number;
  params: RecordsParams;
  brierRecords: number;
  brierBaseRate: number;
}

export interface VetoForecastEvaluation {
  years: EvaluationYear[];
  /** Over all (draft, member) pairs of the test years. */
  pairs: number;
  brierRecords: number;
  brierBaseRate: number;
  /** The Brier score of always forecasting 0 (no veto): the floor any model must beat. */
  brierZero: number;
  /** brierRecords < brierBaseRate. */
  beatsBaseRate: boolean;
  /** Years in which the records model scored better / worse than the base rate. */
  yearsBetter: number;
  yearsWorse: number;
}

/** Out of sample: for each T, fit on years before T and forecast every text voted in T. */
export function evaluateVetoForecast(
  records: readonly DraftRecord[],
  from: number,
  to: number,
): VetoForecastEvaluation {
  const years: EvaluationYear[] = [];
  let sr = 0;
  let sb = 0;
  let n = 0;
  let vetoes = 0;
  const index = new RecordsIndex(records);
  for (let T = from; T <= to; T++) {
    const test = records.filter((d) => d.year === T);
    if (test.length === 0) continue;
    const params = fitParams(records, T, paramGrid, index);
    const r = brierOf(test, (d) => index.forecast(d.agendaItem, T, params));
    const b = brierOf(test, (d) => baseRateForecast(records, d.agendaItem, T));
    years.push({
      year: T,
      drafts: test.length,
      vetoes: test.reduce((k, d) => k + d.vetoedBy.length, 0),
      params,
      brierRecords: r.sum / r.n,
      brierBaseRate: b.sum / b.n,
    });
    sr += r.sum;
    sb += b.sum;
    n += r.n;
    vetoes += test.reduce(
      (k, d) => k + d.vetoedBy.filter((m) => permanentOrder.includes(m as (typeof permanentOrder)[number])).length,
      0,
    );
  }
  return {
    years,
    pairs: n,
    brierRecords: n ? sr / n : Number.NaN,
    brierBaseRate: n ? sb / n : Number.NaN,
    brierZero: n ? vetoes / n : Number.NaN,
    beatsBaseRate: sr < sb,
    yearsBetter: years.filter((y) => y.brierRecords < y.brierBaseRate).length,
    yearsWorse: years.filter((y) => y.brierRecords > y.brierBaseRate).length,
  };
}
