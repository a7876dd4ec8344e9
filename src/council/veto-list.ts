// The veto list joined to the meetings it was cast at, and counted by member, decade or region.
// A veto (Art. 27(3)) is a permanent member's negative vote on a draft that had the required
// majority; the list (source unsc-vetoes) has one row per vetoed draft, the meetings tables
// (unsc-meetings) one decision per vetoed draft. They are joined by the draft's symbol and date,
// then by meeting record and date (drafts without a document are named by the record, and the
// list writes some symbols with notes: "S/3710 (as amended)", "S/9696 and Corr.1 & 2"); each
// meeting decision is used once, so the three vetoes at S/PV.49 meet three decisions.
import type { Veto, VetoedDraftRecord, VetoListEntry } from './practice.ts';

/** The document symbol a draft is named by: its first "S/..." token, notes dropped. */
export function draftSymbol(draft: string): string {
  const m = /S\/(?:PV\.)?[0-9A-Za-z./]*[0-9A-Za-z]/.exec(draft);
  return m ? m[0] : draft.trim();
}

export function joinVetoes(list: readonly VetoListEntry[], drafts: readonly VetoedDraftRecord[]): Veto[] {
  const used = new Set<number>();
  const find = (pred: (d: VetoedDraftRecord) => boolean): VetoedDraftRecord | undefined => {
    const i = drafts.findIndex((d, k) => !used.has(k) && pred(d));
    if (i < 0) return undefined;
    used.add(i);
    return drafts[i];
  };
  return list.map((v) => {
    const symbol = draftSymbol(v.draft);
    const record = draftSymbol(v.meetingRecord);
    const d =
      find((x) => x.symbol === symbol && x.date === v.date) ??
      find((x) => x.meetingRecord?.startsWith(record) === true && x.date === v.date) ??
      find((x) => x.symbol === symbol && x.date.slice(0, 4) === v.date.slice(0, 4));
    return { ...v, meeting: d ? { record: d.meetingRecord, topics: d.topics, tally: d.tally } : null };
  });
}

export type VetoGrouping = 'member' | 'decade' | 'region';

export interface VetoCount {
  /** The member, the decade ("1940s") or the region. */
  key: string;
  /** Vetoed drafts (a draft vetoed by three members counts once). */
  drafts: number;
  /** Vetoes cast (a draft vetoed by three members counts three times). */
  casts: number;
  /** Vetoes cast per member within the group. */
  byMember: Record<string, number>;
  firstYear: number;
  lastYear: number;
}

const memberOrder = ['USSR', 'Russia', 'China', 'France', 'UK', 'USA'];

/** Counts vetoes by member, decade or region (the list's region; "unknown" when it gives none). */
export function vetoesBy(vetoes: readonly VetoListEntry[], by: VetoGrouping): VetoCount[] {
  const groups = new Map<string, VetoCount>();
  const add = (key: string, v: VetoListEntry, members: readonly string[]) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, drafts: 0, casts: 0, byMember: {}, firstYear: v.year, lastYear: v.year }));
    g.drafts++;
    g.casts += members.length;
    for (const m of members) g.byMember[m] = (g.byMember[m] ?? 0) + 1;
    g.firstYear = Math.min(g.firstYear, v.year);
    g.lastYear = Math.max(g.lastYear, v.year);
  };
  for (const v of vetoes) {
    if (by === 'member') for (const m of v.members) add(m, v, [m]);
    else if (by === 'decade') add(`${Math.floor(v.year / 10) * 10}s`, v, v.members);
    else add(v.region ?? 'unknown', v, v.members);
  }
  const rows = [...groups.values()];
  if (by === 'member') return rows.sort((a, b) => memberOrder.indexOf(a.key) - memberOrder.indexOf(b.key));
  if (by === 'decade') return rows.sort((a, b) => a.key.localeCompare(b.key));
  return rows.sort((a, b) => b.drafts - a.drafts || a.key.localeCompare(b.key));
}
