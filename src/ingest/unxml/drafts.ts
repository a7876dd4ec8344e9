// Source unxml-drafts: drafts not adopted 2023-2025 from the UN's Akoma Ntoso repository
// (`Not adopted/English/S_YYYY_N-JOBE.xml`) with their recorded votes per member and outcome (a
// veto: the permanent members voting against; otherwise not adopted for want of nine votes), into
// council_documents (kind draft), council_paragraphs and council_votes. A member name that does
// not resolve to a country is an IngestError naming the file.
import { IngestError } from '../errors.ts';
import type { Source } from '../source.ts';
import { formatMembers, memberName, type PermanentMember } from '../unsc/members.ts';
import { listXml, resolveMembers, unxmlProvenance, unxmlRoot } from './common.ts';
import { readDocuments, writeDocument } from './documents.ts';

const folder = `${unxmlRoot}/Not adopted/English`;

/** "France, Lebanon, United Kingdom ... and United States of America" -> names. */
export function splitSponsors(by: string | null): string[] {
  if (!by) return [];
  return by
    .split(/\s*,\s*|\s+and\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const permanent = (name: string): PermanentMember | undefined =>
  memberName(
    name
      .toLowerCase()
      .replace(/^united kingdom.*/, 'uk')
      .replace(/^united states.*/, 'usa'),
  );

/**
 * The vetoing members: those the outcome names in parentheses ("... of 1 permanent member of the
 * Security Council (Russian Federation)"), else the permanent members voting against.
 */
export function vetoersOf(outcome: string | null, against: readonly string[]): PermanentMember[] {
  const named = /\(([^()]+)\)\.?\s*$/.exec(outcome ?? '')?.[1];
  const fromText = named ? named.split(/\s*,\s*|\s+and\s+/).map(permanent) : [];
  if (fromText.length > 0 && fromText.every((m) => m !== undefined)) return fromText as PermanentMember[];
  return against.map(permanent).filter((m): m is PermanentMember => m !== undefined);
}

/**
 * The names in each list of a recorded vote. A member listed in two lists (S/2023/638 lists China
 * in favour and abstaining) is kept only in the list whose length does not exceed its stated count
 * (when both fit, in the later list: abstaining or against rather than in favour).
 */
export function votesOf(
  votes: readonly { member: string; vote: 'yes' | 'no' | 'abstain' }[],
  counts: Partial<Record<'yes' | 'no' | 'abstain', number>>,
): Record<'yes' | 'no' | 'abstain', string[]> {
  const out = { yes: [] as string[], no: [] as string[], abstain: [] as string[] };
  for (const v of votes) out[v.vote].push(v.member);
  const lists = Object.keys(out) as ('yes' | 'no' | 'abstain')[];
  for (const a of lists) {
    for (const name of [...out[a]]) {
      const other = lists.find((b) => b !== a && out[b].includes(name));
      if (!other) continue;
      const over = (k: 'yes' | 'no' | 'abstain') => counts[k] !== undefined && out[k].length > counts[k]!;
      const drop = over(a) ? a : over(other) ? other : a;
      out[drop] = out[drop].filter((n) => n !== name);
    }
  }
  return out;
}

export const unxmlDraftsSource: Source = {
  id: 'unxml-drafts',
  title: 'Security Council drafts not adopted 2023-2025, with votes, UN Akoma Ntoso XML',
  ...unxmlProvenance,
  files: [{ path: folder }],
  tables: ['council_documents', 'council_paragraphs', 'council_votes', 'source_files'],
  version: 1,
  async load(dataDir, sink) {
    const source = this.id;
    const files = await listXml(dataDir, folder, sink, source);
    const docs = await readDocuments(files, { source, kind: 'draft', otherKind: (s) => `not a draft (${s})` }, sink);
    docs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.symbol < b.symbol ? -1 : 1));
    for (const d of docs) {
      const byVote = votesOf(d.akn.votes, d.akn.voteCounts);
      const step = d.akn.workflow.find((s) => /^veto$/i.test(s.outcome));
      const vetoedBy = step ? vetoersOf(step.by, byVote.no) : [];
      const sponsors = splitSponsors(d.akn.workflow.find((s) => s.outcome === 'draftResolution')?.by ?? null);
      await writeDocument(sink, source, d, {
        vetoed_by: vetoedBy.length ? formatMembers(vetoedBy) : null,
        sponsors: sponsors.length ? sponsors.join('\n') : null,
      });
      for (const vote of ['yes', 'no', 'abstain'] as const) {
        const { members, unknown } = resolveMembers(byVote[vote]);
        if (unknown.length)
          throw new IngestError(d.file.path, undefined, `${d.symbol}: member "${unknown[0]}" is not a known country`);
        for (const m of members)
          await sink.insert('council_votes', {
            symbol: d.symbol,
            year: d.year,
            member: m.member,
            iso3: m.iso3,
            vote,
            source,
          });
      }
    }
  },
};
