// Voting analytics of the Council 2000-2026 (issue 14, item 5; DOMAIN.md section 5 "Votes" and
// "Penholder"), from each member's recorded vote (MemberVote: UN XML and the Library's metadata)
// and the documents voted on (adopted resolutions, drafts not adopted):
//  - per year: texts put to the vote, adopted unanimously, adopted with a split (any negative
//    vote or abstention; a member that did not take part is neither), not adopted, vetoed;
//  - per member: abstentions and negative votes by year, agenda item or UNBIS subject;
//  - the five permanent members' agreement: for each pair, the share of texts on which both
//    voted and cast the same vote (yes, no or abstain), per year or over a period;
//  - sponsorship per agenda item and the likely penholder: the first sponsor (DOMAIN.md), read
//    only where the order of the list says something - a sole sponsor, or a list not in
//    alphabetical order (the UN prints most co-sponsor lists alphabetically, so there the first
//    name is the alphabet's choice, not the drafter's).
// Saxer's "blocked consensus" shows as the fall of the unanimity share and of P5 agreement.
// Pure: counts what it is given.
import type { CouncilDocument, MemberVote, MemberVoteCast } from './document.ts';
import { agendaKey } from './r2p-reference.ts';

export type VotedDocument = Pick<
  CouncilDocument,
  'symbol' | 'kind' | 'year' | 'date' | 'agendaItem' | 'subjects' | 'sponsors' | 'vetoedBy'
>;

/** The permanent members by Concord country id. */
export const permanentIso3: Record<string, string> = {
  CHN: 'China',
  FRA: 'France',
  GBR: 'UK',
  RUS: 'Russia',
  USA: 'USA',
};
export const permanentOrder = ['CHN', 'FRA', 'RUS', 'GBR', 'USA'] as const;

export interface VotingYear {
  year: number;
  /** Texts put to the vote with a recorded vote (adopted and not adopted). */
  voted: number;
  adopted: number;
  unanimous: number;
  /** Adopted with at least one negative vote or abstention. */
  split: number;
  notAdopted: number;
  vetoed: number;
  /** unanimous / adopted; null when nothing was adopted. */
  unanimityShare: number | null;
  abstentions: number;
  negativeVotes: number;
}

function votesBySymbol(votes: readonly MemberVote[]): Map<string, MemberVote[]> {
  const m = new Map<string, MemberVote[]>();
  for (const v of votes) {
    const list = m.get(v.symbol);
    if (list) list.push(v);
    else m.set(v.symbol, [v]);
  }
  return m;
}

/** A text adopted with no negative vote and no abstention. */
export function isUnanimous(vs: readonly MemberVote[]): boolean {
  return vs.length > 0 && vs.every((v) => v.vote === 'yes' || v.vote === 'absent') && vs.some((v) => v.vote === 'yes');
}

/** Per year of the documents given: unanimity share and split votes. Documents without a recorded vote are left out. */
export function votingByYear(docs: readonly VotedDocument[], votes: readonly MemberVote[]): VotingYear[] {
  const by = votesBySymbol(votes);
  const years = new Map<number, VotingYear>();
  for (const d of docs) {
    if (d.kind === 'statement') continue;
    const vs = by.get(d.symbol);
    if (!vs || vs.length === 0) continue;
    let y = years.get(d.year);
    if (!y)
      years.set(
        d.year,
        (y = {
          year: d.year,
          voted: 0,
          adopted: 0,
          unanimous: 0,
          split: 0,
          notAdopted: 0,
          vetoed: 0,
          unanimityShare: null,
          abstentions: 0,
          negativeVotes: 0,
        }),
      );
    y.voted++;
    y.abstentions += vs.filter((v) => v.vote === 'abstain').length;
    y.negativeVotes += vs.filter((v) => v.vote === 'no').length;
    if (d.kind === 'resolution') {
      y.adopted++;
      if (isUnanimous(vs)) y.unanimous++;
      else y.split++;
    } else {
      y.notAdopted++;
      if (d.vetoedBy.length > 0) y.vetoed++;
    }
  }
  const out = [...years.values()].sort((a, b) => a.year - b.year);
  for (const y of out) y.unanimityShare = y.adopted ? y.unanimous / y.adopted : null;
  return out;
}

export type DissentGrouping = 'year' | 'agenda' | 'subject';

export interface DissentRow {
  iso3: string;
  member: string;
  /** The year, agenda item or subject. */
  key: string;
  /** Votes the member cast on texts in the group (absences excluded). */
  votes: number;
  abstentions: number;
  negativeVotes: number;
  /** The texts on which it abstained or voted no. */
  symbols: string[];
}

/** Each member's abstentions and negative votes, grouped by year, agenda item or UNBIS subject; only rows with dissent, most dissent first. */
export function memberDissent(
  docs: readonly VotedDocument[],
  votes: readonly MemberVote[],
  by: DissentGrouping,
): DissentRow[] {
  const docBy = new Map(docs.map((d) => [d.symbol, d]));
  const rows = new Map<string, DissentRow>();
  for (const v of votes) {
    if (v.vote === 'absent') continue;
    const d = docBy.get(v.symbol);
    if (!d) continue;
    const keys =
      by === 'year'
        ? [String(d.year)]
        : by === 'agenda'
          ? [d.agendaItem ? d.agendaItem.replace(/\.$/, '') : '(no agenda item)']
          : d.subjects.length
            ? d.subjects
            : ['(no subject)'];
    for (const key of keys) {
      const id = `${v.iso3}\u0000${by === 'agenda' ? agendaKey(key) : key}`;
      let r = rows.get(id);
      if (!r)
        rows.set(
          id,
          (r = { iso3: v.iso3, member: v.member, key, votes: 0, abstentions: 0, negativeVotes: 0, symbols: [] }),
        );
      r.votes++;
      if (v.vote === 'abstain') r.abstentions++;
      if (v.vote === 'no') r.negativeVotes++;
      if (v.vote !== 'yes') r.symbols.push(v.symbol);
    }
  }
  return [...rows.values()]
    .filter((r) => r.abstentions + r.negativeVotes > 0)
    .sort(
      (a, b) =>
        b.abstentions + b.negativeVotes - (a.abstentions + a.negativeVotes) ||
        a.member.localeCompare(b.member) ||
        a.key.localeCompare(b.key),
    );
}

