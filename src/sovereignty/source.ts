// The sources of the sovereignty registry, and how each is checked against the store: a
// Security Council resolution whose text Concord holds (1-899, 902, 1445, 1454) is verified
// when the quoted words are in it and its adoption date matches; one Concord knows only from
// the Council's meetings tables is verified on its adoption date; anything else (agreements,
// declarations, General Assembly resolutions, later resolutions) is recorded as known from the
// literature, never shown as verified.

export const sourceKinds = [
  'security-council-resolution',
  'general-assembly-resolution',
  'agreement',
  'declaration',
  'decision',
  'other',
] as const;
export type SourceKind = (typeof sourceKinds)[number];

export interface RegistrySource {
  kind: SourceKind;
  /** How it is cited: "S/RES/1244 (1999)", "General Framework Agreement for Peace in Bosnia and Herzegovina (Dayton Agreement)". */
  citation: string;
  /** YYYY-MM-DD of adoption, signature or declaration. */
  date: string;
  /** For a Security Council resolution: its number (for the check against the store). */
  resolution?: number;
  /** Words of the resolution that support the entry (checked when Concord holds the text). */
  quote?: string;
  /** What the source establishes for the entry: "start", "end", "legal basis", "authority"... */
  supports: string;
}

/** What the store knows about a resolution. */
export interface ResolutionEvidence {
  /** Its text, when Concord holds it. */
  text?: string;
  /** Its adoption date(s) from the meetings tables, when listed there (a few numbers appear twice). */
  adoptedOn?: string[];
}

export type Verification =
  | { level: 'text'; detail: string }
  | { level: 'meetings'; detail: string }
  | { level: 'knowledge'; detail: string }
  | { level: 'mismatch'; detail: string };

/** Lower case, words joined across line breaks and end-of-line hyphens, spaces collapsed. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/(\p{L})- (\p{L})/gu, '$1$2')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function verifySource(s: RegistrySource, evidence: ResolutionEvidence | undefined): Verification {
  if (s.kind !== 'security-council-resolution' || s.resolution === undefined)
    return { level: 'knowledge', detail: 'not a Security Council resolution; from the literature' };
  if (!evidence || (evidence.text === undefined && evidence.adoptedOn === undefined))
    return { level: 'knowledge', detail: 'not in the store' };
  if (evidence.adoptedOn !== undefined && !evidence.adoptedOn.includes(s.date)) {
    return {
      level: 'mismatch',
      detail: `the meetings tables date it ${evidence.adoptedOn.join(' or ')}, the registry ${s.date}`,
    };
  }
  if (evidence.text !== undefined) {
    if (s.quote !== undefined && !normaliseText(evidence.text).includes(normaliseText(s.quote))) {
      return { level: 'mismatch', detail: `the quoted words are not in the text: "${s.quote}"` };
    }
    return {
      level: 'text',
      detail: s.quote !== undefined ? 'quoted words found in the resolution text' : 'resolution text in the store',
    };
  }
  return { level: 'meetings', detail: `adopted on ${s.date} per the meetings tables` };
}
