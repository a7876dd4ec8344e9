// The Council's record over a period: per year, meetings held, resolutions adopted,
// presidential statements, drafts that failed for want of votes and drafts vetoed (from the
// meetings tables, source unsc-meetings). Pure: counts what the store returns. A meeting is
// counted once: the tables give a "(Resumption n)" row for each day a meeting was resumed
// (S/PV.3454, S/PV.3454 (Resumption 1), ...), which is the same meeting (issue 14: 9,393 rows
// with a record against 9,081 numbered meetings 1946-2022), so meetings are counted by number.
import type { Meeting } from './practice.ts';

export interface YearRecord {
  year: number;
  meetings: number;
  resolutions: number;
  presidentialStatements: number;
  draftsNotAdopted: number;
  draftsVetoed: number;
}

export function recordByYear(meetings: readonly Meeting[]): YearRecord[] {
  const years = new Map<number, YearRecord>();
  const seen = new Map<number, Set<string>>();
  for (const m of meetings) {
    let y = years.get(m.year);
    if (!y)
      years.set(
        m.year,
        (y = {
          year: m.year,
          meetings: 0,
          resolutions: 0,
          presidentialStatements: 0,
          draftsNotAdopted: 0,
          draftsVetoed: 0,
        }),
      );
    if (m.record !== null) {
      const key =
        m.meetingNumber !== null ? String(m.meetingNumber) : m.record.replace(/\s*\(Resumption \d+\)\s*$/i, '');
      let keys = seen.get(m.year);
      if (!keys) seen.set(m.year, (keys = new Set()));
      if (!keys.has(key)) {
        keys.add(key);
        y.meetings++;
      }
    }
    for (const d of m.decisions) {
      if (d.kind === 'resolution') y.resolutions++;
      else if (d.kind === 'presidential_statement') y.presidentialStatements++;
      else if (d.kind === 'draft_not_adopted') y.draftsNotAdopted++;
      else y.draftsVetoed++;
    }
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}
