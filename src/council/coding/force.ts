// Codes `authorizesForce`: true when states, a force or the Secretary-General are authorised to
// use force. Formulas (DOMAIN.md, Chapter VII practice): "all necessary means", "all necessary
// measures", "all measures necessary", "the necessary measures, including the use of force",
// "such measures commensurate with the specific circumstances as may be necessary" (maritime
// interdiction), "by the use of force if necessary", "the requisite measure of force". The
// general formulas count only when they authorise action ("Authorizes Member States ... to use
// all necessary means", "Calls upon States, acting nationally or through regional agencies ...
// all measures necessary"), not when they ask states to enforce sanctions at home ("each State
// shall take all necessary measures to ensure that any aircraft registered in its territory"),
// ask the parties to a conflict to protect personnel, or state the Council's own resolve
// ("its decision to take as appropriate all necessary measures").
import { type FlagCoding, flag, type Hit, scan } from './evidence.ts';
import type { Paragraph } from './paragraphs.ts';

const explicit =
  /\b(?:by the use of force,? if necessary|use of force,? if necessary|(?:the )?requisite measure of force|(?:measures|action),? including the use of (?:armed )?force|such measures commensurate (?:with|to) the specific circumstances)\b/;
const general = /\b(?:all necessary (?:means|measures)|all (?:the )?measures necessary)\b/;

const authorising = /\b(?:authori[sz]\w*|empower\w*)\b/;
const statesAsAgents =
  /\b(?:member states|states),? (?:acting )?(?:nationally|co-?operating|concerned)\b|\b(?:nationally|acting nationally) or through regional\b|\bmember states co-?operating\b/;
const councilsOwn = /\b(?:its decision|to guarantee|the right of)\b/;
const notAgents =
  /\b(?:all parties|the parties|both parties|all those|the authorities|each state shall|all states shall)\b|^\s*(?:\d+\.\s*)?(?:\w+ )?(?:calls upon|urges|requests|demands that) the government\b/;

function authorises(h: Hit): boolean {
  const clause = h.clauseBefore;
  if (councilsOwn.test(clause)) return false;
  if (authorising.test(clause)) return true;
  return statesAsAgents.test(clause) && !notAgents.test(clause);
}

export function codeForce(source: string, paragraphs: readonly Paragraph[]): FlagCoding {
  const hits = [
    ...scan(
      paragraphs,
      ['operative'],
      explicit,
      (h) => !/\b(?:all parties|the parties|refrain)\b/.test(h.clauseBefore),
    ),
    ...scan(paragraphs, ['operative'], general, authorises),
  ].sort((a, b) => a.paragraph.index - b.paragraph.index || a.match.index - b.match.index);
  return flag(source, hits);
}
