// One Akoma Ntoso (AKN4UN) document of the UN's machine-readable Security Council repository
// (github.com/UNxml/SCresolutions, SOURCES.md "unsc/unxml") read from its DOM: the kind the root
// `statement` names (resolution, presidentialStatement, draftResolution), the symbol printed on
// the cover (docNumber; "S/RES/2471(2019)" normalised to "S/RES/2471 (2019)"), the work's date,
// the workflow steps (draft, sponsors, adoption or veto), the recorded votes per member, the
// agenda keywords and UNBIS subjects, and the paragraphs: the preamble's blocks, then the main
// body's paragraphs with their printed numbers (headings dropped, sub-paragraphs kept inside
// their paragraph). The composed text puts one paragraph per block, separated by a blank line,
// so the resolution coder's splitter (src/council/coding/paragraphs.ts) finds the same blocks.
import type { Document, Element } from '@xmldom/xmldom';
import type { CouncilParagraph } from '../../council/document.ts';
import { allElements, childElements, firstElement, localName, textOf } from '../formats/xml.ts';

export interface WorkflowStep {
  date: string | null;
  outcome: string;
  as: string | null;
  by: string | null;
  refersTo: string | null;
}

export interface AknVote {
  member: string;
  vote: 'yes' | 'no' | 'abstain';
}

export interface AknDocument {
  /** The root statement's name: "resolution", "presidentialStatement", "draftResolution". */
  docName: string | null;
  /** The symbol on the cover page, normalised; null when there is none. */
  symbol: string | null;
  /** The work's date (FRBRWork/FRBRdate), YYYY-MM-DD; null when absent or not a date. */
  date: string | null;
  /** The cover's date of issuance, YYYY-MM-DD, when given. */
  issued: string | null;
  paragraphs: CouncilParagraph[];
  workflow: WorkflowStep[];
  votes: AknVote[];
  /** The stated count of each list of the recorded vote ("013" -> 13). */
  voteCounts: Partial<Record<AknVote['vote'], number>>;
  /** Agenda keywords (classification keyword refersTo="agenda"), as shown. */
  agenda: string[];
  /** UNBIS Thesaurus subjects, as shown. */
  subjects: string[];
}

const isoDate = (s: string | null | undefined): string | null => {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const y = Number(s.slice(0, 4));
  return y >= 1946 && y <= 2100 ? s : null;
};

/** "S/RES/2471(2019)", " S/RES/1973  (2011)" -> "S/RES/2471 (2019)"; statements and drafts with spaces removed. */
export function normaliseSymbol(raw: string): string {
  const s = raw.replace(/\s+/g, ' ').trim();
  const res = /^S\/RES\/\s*(\d+)\s*\(\s*(\d{4})\s*\)$/i.exec(s);
  if (res) return `S/RES/${Number(res[1])} (${res[2]})`;
  return s.replace(/\s+/g, '');
}

const voteOf: Record<string, AknVote['vote']> = { inFavour: 'yes', against: 'no', abstaining: 'abstain' };

function paragraphs(doc: Document): CouncilParagraph[] {
  const out: CouncilParagraph[] = [];
  const add = (part: CouncilParagraph['part'], number: string | null, text: string) => {
    if (text !== '') out.push({ index: out.length, part, number, text });
  };
  const preamble = firstElement(doc, 'preamble');
  if (preamble) for (const el of childElements(preamble)) add('preamble', null, textOf(el));
  const body = firstElement(doc, 'mainBody');
  if (body) {
    for (const el of childElements(body)) {
      const name = localName(el);
      if (name === 'alinea') {
        add('preamble', null, textOf(el));
        continue;
      }
      const num = childElements(el).find((c) => localName(c) === 'num');
      const hasContent =
        allElements(el, 'content').length > 0 || allElements(el, 'p').length > 0 || allElements(el, 'table').length > 0;
      const onlyHeading =
        childElements(el).every((c) => ['subheading', 'heading', 'num'].includes(localName(c))) && !num;
      if (onlyHeading || (!num && !hasContent)) continue;
      const number = num ? textOf(num).replace(/\.$/, '').trim() || null : null;
      const text = childElements(el)
        .filter((c) => c !== num && !['subheading', 'heading'].includes(localName(c)))
        .map((c) => textOf(c))
        .filter(Boolean)
        .join(' ');
      add('operative', number, text);
    }
  }
  return out;
}

/** Reads the parts of an AKN4UN document Concord keeps. */
export function readAkn(doc: Document): AknDocument {
  const root = doc.documentElement!;
  const statement = childElements(root).find((e) => ['statement', 'doc', 'act', 'bill'].includes(localName(e)));
  const docNumber = firstElement(doc, 'docNumber');
  const symbolText = docNumber ? textOf(docNumber) : '';
  const work = firstElement(doc, 'FRBRWork');
  const workDate = work
    ? childElements(work)
        .find((e) => localName(e) === 'FRBRdate')
        ?.getAttribute('date')
    : null;
  const issued = allElements(doc, 'docDate')
    .find((e) => e.getAttribute('refersTo') === '#dateOfIssuance')
    ?.getAttribute('date');
  const workflow: WorkflowStep[] = allElements(doc, 'step').map((s: Element) => ({
    date: isoDate(s.getAttribute('date')),
    outcome: s.getAttribute('outcome') ?? '',
    as: s.getAttribute('as') || null,
    by: s.getAttribute('by') || null,
    refersTo: s.getAttribute('refersTo') || null,
  }));
  const votes: AknVote[] = [];
  const voteCounts: AknDocument['voteCounts'] = {};
  for (const count of allElements(doc, 'count')) {
    const vote = voteOf[count.getAttribute('refersTo') ?? ''];
    if (!vote) continue;
    const stated = Number(count.getAttribute('value'));
    if (count.getAttribute('value') && Number.isInteger(stated)) voteCounts[vote] = stated;
    for (const org of allElements(count, 'organization')) {
      const member = textOf(org);
      if (member) votes.push({ member, vote });
    }
  }
  const keywords = allElements(doc, 'keyword');
  return {
    docName: statement?.getAttribute('name') ?? null,
    symbol: symbolText ? normaliseSymbol(symbolText) : null,
    date: isoDate(workDate),
    issued: isoDate(issued),
    paragraphs: paragraphs(doc),
    workflow,
    votes,
    voteCounts,
    agenda: keywords
      .filter((k) => k.getAttribute('refersTo') === 'agenda')
      .map((k) => k.getAttribute('showAs') ?? '')
      .filter(Boolean),
    subjects: keywords
      .filter((k) => k.getAttribute('dictionary') === 'UNBIS Thesaurus')
      .map((k) => k.getAttribute('showAs') ?? '')
      .filter(Boolean),
  };
}

/** The document's text: one paragraph per block (operative ones after their printed number), blank lines between. */
export function composeText(ps: readonly CouncilParagraph[]): string {
  return ps
    .map((p) => (p.number ? `${/^\d+$/.test(p.number) ? `${p.number}.` : p.number} ${p.text}` : p.text))
    .join('\n\n');
}
