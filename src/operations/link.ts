// A link from a peace operation to the Security Council resolution that created it, how it was
// found (the resolution's text, or the Council's meetings tables), and the linking of a whole
// list: each operation by text first, then by meetings; what stays unlinked, and why (saying so
// when the founding resolution falls in the 1993-1999 gap of the texts, SOURCES.md). The
// coverage summary is what docs/cases.md reports.
import { type CouncilResolution, linkByMeetings } from './link-by-meetings.ts';
import { linkByText, normaliseResolution, type ResolutionText } from './link-by-text.ts';
import type { PeaceOperation } from './operation.ts';

export type LinkMethod = 'text' | 'meetings';

export interface OperationLink {
  acronym: string;
  resolution: number;
  adoptedOn: string | null;
  method: LinkMethod;
  /** The words or facts that made the link, for the user to judge. */
  evidence: string;
}

export interface Unlinked {
  acronym: string;
  reason: string;
  /** Resolutions that fit but could not be told apart. */
  candidates: number[];
}

export interface LinkResult {
  links: OperationLink[];
  unlinked: Unlinked[];
}

/** Bumped when the linking rules change, so stored links are recomputed. */
export const linkerVersion = 3;

/** Resolutions whose text is in no source Concord reads (CR-UNSC ends at 899 but for 902; the UN's XML starts at 1285). */
export const textMissing = (n: number) => n >= 900 && n <= 1284 && n !== 902;

/** The operation's start falls where no resolution text is held (mid-1993 to 1999). */
const startInTextGap = (start: string) => start >= '1993-09-01' && start <= '2000-01-31';

export function linkOperations(
  ops: readonly PeaceOperation[],
  texts: readonly ResolutionText[],
  council: readonly CouncilResolution[],
): LinkResult {
  const normalised = new Map(texts.map((t) => [t.number, normaliseResolution(t.text)]));
  const links: OperationLink[] = [];
  const unlinked: Unlinked[] = [];
  for (const op of ops) {
    if (op.composite) continue;
    if (op.startDate === null) {
      unlinked.push({ acronym: op.acronym, reason: 'no start date in the DPPA list to search around', candidates: [] });
      continue;
    }
    const byText = linkByText(op, texts, normalised);
    if (byText) {
      links.push(byText);
      continue;
    }
    const byMeetings = linkByMeetings(op, council);
    if (byMeetings.link) links.push(byMeetings.link);
    else {
      const gap =
        byMeetings.candidates.length > 0 ? byMeetings.candidates.some(textMissing) : startInTextGap(op.startDate);
      unlinked.push({
        acronym: op.acronym,
        reason: gap
          ? `${byMeetings.reason}; the texts of resolutions 900-1284 (1993-1999) are in no source, so no text can decide`
          : byMeetings.reason,
        candidates: byMeetings.candidates,
      });
    }
  }
  return { links, unlinked };
}

export interface Coverage {
  operations: number;
  linked: number;
  byText: number;
  byMeetings: number;
  unlinked: number;
}

export function coverage(result: LinkResult): Coverage {
  return {
    operations: result.links.length + result.unlinked.length,
    linked: result.links.length,
    byText: result.links.filter((l) => l.method === 'text').length,
    byMeetings: result.links.filter((l) => l.method === 'meetings').length,
    unlinked: result.unlinked.length,
  };
}
