// An evidence item behind a rating or a judgement: its source, date, a quote or a note, and a
// link. Items the machine suggested (from Concord's data-driven risk evidence) stay marked as
// such until an analyst confirms them.

/** Who put an item or rating on the record. */
export type Origin = 'analyst' | 'machine';

export interface EvidenceItem {
  /** Stable within its list (e1, e2, ...), so versions can be compared item by item. */
  id: string;
  /** Where it comes from: a report, a dataset, a resolution ("HRW, 'They Killed Us All', 2024"). */
  source: string;
  /** YYYY-MM-DD: the date of the evidence (publication or event). */
  date: string;
  quote: string | null;
  note: string | null;
  link: string | null;
  origin: Origin;
  /** For machine items: the analyst who confirmed it, else null (machine-suggested). */
  confirmedBy: string | null;
}

/** What an analyst supplies to add an item (the id and origin are assigned). */
export type EvidenceInput = Pick<EvidenceItem, 'source' | 'date'> &
  Partial<Pick<EvidenceItem, 'quote' | 'note' | 'link'>>;

/** The next free id in a list of items: e1, e2, ... */
export function nextEvidenceId(items: readonly { id: string }[]): string {
  const used = items.map((e) => Number(/^e(\d+)$/.exec(e.id)?.[1] ?? 0));
  return `e${Math.max(0, ...used) + 1}`;
}

export function analystEvidence(items: readonly EvidenceItem[], input: EvidenceInput): EvidenceItem {
  return {
    id: nextEvidenceId(items),
    source: input.source,
    date: input.date,
    quote: input.quote ?? null,
    note: input.note ?? null,
    link: input.link ?? null,
    origin: 'analyst',
    confirmedBy: null,
  };
}

/** True for a machine item nobody has confirmed yet. */
export function isUnconfirmedSuggestion(item: { origin: Origin; confirmedBy: string | null }): boolean {
  return item.origin === 'machine' && item.confirmedBy === null;
}
