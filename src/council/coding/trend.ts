// The trend of coded practice over time (Krause 1994: the post-1990 rise of Chapter VII): per
// year, the resolutions coded, the share acting under Chapter VII, the determinations by type
// and the authorisations of force. Pure: aggregates codings.
import type { CodedResolution } from './code-resolution.ts';

export interface TrendRow {
  year: number;
  resolutions: number;
  chapterVII: number;
  /** chapterVII / resolutions. */
  chapterVIIShare: number;
  determinations: { threat: number; breach: number; aggression: number };
  authorizesForce: number;
}

export function trendByYear(coded: readonly { year: number; coding: CodedResolution }[]): TrendRow[] {
  const rows = new Map<number, TrendRow>();
  for (const { year, coding } of coded) {
    let r = rows.get(year);
    if (!r)
      rows.set(
        year,
        (r = {
          year,
          resolutions: 0,
          chapterVII: 0,
          chapterVIIShare: 0,
          determinations: { threat: 0, breach: 0, aggression: 0 },
          authorizesForce: 0,
        }),
      );
    r.resolutions++;
    if (coding.chapterVII) r.chapterVII++;
    if (coding.determination !== 'none') r.determinations[coding.determination]++;
    if (coding.authorizesForce) r.authorizesForce++;
  }
  const out = [...rows.values()].sort((a, b) => a.year - b.year);
  for (const r of out) r.chapterVIIShare = r.chapterVII / r.resolutions;
  return out;
}
