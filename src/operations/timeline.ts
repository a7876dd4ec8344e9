// The peace-operations timeline by year: from the DPPA list, the operations active at some time
// in the year, those starting and those ending (composite rows left out, so no mission counts
// twice); beside it, Our World in Data's yearly count of missions and personnel by type. The
// two counts differ (OWID counts missions as UN Peacekeeping reports them); both are shown.
import type { PeaceOperation } from './operation.ts';

export interface PersonnelYear {
  year: number;
  missions: number | null;
  total: number | null;
  police: number | null;
  observers: number | null;
  troops: number | null;
}

export interface TimelineYear {
  year: number;
  /** Acronyms active at some time in the year, per the DPPA list. */
  active: string[];
  started: string[];
  ended: string[];
  personnel: PersonnelYear | null;
}

const yearOf = (d: string) => Number(d.slice(0, 4));

/** Operations active at some time in `year` (an open-ended active one counts to `lastYear`). */
function activeInYear(op: PeaceOperation, year: number, lastYear: number): boolean {
  if (op.startDate === null || yearOf(op.startDate) > year) return false;
  const end = op.endDate !== null ? yearOf(op.endDate) : op.active ? lastYear : null;
  return end !== null && year <= end;
}

export function operationsTimeline(
  ops: readonly PeaceOperation[],
  personnel: readonly PersonnelYear[],
  from: number,
  to: number,
): TimelineYear[] {
  const counted = ops.filter((o) => !o.composite);
  const byYear = new Map(personnel.map((p) => [p.year, p]));
  const out: TimelineYear[] = [];
  for (let y = from; y <= to; y++) {
    out.push({
      year: y,
      active: counted.filter((o) => activeInYear(o, y, to)).map((o) => o.acronym),
      started: counted.filter((o) => o.startDate !== null && yearOf(o.startDate) === y).map((o) => o.acronym),
      ended: counted.filter((o) => o.endDate !== null && yearOf(o.endDate) === y).map((o) => o.acronym),
      personnel: byYear.get(y) ?? null,
    });
  }
  return out;
}
