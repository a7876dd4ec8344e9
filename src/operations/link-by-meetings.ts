// Linking an operation to its founding resolution from the Security Council's meetings tables,
// for the resolutions whose text Concord does not hold: the resolution adopted under an agenda
// item naming the operation's country of deployment, between 62 days before the operation's
// listed start and the start (31 days after, when the list gives the first of a month, often the
// month alone). It links only when exactly one resolution fits, or when exactly one of them was
// adopted on an exact start day; otherwise the fitting ones are reported as candidates, never
// guessed between. Operations not named "United Nations ..." (MICAH, DOMREP) are left to the
// text method: the Council is not the only organ that creates missions.
import { iso3ForName } from '../countries/index.ts';
import { daysBetween } from '../calendar-date.ts';
import type { OperationLink } from './link.ts';
import type { PeaceOperation } from './operation.ts';

export interface CouncilResolution {
  number: number;
  /** Adoption date. */
  date: string;
  /** The agenda item of the meeting ("The situation in Mali"). */
  topic: string;
}

const lead =
  /^(?:the\s+)?(?:situation|question|matter|complaint)\s+(?:in|concerning|of|between|relating to|by)\s+(?:the\s+)?(?:government of\s+)?/i;

/** The phrases of an agenda item that may name a country: the whole, its parts, and what follows its last preposition. */
function phrases(topic: string): string[] {
  const bare = topic
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = [bare, ...bare.split(/\s*[—–,;:]\s*|\s+and\s+|(?<=\p{L})-(?=\p{Lu})/u)];
  const out: string[] = [];
  for (const p of parts) {
    const q = p
      .replace(lead, '')
      .replace(/^report of the secretary-general\s*/i, '')
      .replace(/\s+question$/i, '')
      .trim();
    if (!q) continue;
    out.push(q);
    const tail =
      /\s(?:in|to|by|concerning|relating to)\s+(?:the\s+)?(?!.*\s(?:in|to|by|concerning|relating to)\s)(.+)$/i.exec(q);
    if (tail) out.push(tail[1]);
  }
  return out;
}

/** The countries an agenda item names ("Chad, the Central African Republic and the subregion" -> TCD, CAF). */
export function topicCountries(topic: string): string[] {
  const found = new Set<string>();
  for (const p of phrases(topic)) {
    const iso3 = iso3ForName(p);
    if (iso3) found.add(iso3);
  }
  return [...found];
}

/** Agenda items under which the Council does not create operations. */
const notOperational =
  /admission of new members|recommendation.*appointment of the secretary-general|international court of justice/i;

/**
 * How far after the listed start a founding resolution may be adopted: up to a month when the
 * list gives the first of a month (often the month alone), otherwise not after the start.
 */
function daysAfterAllowed(start: string): number {
  return start.endsWith('-01') ? 31 : 0;
}

export function linkByMeetings(
  op: PeaceOperation,
  council: readonly CouncilResolution[],
): { link?: OperationLink; reason: string; candidates: number[] } {
  if (op.startDate === null) return { reason: 'no start date', candidates: [] };
  if (op.iso3 === null)
    return { reason: 'no single country of deployment to match agenda items against', candidates: [] };
  if (!/\bUnited Nations\b|^UN\s/.test(op.name)) {
    return {
      reason:
        'not named a United Nations operation (possibly created by the General Assembly or the Secretary-General); the meetings tables cannot tell',
      candidates: [],
    };
  }
  const start = op.startDate;
  const fits = council.filter((r) => {
    const d = daysBetween(start, r.date);
    return (
      d >= -62 &&
      d <= daysAfterAllowed(start) &&
      !notOperational.test(r.topic) &&
      topicCountries(r.topic).includes(op.iso3!)
    );
  });
  const sameDay = fits.filter((r) => r.date === start);
  const chosen = fits.length === 1 ? fits[0] : sameDay.length === 1 && !start.endsWith('-01') ? sameDay[0] : undefined;
  if (chosen) {
    const d = daysBetween(start, chosen.date);
    const when =
      d === 0
        ? 'on the day the operation starts'
        : d < 0
          ? `${-d} days before the listed start`
          : `${d} days after the listed start`;
    const others =
      fits.length > 1
        ? ` (of the ${fits.length} resolutions on its country near its start, the only one adopted on its start day)`
        : '';
    return {
      link: {
        acronym: op.acronym,
        resolution: chosen.number,
        adoptedOn: chosen.date,
        method: 'meetings',
        evidence: `${fits.length === 1 ? 'the only resolution' : 'the resolution'} on "${chosen.topic}" adopted near the start: ${chosen.date}, ${when}${others}`,
      },
      reason: '',
      candidates: [],
    };
  }
  if (fits.length === 0)
    return {
      reason:
        'no resolution on its country adopted near its start (text not in the store, or not created by the Council)',
      candidates: [],
    };
  return {
    reason: `${fits.length} resolutions on its country adopted near its start; not told apart`,
    candidates: fits.map((r) => r.number),
  };
}
