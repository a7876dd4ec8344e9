// A link from a peace operation to the Security Council resolution that created it, how it was
// found (the resolution's text, or the Council's meetings tables), and the linking of a whole
// list: each operation by text first, then by meetings; what stays unlinked, and why. The
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
export const linkerVersion = 2;

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
    else unlinked.push({ acronym: op.acronym, reason: byMeetings.reason, candidates: byMeetings.candidates });
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
