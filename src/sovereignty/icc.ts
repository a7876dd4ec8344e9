// The jurisdiction of the International Criminal Court over conduct, under the Rome Statute:
// the crimes (Arts. 5-8: genocide, crimes against humanity, war crimes; "ethnic cleansing" is no
// crime of its own and is charged as one of these); time (Art. 11: not before 1 July 2002, and
// for a later party not before the Statute is in force for it, Art. 126(2), unless it lodged an
// Art. 12(3) declaration); the preconditions (Art. 12(2): the state on whose territory the
// conduct occurred, or of which the accused is a national, is a party; or Art. 12(3): it has
// accepted jurisdiction by declaration); and a Security Council referral under Chapter VII
// (Art. 13(b)), which needs neither. Withdrawal takes effect one year after notification
// (Art. 127(1)) and leaves earlier conduct within jurisdiction. Pure: the facts are passed in.
import type { AtrocityCrime } from '../cases/crimes.ts';
import { isCalendarDate } from '../cases/calendar-date.ts';

export const statuteInForce = '2002-07-01';

export interface StatePartyRecord {
  /** Date the instrument of ratification or accession was deposited. */
  deposited: string;
  /** When a withdrawal took effect (one year after notification), if any. */
  withdrawalEffective?: string;
}

export interface AcceptanceDeclaration {
  /** Date lodged with the Registrar. */
  lodged: string;
  /** The period of conduct it accepts jurisdiction for. */
  from: string;
  until?: string;
}

export interface StateFacts {
  code: string;
  party: StatePartyRecord | null;
  declarations: AcceptanceDeclaration[];
}

export interface CouncilReferral {
  /** e.g. "S/RES/1593 (2005)". */
  resolution: string;
  /** Territories of the situation referred. */
  territories: string[];
  /** Start of the period referred (Darfur: 1 July 2002; Libya: 15 February 2011). */
  from: string;
}

export interface JurisdictionQuestion {
  crime: AtrocityCrime;
  /** YYYY-MM-DD of the conduct. */
  conductDate: string;
  territoryState: StateFacts;
  /** The accused's state of nationality, when known and different from the territorial state. */
  nationalityState: StateFacts | null;
  referral: CouncilReferral | null;
}

export type JurisdictionBasis = 'council-referral' | 'state-party' | 'article-12-3-declaration';

export interface JurisdictionFinding {
  jurisdiction: boolean;
  basis: JurisdictionBasis | null;
  /** The provision that decided it, e.g. "Art. 12(2)(a)". */
  provision: string;
  reasons: string[];
}

function addDays(day: string, n: number): Date {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d;
}

/** Art. 126: when the Statute enters into force for a state that deposited on `deposited`. */
export function entryIntoForceFor(deposited: string): string {
  if (!isCalendarDate(deposited)) throw new RangeError(`not a date: ${deposited}`);
  // The 60th instrument was deposited on 11 April 2002; for states that had deposited by then, 1 July 2002.
  if (deposited <= '2002-04-11') return statuteInForce;
  const sixtieth = addDays(deposited, 60);
  const next = new Date(Date.UTC(sixtieth.getUTCFullYear(), sixtieth.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 10);
}

/** Whether a state was a party, with the Statute in force for it, on `day`. */
export function partyOn(s: StateFacts, day: string): boolean {
  if (!s.party) return false;
  return entryIntoForceFor(s.party.deposited) <= day && (s.party.withdrawalEffective === undefined || day < s.party.withdrawalEffective);
}

function declarationCovering(s: StateFacts, day: string): AcceptanceDeclaration | undefined {
  return s.declarations.find((d) => d.from <= day && (d.until === undefined || day <= d.until));
}

const crimeArticle: Record<AtrocityCrime, string> = {
  genocide: 'Art. 6 (genocide)',
  'crimes-against-humanity': 'Art. 7 (crimes against humanity)',
  'war-crimes': 'Art. 8 (war crimes)',
  'ethnic-cleansing': 'not a crime of its own in the Statute: within jurisdiction only as crimes against humanity (deportation or forcible transfer, Art. 7(1)(d); persecution, Art. 7(1)(h)) or war crimes (Art. 8(2)(a)(vii), 8(2)(b)(viii), 8(2)(e)(viii))',
};

export function iccJurisdiction(q: JurisdictionQuestion): JurisdictionFinding {
  const reasons = [`subject matter: ${crimeArticle[q.crime]}`];
  const no = (provision: string, why: string): JurisdictionFinding => ({ jurisdiction: false, basis: null, provision, reasons: [...reasons, why] });
  const yes = (basis: JurisdictionBasis, provision: string, why: string): JurisdictionFinding => ({ jurisdiction: true, basis, provision, reasons: [...reasons, why] });

  if (q.conductDate < statuteInForce) return no('Art. 11(1)', `the conduct (${q.conductDate}) predates the Statute's entry into force on ${statuteInForce}`);

  if (q.referral?.territories.includes(q.territoryState.code)) {
    if (q.conductDate >= q.referral.from) {
      return yes('council-referral', 'Art. 13(b)', `the Security Council referred the situation (${q.referral.resolution}) from ${q.referral.from}; no state's acceptance is needed`);
    }
    reasons.push(`the referral (${q.referral.resolution}) covers conduct from ${q.referral.from} only`);
  }

  const states: [StateFacts, string, string][] = [[q.territoryState, 'territorial state', '(a)']];
  if (q.nationalityState && q.nationalityState.code !== q.territoryState.code) states.push([q.nationalityState, "accused's state of nationality", '(b)']);
  for (const [s, role, letter] of states) {
    if (partyOn(s, q.conductDate)) {
      return yes('state-party', `Art. 12(2)${letter}`, `the ${role} (${s.code}) was a party on ${q.conductDate} (Statute in force for it from ${entryIntoForceFor(s.party!.deposited)})`);
    }
  }
  for (const [s, role] of states) {
    const d = declarationCovering(s, q.conductDate);
    if (d) return yes('article-12-3-declaration', 'Art. 12(3)', `the ${role} (${s.code}) accepted jurisdiction by a declaration lodged ${d.lodged} covering conduct from ${d.from}${d.until ? ` to ${d.until}` : ''}`);
  }
  for (const [s, role] of states) {
    if (s.party && !partyOn(s, q.conductDate)) {
      const inForce = entryIntoForceFor(s.party.deposited);
      reasons.push(
        q.conductDate < inForce
          ? `the ${role} (${s.code}) became a party later: the Statute is in force for it from ${inForce} (Art. 11(2))`
          : `the ${role} (${s.code}) had withdrawn, effective ${s.party.withdrawalEffective} (Art. 127)`,
      );
    }
  }
  return no('Art. 12(2)', 'neither the territorial state nor the state of nationality was a party or had accepted jurisdiction for that date, and no Council referral covers it');
}
