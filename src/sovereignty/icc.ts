// The jurisdiction of the International Criminal Court over conduct, under the Rome Statute,
// decided from the participation data (src/sovereignty/seed/icc-*.ts, stored in the icc_* tables):
// the crimes (Arts. 5-8: genocide, crimes against humanity, war crimes; "ethnic cleansing" is no
// crime of its own and is charged as one of these); time (Art. 11: not before 1 July 2002, and for
// a later party not before the Statute is in force for it, Arts. 11(2), 126(2), unless an Art.
// 12(3) declaration covers the conduct); the preconditions (Art. 12(2)(a): the state on whose
// territory the conduct occurred is a party; 12(2)(b): the accused's state of nationality is;
// Art. 12(3): a non-party accepted jurisdiction by declaration for a period); a Security Council
// referral under Chapter VII (Art. 13(b)), which needs neither, for the territory and period it
// names (res. 1593: Darfur, not the whole of Sudan); Art. 124 declarations (for seven years after
// entry into force, no jurisdiction over war crimes by the state's nationals, or on its territory,
// as the declaration says); withdrawal effective one year after notification (Art. 127(1)),
// leaving earlier conduct within jurisdiction. Pure: the facts are passed in.
import type { AtrocityCrime } from '../cases/crimes.ts';
import { isCalendarDate } from '../calendar-date.ts';
import { normaliseName } from '../countries/index.ts';

export const statuteInForce = '2002-07-01';

/** A cited source of a row of the participation data. */
export interface IccCitation {
  /** e.g. "UN Treaty Collection, depositary notification C.N.805.2016.TREATIES-XVIII.10". */
  citation: string;
  /** YYYY-MM-DD of the document. */
  date: string;
  /** What it establishes for the row: "deposit", "withdrawal", "period covered"... */
  supports: string;
  url?: string;
}

/** One state's participation in the Rome Statute. */
export interface ParticipationRecord {
  /** ISO3 (PSE for the State of Palestine). */
  state: string;
  name: string;
  /** Date the instrument (ratification, accession or succession) was deposited with the Secretary-General. */
  deposited: string;
  /** When the Statute entered into force for the state (Art. 126). */
  entryIntoForce: string;
  /** Notification of withdrawal (Art. 127(1)), if any. */
  withdrawalNotified: string | null;
  /** The day the withdrawal took or takes effect: the state is no party from this day. */
  withdrawalEffective: string | null;
  /** A withdrawal notified and then revoked before it took effect (South Africa, the Gambia). */
  withdrawalRevoked: string | null;
  note: string | null;
  /** What in the row is not certain, said plainly; null when every date is from the cited source. */
  uncertain: string | null;
  sources: IccCitation[];
}

/** An Art. 12(3) declaration (a non-party accepts jurisdiction) or an Art. 124 declaration (a party excludes war crimes for seven years). */
export interface DeclarationRecord {
  state: string;
  article: '12(3)' | '124';
  /** Date lodged with the Registrar (12(3)) or made on ratification (124). */
  lodged: string;
  /** First day of the conduct it covers (12(3)) or of the exclusion (124). */
  from: string;
  /** Last day (inclusive), or null: open-ended. */
  until: string | null;
  /** Art. 124: whether the exclusion covers crimes by the state's nationals only, or on its territory too. */
  scope: 'nationals' | 'nationals-and-territory' | null;
  /** False when the Court has not accepted it as the state's (lodged by an entity whose standing is in question, or rejected). */
  effective: boolean;
  note: string | null;
  uncertain: string | null;
  sources: IccCitation[];
}

/** A Security Council referral (Art. 13(b)) with the territory and period it names. */
export interface ReferralRecord {
  resolution: number;
  /** "S/RES/1593 (2005)". */
  citation: string;
  adopted: string;
  /** How the resolution names the situation: "the situation in Darfur since 1 July 2002". */
  situation: string;
  territory: string;
  /** The regions of the territory the referral covers; null when it covers the whole territory. */
  regions: string[] | null;
  /** First day of the conduct referred. */
  from: string;
  note: string | null;
  sources: IccCitation[];
}

export interface IccFacts {
  participation: readonly ParticipationRecord[];
  declarations: readonly DeclarationRecord[];
  referrals: readonly ReferralRecord[];
}

export interface JurisdictionQuestion {
  /** Undefined: any of the crimes. */
  crime?: AtrocityCrime;
  /** YYYY-MM-DD of the conduct. */
  conductDate: string;
  /** ISO3 of the state on whose territory the conduct occurred. */
  territory: string;
  /** Where in that territory (a referral may cover a region only: Darfur). */
  region?: string;
  /** ISO3 of the accused's state of nationality. */
  nationality: string;
}

