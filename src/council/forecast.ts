// Base-rate forecast of vetoes: from the drafts the Council put to the vote (meetings tables,
// 1946-2022) on a topic and/or in a region, how often each permanent seat vetoed one, and from
// that an estimate of the probability that it vetoes the next such draft. The estimate is the
// seat's rate on matching drafts shrunk towards its rate on all drafts of the period (a beta
// prior worth `priorWeight` drafts), so that a handful of matching drafts does not give 0 or 1;
// the interval is the Wilson score interval (90%) of the raw rate. The Russian seat counts the
// USSR's vetoes before 1992, the China seat the Republic of China's before 1971.
// What this cannot know (said in `limits`): drafts withdrawn or never tabled because a veto was
// threatened (the "hidden veto"), so observed rates understate the threat; whether the next
// draft resembles the past ones beyond sharing words in its agenda item; changes of government
// and policy; topic and region are matched on agenda wording, not coded by hand.
import type { Meeting } from './practice.ts';
import { regionsOfTopic } from './regions.ts';
import { type PermanentSeat, permanentSeats } from './seats.ts';

/** A draft put to the vote: adopted (with or without a vote), not adopted, or vetoed. */
export interface VotedDraft {
  year: number;
  date: string;
  symbol: string | null;
  topics: string[];
  vetoedBy: string[];
}

/** The drafts put to the vote in a list of meetings (presidential statements are not votes). */
export function votedDrafts(meetings: readonly Meeting[]): VotedDraft[] {
  return meetings.flatMap((m) =>
    m.decisions
      .filter((d) => d.kind !== 'presidential_statement')
      .map((d) => ({
        year: m.year,
        date: m.date,
        symbol: d.symbol,
        topics: m.topics,
        vetoedBy: d.kind === 'draft_vetoed' ? d.vetoedBy : [],
      })),
  );
}

export interface ForecastQuery {
  topic?: string;
  region?: string;
  /** First year of the drafts used (default: all). */
  since?: number;
}

export interface SeatForecast {
  seat: PermanentSeat;
  /** Vetoes the seat cast on matching drafts. */
  vetoes: number;
  /** vetoes / matching drafts; null when no draft matched. */
  observedRate: number | null;
  /** The seat's rate on all drafts of the period (the prior's mean). */
  baseRate: number;
  /** The estimate: observed rate shrunk towards the base rate. */
  probability: number;
  /** Wilson 90% interval of the observed rate; null when no draft matched. */
  interval: [number, number] | null;
}

export interface VetoForecast {
  query: ForecastQuery;
  period: [number, number] | null;
  /** Drafts put to the vote in the period, and those matching the query. */
  draftsInPeriod: number;
  matchingDrafts: number;
  matchingVetoedDrafts: number;
  priorWeight: number;
  seats: SeatForecast[];
  method: string;
  limits: string[];
}

const seatOf: Record<string, PermanentSeat> = {
  USSR: 'Russia',
  Russia: 'Russia',
  China: 'China',
  France: 'France',
  UK: 'UK',
  USA: 'USA',
};

function wilson(k: number, n: number, z = 1.645): [number, number] {
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function matches(d: VotedDraft, q: ForecastQuery): boolean {
  const text = d.topics.join('\n');
  if (q.topic && !text.toLowerCase().includes(q.topic.toLowerCase())) return false;
  if (q.region && !regionsOfTopic(text).some((r) => r.toLowerCase() === q.region!.toLowerCase())) return false;
  return true;
}

export const limits: readonly string[] = [
  'Only drafts put to the vote are counted: drafts withdrawn or never tabled because a veto was threatened (the "hidden veto") are invisible, so these rates understate the threat of a veto.',
  'Matching is by the wording of the agenda item (topic) and by country and region names in it (region); a draft on the same crisis under another agenda title is missed.',
  "The past is a weak guide: governments, alliances and the Council's agenda change; the Russian seat mixes USSR (1946-1991) and Russian Federation practice, the China seat the Republic of China (to 1971) and the PRC.",
  'Few matching drafts make wide intervals; read the interval, not only the estimate.',
];

export function forecastVetoes(drafts: readonly VotedDraft[], q: ForecastQuery, priorWeight = 20): VetoForecast {
  const inPeriod = drafts.filter((d) => q.since === undefined || d.year >= q.since);
  const matching = inPeriod.filter((d) => matches(d, q));
  const count = (list: readonly VotedDraft[], seat: PermanentSeat) =>
    list.filter((d) => d.vetoedBy.some((m) => seatOf[m] === seat)).length;
  const seats = permanentSeats.map((seat): SeatForecast => {
    const baseRate = inPeriod.length ? count(inPeriod, seat) / inPeriod.length : 0;
    const vetoes = count(matching, seat);
    const n = matching.length;
    return {
      seat,
      vetoes,
      observedRate: n ? vetoes / n : null,
      baseRate,
      probability: (vetoes + priorWeight * baseRate) / (n + priorWeight),
      interval: n ? wilson(vetoes, n) : null,
    };
  });
  const years = inPeriod.map((d) => d.year);
  return {
    query: q,
    period: years.length ? [Math.min(...years), Math.max(...years)] : null,
    draftsInPeriod: inPeriod.length,
    matchingDrafts: matching.length,
    matchingVetoedDrafts: matching.filter((d) => d.vetoedBy.length > 0).length,
    priorWeight,
    seats,
    method: `Per seat: (vetoes on matching drafts + ${priorWeight} x its rate on all drafts of the period) / (matching drafts + ${priorWeight}); interval: Wilson 90% of the observed rate.`,
    limits: [...limits],
  };
}
