// Security Council documents 2000-2026 as the UN's Akoma Ntoso (AKN4UN) texts and the Dag
// Hammarskjöld Library's metadata give them (sources unxml-*, SOURCES.md "unsc/unxml"), each
// member's vote, and the members of the Council in each year (source unsc-members, DPPA
// "Security Council membership"). Types only, in the domain's words (DOMAIN.md section 5); the
// store fills them (src/store/council-store.ts), the analytics read them. A paragraph keeps its
// place in the document (preamble or operative) and its number, so that coded evidence can point
// at a paragraph and at character offsets inside its text.

export type CouncilDocumentKind = 'resolution' | 'statement' | 'draft';

export interface CouncilParagraph {
  /** 0-based position in the document (preamble first, then the operative part). */
  index: number;
  part: 'preamble' | 'operative';
  /** The paragraph's number as printed ("1.", "4 bis", "(a)" flattened into its paragraph); null when unnumbered. */
  number: string | null;
  /** The paragraph's text, whitespace collapsed; evidence offsets count into this string. */
  text: string;
}

export interface CouncilDocument {
  /** Exactly "S/RES/1973 (2011)", "S/PRST/2011/18" or, for a draft not adopted, "S/2024/255". */
  symbol: string;
  kind: CouncilDocumentKind;
  /** The resolution number (1973); the statement's number within its year (18); null for a draft. */
  number: number | null;
  year: number;
  /** YYYY-MM-DD: adoption (resolution), issue (statement) or vote (draft). */
  date: string;
  /** The agenda item ("The situation in Libya"); null when no source gives one. */
  agendaItem: string | null;
  /** UNBIS Thesaurus subjects, upper-case as the Library writes them. */
  subjects: string[];
  /** Sponsors (and additional sponsors), upper-case UN names as the source writes them. */
  sponsors: string[];
  /** The Library's `chapter_VII` flag (resolutions with metadata); null when there is none. It is sometimes wrong. */
  chapterVIIFlag: boolean | null;
  paragraphs: CouncilParagraph[];
  /** ISO3 of the countries the agenda item and subjects name (empty for thematic items). */
  countries: string[];
  /** The meeting record ("S/PV.6498") when known. */
  meeting: string | null;
  /** Permanent members whose negative vote defeated a draft ("Russia", "USA", ...); empty otherwise. */
  vetoedBy: string[];
}

export type MemberVoteCast = 'yes' | 'no' | 'abstain' | 'absent';

/** One Council member's vote on one document (resolutions 2000-2026 and drafts not adopted 2023-2025). */
export interface MemberVote {
  symbol: string;
  /** Concord's country id (ISO3; SUN for the USSR). */
  iso3: string;
  /** The member's name as the source writes it ("RUSSIAN FEDERATION"). */
  member: string;
  vote: MemberVoteCast;
}

/** A member of the Council in one year (DPPA membership, 1946-2027). */
export interface CouncilMember {
  year: number;
  /** Concord's country id: BLR for the Byelorussian SSR, COD for Zaire, LKA for Ceylon, SUN for the USSR. */
  iso3: string;
  /** The member's name in that year ("Byelorussian SSR" in 1974, "Zaire" in 1982, "Côte d'Ivoire" where the file leaves it empty). */
  name: string;
  seat: 'permanent' | 'elected';
}

/** The symbol of a resolution: "S/RES/1973 (2011)". */
export function resolutionSymbol(number: number, year: number): string {
  return `S/RES/${number} (${year})`;
}

/** The symbol of a presidential statement: "S/PRST/2011/18". */
export function statementSymbol(year: number, number: number): string {
  return `S/PRST/${year}/${number}`;
}

/** The resolutions that exist in no source Concord reads (texts 1995-1999). */
export const resolutionTextGap = { from: 984, to: 1284, fromYear: 1995, toYear: 1999 } as const;

/**
 * Resolutions after the gap whose corpus text is CR-UNSC's hand-corrected one (the labelled optics
 * sample and its reproducible draw refer to their paragraphs); the UN XML still gives their
 * structured document (paragraphs, votes, metadata).
 */
export const crUnscTextsAfterGap: ReadonlySet<number> = new Set([1445, 1454]);

/** Whether resolution `n` falls in the 1995-1999 source gap. */
export const inResolutionTextGap = (n: number): boolean => n >= resolutionTextGap.from && n <= resolutionTextGap.to;

/** Why the store has no text of resolution `n`: the 1995-1999 source gap, or what it holds. */
export function missingResolutionText(
  n: number,
  range: { count: number; min: number | null; max: number | null },
  /** The command that imports the resolution texts (src/app/import-advice.ts). */
  importCmd: string,
): string {
  if (inResolutionTextGap(n)) {
    return `resolution ${n} (${resolutionTextGap.fromYear}-${resolutionTextGap.toYear}): a source gap, no text of resolutions ${resolutionTextGap.from}-${resolutionTextGap.to} exists in any source Concord reads (CR-UNSC ends in 1994, the UN XML starts in 2000)`;
  }
  if (range.count === 0) return `no resolution ${n}: the store holds no resolution texts (run ${importCmd})`;
  return `no text of resolution ${n} in the store: it holds ${range.count} texts, numbers ${range.min}-${range.max} (CR-UNSC 1946-1994, UN XML 2000-2026; resolutions ${resolutionTextGap.from}-${resolutionTextGap.to} are a source gap; 2510, 2589 and 2762 are missing upstream)`;
}