export interface JurisdictionFinding {
  jurisdiction: boolean;
  /** Every provision that gives jurisdiction: "Art. 12(2)(a)", "Art. 12(2)(b)", "Art. 12(3)", "Art. 13(b)"; empty when none. */
  basis: string[];
  reasons: string[];
  /** The sources of the rows the finding rests on. */
  sources: IccCitation[];
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

/** Art. 127(1): a withdrawal takes effect one year after the notification is received. */
export function withdrawalEffectiveFor(notified: string): string {
  if (!isCalendarDate(notified)) throw new RangeError(`not a date: ${notified}`);
  const y = Number(notified.slice(0, 4)) + 1;
  const md = notified.slice(5) === '02-29' ? '03-01' : notified.slice(5);
  return `${y}-${md}`;
}

/** Whether the state was a party, with the Statute in force for it, on `day`. */
export function partyOn(p: ParticipationRecord | undefined, day: string): boolean {
  if (!p) return false;
  return p.entryIntoForce <= day && (p.withdrawalEffective === null || day < p.withdrawalEffective);
}

const covers = (d: Pick<DeclarationRecord, 'from' | 'until'>, day: string) =>
  d.from <= day && (d.until === null || day <= d.until);

const crimeArticle: Record<AtrocityCrime, string> = {
  genocide: 'Art. 6 (genocide)',
  'crimes-against-humanity': 'Art. 7 (crimes against humanity)',
  'war-crimes': 'Art. 8 (war crimes)',
  'ethnic-cleansing':
    'not a crime of its own in the Statute: within jurisdiction only as crimes against humanity (deportation or forcible transfer, Art. 7(1)(d); persecution, Art. 7(1)(h)) or war crimes (Art. 8(2)(a)(vii), 8(2)(b)(viii), 8(2)(e)(viii))',
};

/** True when a region the user named is one of the regions a referral covers ("North Darfur" is in "Darfur"). */
export function regionCovered(region: string, regions: readonly string[]): boolean {
  const r = normaliseName(region);
  return regions.some((x) => {
    const n = normaliseName(x);
    return r === n || r.split(' ').includes(n) || r.endsWith(` ${n}`);
  });
}

function span(d: Pick<DeclarationRecord, 'from' | 'until'>): string {
  return d.until === null ? `from ${d.from}` : `from ${d.from} to ${d.until}`;
}

export function iccJurisdiction(q: JurisdictionQuestion, facts: IccFacts): JurisdictionFinding {
  const reasons = [
    `subject matter: ${q.crime ? crimeArticle[q.crime] : 'any crime within Arts. 6-8 (genocide, crimes against humanity, war crimes); the crime of aggression (Art. 8 bis) is not modelled'}`,
  ];
  const sources: IccCitation[] = [];
  const basis: string[] = [];
  const cite = (s: readonly IccCitation[]) => {
    for (const c of s) if (!sources.some((x) => x.citation === c.citation && x.date === c.date)) sources.push(c);
  };
  const done = (): JurisdictionFinding => ({ jurisdiction: basis.length > 0, basis, reasons, sources });

  if (q.conductDate < statuteInForce) {
    reasons.push(
      `Art. 11(1): the conduct (${q.conductDate}) predates the Statute's entry into force on ${statuteInForce}`,
    );
    return done();
  }

  // Art. 13(b): a referral, for the territory (and region) and period it names.
  for (const r of facts.referrals.filter((x) => x.territory === q.territory)) {
    cite(r.sources);
    if (q.conductDate < r.from) {
      reasons.push(`${r.citation} referred ${r.situation}: it covers conduct from ${r.from} only`);
      continue;
    }
    if (r.regions !== null) {
      if (q.region === undefined) {
        reasons.push(
          `${r.citation} referred ${r.situation}, not the whole of ${q.territory}: it gives jurisdiction only if the conduct occurred in ${r.regions.join(' or ')} (say where with a region)`,
        );
        continue;
      }
      if (!regionCovered(q.region, r.regions)) {
        reasons.push(
          `${r.citation} referred ${r.situation}: ${q.region} lies outside it, so the referral gives no jurisdiction there`,
        );
        continue;
      }
    }
    basis.push('Art. 13(b)');
    reasons.push(
      `Art. 13(b): the Security Council, acting under Chapter VII, referred ${r.situation} (${r.citation}, adopted ${r.adopted}); no state's acceptance is needed`,
    );
  }

  const same = q.territory === q.nationality;
  const roles: { state: string; role: string; provisions: string[] }[] = same
    ? [
        {
          state: q.territory,
          role: 'territorial state and state of nationality',
          provisions: ['Art. 12(2)(a)', 'Art. 12(2)(b)'],
        },
      ]
    : [
        { state: q.territory, role: 'territorial state', provisions: ['Art. 12(2)(a)'] },
        { state: q.nationality, role: "accused's state of nationality", provisions: ['Art. 12(2)(b)'] },
      ];
  const add = (provision: string) => {
    if (!basis.includes(provision)) basis.push(provision);
  };
  for (const { state, role, provisions } of roles) {
    const provision = provisions.join(', ');
    const p = facts.participation.find((x) => x.state === state);
    const declarations = facts.declarations.filter((d) => d.state === state);
    if (p) cite(p.sources);
    if (partyOn(p, q.conductDate)) {
      // Art. 124: war crimes excluded for seven years, for nationals (and the territory, if declared).
      const excl = declarations.find((d) => d.article === '124' && d.effective && covers(d, q.conductDate));
      const excludes =
        excl !== undefined &&
        (q.nationality === state || (excl.scope === 'nationals-and-territory' && q.territory === state));
      if (excl && excludes && q.crime === 'war-crimes') {
        cite(excl.sources);
        const open12_3 = declarations.find((d) => d.article === '12(3)' && d.effective && d.until === null);
        reasons.push(
          `${provision} does not apply: ${state} was a party on ${q.conductDate}, but its Art. 124 declaration excludes war crimes ${excl.scope === 'nationals' ? 'by its nationals' : 'by its nationals or on its territory'} ${span(excl)}` +
            (open12_3
              ? `; whether its open-ended Art. 12(3) declaration (lodged ${open12_3.lodged}) still reaches this conduct is not settled by the Court - Concord applies the Art. 124 declaration`
              : ''),
        );
        continue;
      }
      provisions.forEach(add);
      const pending =
        p!.withdrawalEffective !== null
          ? `; its withdrawal (notified ${p!.withdrawalNotified}) takes effect on ${p!.withdrawalEffective} (Art. 127(1)), after the conduct`
          : '';
      reasons.push(
        `${provision}: the ${role} (${state}) was a party on ${q.conductDate} (the Statute in force for it from ${p!.entryIntoForce})${pending}`,
      );
      if (excl && excludes && q.crime === undefined) {
        cite(excl.sources);
        reasons.push(
          `except war crimes: ${state}'s Art. 124 declaration excludes them ${excl.scope === 'nationals' ? 'when committed by its nationals' : 'when committed by its nationals or on its territory'} ${span(excl)}`,
        );
      }
      continue;
    }
    // Not a party that day: an Art. 12(3) declaration may cover the conduct.
    const decl = declarations.find((d) => d.article === '12(3)' && d.effective && covers(d, q.conductDate));
    if (decl) {
      cite(decl.sources);
      add('Art. 12(3)');
      reasons.push(
        `Art. 12(3): the ${role} (${state}), not then a party, accepted jurisdiction by a declaration lodged ${decl.lodged} covering conduct ${span(decl)}`,
      );
      continue;
    }
    for (const d of declarations.filter((x) => x.article === '12(3)')) {
      cite(d.sources);
      reasons.push(
        d.effective
          ? `${state}'s Art. 12(3) declaration lodged ${d.lodged} covers conduct ${span(d)} only`
          : `a declaration under Art. 12(3) for ${state} (lodged ${d.lodged}, conduct ${span(d)}) is not counted: ${d.note ?? 'the Court has not accepted it'}`,
      );
    }
    if (!p) {
      reasons.push(`the ${role} (${state}) is not a party to the Statute`);
      if (state === q.territory && nonPartyNotes[state]) reasons.push(nonPartyNotes[state]);
    } else if (q.conductDate < p.entryIntoForce) {
      reasons.push(
        `the ${role} (${state}) became a party later: the Statute is in force for it from ${p.entryIntoForce} (Art. 11(2))`,
      );
    } else {
      reasons.push(
        `the ${role} (${state}) had withdrawn: notified ${p.withdrawalNotified}, effective ${p.withdrawalEffective} (Art. 127(1)); conduct from ${p.entryIntoForce} to the day before stays within jurisdiction`,
      );
    }
  }
  if (basis.length === 0)
    reasons.push(
      'no basis: neither the territorial state nor the state of nationality was a party or had accepted jurisdiction for that date, and no Security Council referral covers it',
    );
  return done();
}

/** What the Court has said about conduct that crosses from a non-party into a party's territory. */
export const nonPartyNotes: Readonly<Record<string, string>> = {
  MMR: 'Myanmar is not a party, but Pre-Trial Chamber I held (ICC-RoC46(3)-01/18-37, 6 September 2018) that the Court may exercise jurisdiction when at least one element of a crime occurred on the territory of a party: the deportation of the Rohingya was completed in Bangladesh, a party from 1 June 2010 (ask with the territory BGD)',
};