export interface PairAgreement {
  a: string;
  b: string;
  /** Texts on which both cast a vote (yes, no or abstain). */
  texts: number;
  same: number;
  /** same / texts; null when none. */
  agreement: number | null;
}

export interface AgreementPeriod {
  from: number;
  to: number;
  pairs: PairAgreement[];
}

/** The permanent members' pairwise agreement in each period of `span` years from `from` to `to` (span 1: per year). */
export function permanentAgreement(
  docs: readonly VotedDocument[],
  votes: readonly MemberVote[],
  from: number,
  to: number,
  span = 1,
): AgreementPeriod[] {
  const year = new Map(docs.filter((d) => d.kind !== 'statement').map((d) => [d.symbol, d.year]));
  const cast = new Map<string, Map<string, MemberVoteCast>>();
  for (const v of votes) {
    if (!(v.iso3 in permanentIso3) || v.vote === 'absent' || !year.has(v.symbol)) continue;
    let m = cast.get(v.symbol);
    if (!m) cast.set(v.symbol, (m = new Map()));
    m.set(v.iso3, v.vote);
  }
  const out: AgreementPeriod[] = [];
  for (let start = from; start <= to; start += span) {
    const end = Math.min(to, start + span - 1);
    const pairs: PairAgreement[] = [];
    for (let i = 0; i < permanentOrder.length; i++)
      for (let j = i + 1; j < permanentOrder.length; j++) {
        const a = permanentOrder[i];
        const b = permanentOrder[j];
        let texts = 0;
        let same = 0;
        for (const [symbol, m] of cast) {
          const y = year.get(symbol)!;
          if (y < start || y > end || !m.has(a) || !m.has(b)) continue;
          texts++;
          if (m.get(a) === m.get(b)) same++;
        }
        pairs.push({ a, b, texts, same, agreement: texts ? same / texts : null });
      }
    out.push({ from: start, to: end, pairs });
  }
  return out;
}

export interface SponsorCount {
  sponsor: string;
  /** Texts it sponsored on the item, and on how many it stood first. */
  sponsored: number;
  first: number;
  /** Texts it sponsored alone. */
  sole: number;
}

export interface AgendaSponsorship {
  agendaItem: string;
  texts: number;
  /** Texts with a sponsor list. */
  sponsoredTexts: number;
  sponsors: SponsorCount[];
  /** The likely penholder and what it rests on; null when no text on the item has a sponsor. */
  penholder: {
    sponsor: string;
    basis: 'sole or ordered first sponsor' | 'first sponsor of alphabetical lists only';
    texts: number;
    of: number;
  } | null;
}

const alphabetical = (names: readonly string[]) => names.every((n, i) => i === 0 || names[i - 1].localeCompare(n) <= 0);

/** Sponsorship and the likely penholder per agenda item, most texts first. */
export function sponsorship(docs: readonly VotedDocument[]): AgendaSponsorship[] {
  const items = new Map<string, { name: string; docs: VotedDocument[] }>();
  for (const d of docs) {
    if (d.kind === 'statement' || !d.agendaItem) continue;
    const key = agendaKey(d.agendaItem);
    const it = items.get(key) ?? { name: d.agendaItem.replace(/\.$/, ''), docs: [] };
    it.docs.push(d);
    items.set(key, it);
  }
  const out: AgendaSponsorship[] = [];
  for (const { name, docs: ds } of items.values()) {
    const counts = new Map<string, SponsorCount>();
    const informative = new Map<string, number>();
    const firsts = new Map<string, number>();
    let informativeTexts = 0;
    let sponsoredTexts = 0;
    for (const d of ds) {
      if (d.sponsors.length === 0) continue;
      sponsoredTexts++;
      d.sponsors.forEach((s, i) => {
        const c = counts.get(s) ?? { sponsor: s, sponsored: 0, first: 0, sole: 0 };
        c.sponsored++;
        if (i === 0) c.first++;
        if (d.sponsors.length === 1) c.sole++;
        counts.set(s, c);
      });
      const first = d.sponsors[0];
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
      if (d.sponsors.length === 1 || !alphabetical(d.sponsors)) {
        informativeTexts++;
        informative.set(first, (informative.get(first) ?? 0) + 1);
      }
    }
    const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const best = top(informative);
    const fallback = top(firsts);
    out.push({
      agendaItem: name,
      texts: ds.length,
      sponsoredTexts,
      sponsors: [...counts.values()].sort(
        (a, b) => b.first - a.first || b.sponsored - a.sponsored || a.sponsor.localeCompare(b.sponsor),
      ),
      penholder: best
        ? { sponsor: best[0], basis: 'sole or ordered first sponsor', texts: best[1], of: informativeTexts }
        : fallback
          ? {
              sponsor: fallback[0],
              basis: 'first sponsor of alphabetical lists only',
              texts: fallback[1],
              of: sponsoredTexts,
            }
          : null,
    });
  }
  return out.sort((a, b) => b.texts - a.texts || a.agendaItem.localeCompare(b.agendaItem));
}
