// UN regional group of each Member State: world-countries' `unRegionalGroup`, renamed to
// Concord's short names, with the special cases the UN Department for General Assembly and
// Conference Management documents. Choice: a Member's group is the one it counts in for
// elections; the note says where that is not plain membership.
import type { UnRegionalGroup } from './country.ts';

const groupNames: Record<string, UnRegionalGroup> = {
  'African Group': 'African',
  'Asia and the Pacific Group': 'Asia-Pacific',
  'Eastern European Group': 'Eastern European',
  'Latin American and Caribbean Group': 'Latin American and Caribbean',
  'Western European and Others Group': 'Western European and Others',
};

/** The group named by world-countries' `unRegionalGroup`, or null for '' (no group). */
export function unGroupFromLabel(label: string): UnRegionalGroup | null {
  if (label === '') return null;
  const group = groupNames[label];
  if (!group) throw new Error(`unknown UN regional group label "${label}"`);
  return group;
}

export interface GroupCase {
  group: UnRegionalGroup | null;
  note: string;
}

/** Members (and one observer) whose group is a special case. */
export const unGroupCases: Readonly<Record<string, GroupCase>> = {
  USA: {
    group: 'Western European and Others',
    note: 'Not a member of any group: attends WEOG meetings as an observer and is counted in WEOG for electoral purposes.',
  },
  TUR: {
    group: 'Western European and Others',
    note: 'Participates fully in both WEOG and the Asia-Pacific Group; counted in WEOG for electoral purposes.',
  },
  ISR: {
    group: 'Western European and Others',
    note: 'Geographically in Asia but in no group until May 2000, when it joined WEOG (New York) on a temporary basis, made permanent in 2004.',
  },
  KIR: {
    group: 'Asia-Pacific',
    note: 'Listed in the Asia-Pacific Group by the UN today; for years after its admission in 1999 it was in no group.',
  },
  CYP: {
    group: 'Asia-Pacific',
    note: 'An EU member state, but in the Asia-Pacific Group.',
  },
  PSE: {
    group: null,
    note: 'Non-member observer State; a full member of the Asian (now Asia-Pacific) Group since 1986, not counted among its Member States.',
  },
};
