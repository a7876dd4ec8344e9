// The countries a vetoed draft's topic names (issue 15, item 4: veto topics link to country pages).
// The veto list (world-politics-datalab, 1946-2022) gives each draft a short crisis topic ("Syria",
// "Israel-Palestine", "India-Pakistan", "Greek Civil War"); the UN XML drafts of 2023-2025 have
// only an agenda item ("The situation in the Middle East"). Each part of a topic is resolved through
// the reference list's names (src/countries/resolve-name.ts), with the list's own spellings below;
// topics that name no country ("Admission", "Disarmament", "Korean War": which Korea is not said,
// "Middle East") name none, rather than a guess.
import { iso3ForName } from '../countries/resolve-name.ts';

/** The veto list's spellings that the reference list does not resolve, or resolves to another state. */
const topicSpellings: Record<string, string> = {
  bosnia: 'BIH',
  us: 'USA',
  // the list's misspelling of Malaysia (1964, Malaysia's complaint against Indonesia)
  malasyia: 'MYS',
  greek: 'GRC',
  // the 1960 vetoes on "the situation in the Congo": the former Belgian Congo, today's DR Congo
  congo: 'COD',
  falklands: 'FLK',
  malvinas: 'FLK',
};

/** Words after a country's name that make a topic an event ("Greek Civil War", "Panama Canal"). */
const eventWords = /\s+(?:civil war|war|canal|blockade|airlines)$/i;

function partIso3(part: string): string | undefined {
  const p = part.trim().replace(eventWords, '');
  if (p.length < 2) return undefined;
  return topicSpellings[p.toLowerCase()] ?? (p.length >= 4 ? iso3ForName(p) : undefined);
}

/** ISO3 codes of the countries a veto's crisis topic (else its agenda item's "situation in X") names, in order. */
export function vetoTopicCountries(v: { crisisTopic: string | null; agendaItem: string }): string[] {
  const parts = v.crisisTopic
    ? v.crisisTopic.split(/\s*[-/]\s*/)
    : [/\bsituation in (?:the )?([^,;]+?)\s*$/i.exec(v.agendaItem)?.[1] ?? ''];
  const out: string[] = [];
  for (const part of parts) {
    const iso3 = partIso3(part);
    if (iso3 && !out.includes(iso3)) out.push(iso3);
  }
  return out;
}
