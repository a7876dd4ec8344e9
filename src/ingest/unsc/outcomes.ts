// Reads the "Security Council Outcome / Vote" cell of the meetings tables into its decisions:
// resolutions (S/RES/NNN (YYYY)), presidential statements (S/PRST/YYYY/N, and before 1994 the
// S/NNNNN document or meeting record marked "(PRST)"), and drafts that failed ("not adopted",
// "was not adopted") or were vetoed ("vetoed by USSR", "vetoed by USA, France and UK"), each with
// the tally that follows it. Everything else in the cell (communiqués, notes, letters, elections,
// an unnumbered "PRST") is not a decision here and stays in the meeting's outcome text.
//
// The cell is read as one flat string, because its line breaks fall anywhere ("vetoed by<br>USSR
// <br>9-2-0"). Irregularities handled: text glued to symbols and tallies ("Draft resolutionS/2002/
// 712vetoed by USA", "Russian Federation11-1-3"), "Draft resolution(s)" with several symbols,
// corrigenda or explanations before the verdict ("S/507 & Add.1 & S/516", "S/3995 (incorporating
// amendment offered by Sweden in S/3998)", "S/PV.57 (Transjordan)") - the first symbol is the draft;
// drafts named only by symbol ("S/2020/1054 not adopted"); drafts without a document, named by
// the meeting record (1946-48: "Draft resolution S/PV.49 vetoed by USSR"), each kept even when
// identical to the one before (three vetoes at S/PV.49); "+" joining decisions; tallies in words.
// A tally that follows no decision (2021, S/PV.8823: the cell holds only "2-0-13") records a vote
// on a draft the table does not name: when its votes in favour fall short of the majority needed
// (Art. 27: 9, or 7 before 1966) it is kept as a draft not adopted, with no symbol. Otherwise a
// verdict without a draft, a draft without a verdict, a tally that follows no decision or repeats
// one, or vetoing members that are not permanent members make the cell unreadable.
import { ConcordError } from '../../errors.ts';
import { type PermanentMember, parseMemberList } from './members.ts';
import { type Tally, numericTallySource, parseTally, requiredVotes, wordTallySource } from './tally.ts';

export type OutcomeKind = 'resolution' | 'presidential_statement' | 'draft_not_adopted' | 'draft_vetoed';

export interface Outcome {
  kind: OutcomeKind;
  /** "S/RES/82 (1950)", "S/PRST/2020/13", "S/16847", "S/2022/155", "S/PV.49"; null for a draft the table does not name. */
  symbol: string | null;
  resolutionNumber: number | null;
  vetoedBy: PermanentMember[] | null;
  tally: Tally | null;
}

export class OutcomeSyntaxError extends ConcordError {
  constructor(message: string) {
    super('bad-input', message);
  }
}

const symbol = String.raw`S\/(?:PV\.\s?\d+|\d{4}\/\d+|\d+)(?:\/(?:Rev|Add|Corr)\.\s?\d+)*`;
const member = String.raw`(?:the\s+)?(?:USSR|USA|UK|France|China|Russian\s+Federation|Russia|United\s+States(?:\s+of\s+America)?|United\s+Kingdom)`;

const token = new RegExp(
  [
    String.raw`(?<res>S\/RES\/\s*(?<resNo>\d+)\s*\(\s*(?<resYear>\d{4})\s*\))`,
    String.raw`(?<prst>S\/PRST\/\d{4}\/\d+)`,
    String.raw`(?<oldPrst>${symbol})\s*\(\s*PRST\s*\)`,
    // "resolutions" only when the s is not the start of a glued symbol ("resolutionS/2002/712")
    String.raw`(?<draft>draft\s*resolution(?:s(?=\s))?)`,
    String.raw`(?<veto>vetoed(?:\s*by\s+(?<members>${member}(?:\s*(?:,|\band\b)\s*${member})*))?)`,
    String.raw`(?<failed>(?:was\s+)?not\s+adopted)`,
    String.raw`(?<numTally>${numericTallySource})`,
    String.raw`(?<wordTally>\b${wordTallySource})`,
    String.raw`(?<symbol>${symbol})`,
  ].join('|'),
  'gi',
);

const tidySymbol = (s: string) => s.replace(/\s+/g, '');

/** The decisions in an outcome cell of a table for `year`, in the order the cell gives them. */
export function parseOutcomes(cell: string, year: number): Outcome[] {
  const text = cell.replace(/\s+/g, ' ').trim();
  const out: Outcome[] = [];
  let draft: string[] | null = null; // symbols of an open "Draft resolution ..." awaiting its verdict
  let bare: string | null = null; // a symbol outside any phrase, which a verdict may follow

  const closeDraft = (what: string) => {
    if (draft)
      throw new OutcomeSyntaxError(`draft resolution ${draft[0] ?? '(no symbol)'} has no verdict before ${what}`);
  };

  for (const m of text.matchAll(token)) {
    const g = m.groups!;
    if (g.res) {
      closeDraft(m[0]);
      const n = Number(g.resNo);
      out.push({
        kind: 'resolution',
        symbol: `S/RES/${n} (${g.resYear})`,
        resolutionNumber: n,
        vetoedBy: null,
        tally: null,
      });
      bare = null;
    } else if (g.prst || g.oldPrst) {
      closeDraft(m[0]);
      out.push({
        kind: 'presidential_statement',
        symbol: tidySymbol(g.prst ?? g.oldPrst),
        resolutionNumber: null,
        vetoedBy: null,
        tally: null,
      });
      bare = null;
    } else if (g.draft) {
      closeDraft(`another "${m[0]}"`);
      draft = [];
      bare = null;
    } else if (g.symbol) {
      if (draft) draft.push(tidySymbol(g.symbol));
      else bare = tidySymbol(g.symbol);
    } else if (g.veto || g.failed) {
      const sym = draft?.[0] ?? bare;
      if (!sym) throw new OutcomeSyntaxError(`"${m[0]}" does not follow a draft resolution`);
      let vetoedBy: PermanentMember[] | null = null;
      if (g.veto) {
        if (g.members) vetoedBy = parseMemberList(g.members.replace(/\s+/g, ' ')) ?? null;
        const after = text.slice(m.index! + m[0].length);
        if (!g.members && /^\s*by\b/i.test(after)) {
          throw new OutcomeSyntaxError(`"vetoed${after.slice(0, 30)}" does not name permanent members`);
        }
      }
      out.push({
        kind: g.veto ? 'draft_vetoed' : 'draft_not_adopted',
        symbol: sym,
        resolutionNumber: null,
        vetoedBy,
        tally: null,
      });
      draft = null;
      bare = null;
    } else if (g.numTally || g.wordTally) {
      closeDraft(`the tally ${m[0]}`);
      const tally = parseTally(m[0]);
      if (!tally) throw new OutcomeSyntaxError(`unreadable tally "${m[0]}"`);
      const last = out[out.length - 1];
      if (last && !last.tally) {
        last.tally = tally;
      } else if (tally.yes !== null && tally.yes < requiredVotes(year)) {
        out.push({ kind: 'draft_not_adopted', symbol: null, resolutionNumber: null, vetoedBy: null, tally });
      } else if (last) {
        throw new OutcomeSyntaxError(
          `a second tally "${m[0]}" for ${last.symbol ?? 'an unnamed draft'} (already ${last.tally!.text})`,
        );
      } else {
        throw new OutcomeSyntaxError(`tally "${m[0]}" does not follow a decision`);
      }
    }
  }
  closeDraft('the end of the cell');
  return out;
}
