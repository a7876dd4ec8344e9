// A situation: the state or territory concerned, the populations at risk, the atrocity crimes
// alleged, its period, and its dated status on the R2P scale of concern (monitoring, serious
// concern, imminent risk, current crisis). Types and the pure rules on them.
import type { AtrocityCrime } from './crimes.ts';

export const situationStatuses = ['monitoring', 'serious-concern', 'imminent-risk', 'current-crisis'] as const;
export type SituationStatus = (typeof situationStatuses)[number];

export const statusLabels: Readonly<Record<SituationStatus, string>> = {
  monitoring: 'monitoring',
  'serious-concern': 'serious concern',
  'imminent-risk': 'imminent risk',
  'current-crisis': 'current crisis',
};

/** A status the situation entered on a date. */
export interface StatusEntry {
  status: SituationStatus;
  /** YYYY-MM-DD: when the situation reached this status (the analyst's dating, not the recording time). */
  from: string;
}

export interface Situation {
  /** ISO3 of the state or territory (Concord's reference list; XKX for Kosovo). */
  iso3: string;
  title: string;
  populationsAtRisk: string[];
  crimesAlleged: AtrocityCrime[];
  /** YYYY-MM-DD: when the situation began. */
  since: string;
  /** YYYY-MM-DD: when it ended, or null while it lasts. */
  until: string | null;
  /** Dated statuses, oldest first; the last is the current status. */
  statusHistory: StatusEntry[];
}

export function currentStatus(s: Situation): SituationStatus {
  return s.statusHistory[s.statusHistory.length - 1].status;
}

/** The rank of a status on the scale of concern (monitoring 0 ... current crisis 3). */
export function statusRank(status: SituationStatus): number {
  return situationStatuses.indexOf(status);
}

/** A case id made from the country code and the title: `mmr-rakhine-state`. */
export function caseIdFor(iso3: string, title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug ? `${iso3.toLowerCase()}-${slug}` : iso3.toLowerCase();
}
