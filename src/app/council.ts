// Security Council practice use cases shared by the CLI and the server: the meetings in a span of
// years whose agenda holds a topic (filtered by the store, src/store/sql/council.ts), refused as
// not found when no meetings are imported, and meetings flattened to one CSV row per decision
// (a meeting without a decision is one row with empty decision fields).
import type { Meeting } from '../council/practice.ts';
import type { CsvValue } from '../csv-writer.ts';
import { NotFoundError } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { importAdvice } from './import-advice.ts';

export interface MeetingsWanted {
  from?: number;
  to?: number;
  /** Case-insensitive text an agenda item must contain. */
  topic?: string;
  /** Only meetings that took a decision. */
  decisionsOnly?: boolean;
}

/** NotFoundError when the store holds no meetings (nothing imported). */
export async function requireMeetings(store: Store): Promise<void> {
  if ((await store.countRows('meetings')) === 0)
    throw new NotFoundError(
      `the store holds no Security Council meetings: run ${await importAdvice(store, ['unsc-meetings'])}`,
    );
}

/** The meetings wanted, in date order. */
export async function meetingsWhere(store: Store, q: MeetingsWanted): Promise<Meeting[]> {
  await requireMeetings(store);
  const meetings = await store.council.meetings({ from: q.from, to: q.to, topic: q.topic });
  return q.decisionsOnly ? meetings.filter((m) => m.decisions.length > 0) : meetings;
}

export const meetingCsvColumns = [
  'date',
  'record',
  'topic',
  'decision',
  'symbol',
  'resolution',
  'vetoed_by',
  'yes',
  'no',
  'abstain',
  'tally',
] as const;

/** One row per decision (one with empty decision fields for a meeting that took none), keyed by meetingCsvColumns. */
export function meetingCsvRows(
  meetings: readonly Pick<Meeting, 'date' | 'record' | 'topics' | 'decisions'>[],
): Record<(typeof meetingCsvColumns)[number], CsvValue>[] {
  return meetings.flatMap((m) =>
    (m.decisions.length ? m.decisions : [null]).map((d) => ({
      date: m.date,
      record: m.record,
      topic: m.topics.join(' | '),
      decision: d?.kind,
      symbol: d?.symbol,
      resolution: d?.resolutionNumber,
      vetoed_by: d?.vetoedBy.join(' '),
      yes: d?.tally.yes,
      no: d?.tally.no,
      abstain: d?.tally.abstain,
      tally: d?.tally.text,
    })),
  );
}
