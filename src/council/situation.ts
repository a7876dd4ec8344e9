// A situation for the right-authority pathway (ICISS 2001, "right authority"; DOMAIN.md section
// 3): the state concerned, the crimes alleged, the draft's measures and Chapter, the expected
// positions of the Council's members, and the routes beyond the Council (General Assembly
// votes, a regional organisation). parseSituation checks a JSON value and reports every
// problem with the field it concerns, so that a malformed file can be named, field and reason.
import { type Ballot, type Chapter, validateBallot, type VoteCast, voteCasts } from './ballot.ts';
import { type AtrocityCrime, atrocityCrimes, type DraftMeasure, draftMeasures, measureBases } from './measures.ts';

export interface RegionalOrganisation {
  name: string;
  /** Whether the state concerned is a member of the organisation. */
  stateIsMember: boolean;
  /** Whether the organisation is willing to act. */
  willing: boolean;
}

/** Expected votes in the General Assembly (Art. 18(2): two-thirds of members present and voting). */
export interface AssemblyVotes {
  yes: number;
  no: number;
  abstain: number;
}

export interface Situation {
  /** ISO3 of the state concerned. */
  state: string;
  /** Year of the expected Council vote (decides the Council's size and majority). */
  year: number;
  /** YYYY-MM-DD of the expected vote (for the 10-working-day deadline of GA res. 76/262). */
  date: string | null;
  crimesAlleged: AtrocityCrime[];
  draftMeasures: DraftMeasure[];
  /** The Chapter of the draft: VII when any measure needs it, else VI, unless given. */
  chapter: Chapter;
  /** Expected vote of each Council member, by ISO3 code or seat name. */
  positions: Record<string, VoteCast>;
  /** Parties to the dispute (Art. 27(3)). */
  parties: string[];
  /** False when the Council is not expected to put the draft to the vote at all. */
  councilActs: boolean;
  /** Whether the state concerned consents to the measures. */
  hostConsent: boolean | null;
  generalAssembly: AssemblyVotes | null;
  regionalOrganisation: RegionalOrganisation | null;
}

export interface SituationError {
  /** Dotted path of the field: "positions.USA", "draftMeasures[1]". */
  field: string;
  reason: string;
}

export type SituationCheck = { ok: true; situation: Situation } | { ok: false; errors: SituationError[] };

const known = new Set([
  'state',
  'year',
  'date',
  'crimesAlleged',
  'draftMeasures',
  'chapter',
  'positions',
  'parties',
  'councilActs',
  'hostConsent',
  'generalAssembly',
  'regionalOrganisation',
]);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks a parsed JSON value; every error names its field. */
export function parseSituation(raw: unknown): SituationCheck {
  const errors: SituationError[] = [];
  const err = (field: string, reason: string) => errors.push({ field, reason });
  if (!isObject(raw)) return { ok: false, errors: [{ field: '(root)', reason: 'must be a JSON object' }] };
  for (const k of Object.keys(raw)) if (!known.has(k)) err(k, `unknown field; known: ${[...known].join(', ')}`);

  const state = typeof raw.state === 'string' && /^[A-Za-z]{3}$/.test(raw.state) ? raw.state.toUpperCase() : undefined;
  if (!state) err('state', 'required: the ISO3 code of the state concerned, e.g. "SYR"');
  const year = Number.isInteger(raw.year) && (raw.year as number) >= 1946 ? (raw.year as number) : undefined;
  if (year === undefined) err('year', 'required: the year of the expected Council vote, a whole number from 1946');
  let date: string | null = null;
  if (raw.date !== undefined) {
    if (
      typeof raw.date === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(raw.date) &&
      !Number.isNaN(Date.parse(`${raw.date}T00:00:00Z`))
    ) {
      date = raw.date;
      if (year !== undefined && Number(date.slice(0, 4)) !== year)
        err('date', `falls in ${date.slice(0, 4)}, not in year ${year}`);
    } else err('date', 'must be a date YYYY-MM-DD');
  }

  const crimes: AtrocityCrime[] = [];
  if (!Array.isArray(raw.crimesAlleged))
    err('crimesAlleged', `required: a list of crimes among ${atrocityCrimes.join(', ')}`);
  else
    raw.crimesAlleged.forEach((c, i) => {
      if (typeof c === 'string' && (atrocityCrimes as readonly string[]).includes(c.toLowerCase()))
        crimes.push(c.toLowerCase() as AtrocityCrime);
      else
        err(
          `crimesAlleged[${i}]`,
          `"${String(c)}" is not one of the four crimes of the 2005 World Summit Outcome (para. 138): ${atrocityCrimes.join(', ')}`,
        );
    });

  const measures: DraftMeasure[] = [];
  if (!Array.isArray(raw.draftMeasures) || raw.draftMeasures.length === 0)
    err('draftMeasures', `required: a non-empty list among ${draftMeasures.join(', ')}`);
  else
    raw.draftMeasures.forEach((m, i) => {
      if (typeof m === 'string' && (draftMeasures as string[]).includes(m)) measures.push(m as DraftMeasure);
      else err(`draftMeasures[${i}]`, `"${String(m)}" is not a known measure: ${draftMeasures.join(', ')}`);
    });
  const needsVii = measures.filter((m) => measureBases[m].chapterVII);
  let chapter: Chapter = needsVii.length > 0 ? 'VII' : 'VI';
  if (raw.chapter !== undefined) {
    if (raw.chapter === 'VI' || raw.chapter === 'VII') {
      chapter = raw.chapter;
      if (chapter === 'VI' && needsVii.length > 0)
        err('chapter', `"VI" cannot carry ${needsVii.join(', ')}: those need a Chapter VII decision (Arts. 39-42)`);
    } else err('chapter', 'must be "VI" or "VII"');
  }

  const positions: Record<string, VoteCast> = {};
  if (!isObject(raw.positions) || Object.keys(raw.positions).length === 0) {
    err(
      'positions',
      'required: an object from each Council member (ISO3 or seat name) to "yes", "no", "abstain" or "absent"',
    );
  } else {
    for (const [member, cast] of Object.entries(raw.positions)) {
      if (typeof cast === 'string' && (voteCasts as readonly string[]).includes(cast))
        positions[member] = cast as VoteCast;
      else err(`positions.${member}`, `"${String(cast)}" is not a vote: use yes, no, abstain or absent`);
    }
  }

  const parties: string[] = [];
  if (raw.parties !== undefined) {
    if (!Array.isArray(raw.parties)) err('parties', 'must be a list of ISO3 codes or seat names');
    else
      raw.parties.forEach((p, i) =>
        typeof p === 'string' ? parties.push(p) : err(`parties[${i}]`, 'must be a string'),
      );
  }
  const bool = (field: string, dflt: boolean | null): boolean | null => {
    const v = raw[field];
    if (v === undefined || v === null) return dflt;
    if (typeof v === 'boolean') return v;
    err(field, 'must be true or false');
    return dflt;
  };
  const councilActs = bool('councilActs', true) ?? true;
  const hostConsent = bool('hostConsent', null);

  let generalAssembly: AssemblyVotes | null = null;
  if (raw.generalAssembly !== undefined && raw.generalAssembly !== null) {
    const ga = raw.generalAssembly;
    if (!isObject(ga)) err('generalAssembly', 'must be an object {yes, no, abstain}');
    else {
      const n = (k: string) => {
        const v = ga[k] ?? (k === 'abstain' ? 0 : undefined);
        if (!Number.isInteger(v) || (v as number) < 0) {
          err(`generalAssembly.${k}`, 'must be a whole number of Member States, 0 or more');
          return 0;
        }
        return v as number;
      };
      generalAssembly = { yes: n('yes'), no: n('no'), abstain: n('abstain') };
      if (generalAssembly.yes + generalAssembly.no + generalAssembly.abstain > 193)
        err('generalAssembly', 'counts more votes than the 193 Member States');
    }
  }

  let regionalOrganisation: RegionalOrganisation | null = null;
  if (raw.regionalOrganisation !== undefined && raw.regionalOrganisation !== null) {
    const ro = raw.regionalOrganisation;
    if (!isObject(ro)) err('regionalOrganisation', 'must be an object {name, stateIsMember, willing}');
    else {
      if (typeof ro.name !== 'string' || ro.name.trim() === '')
        err('regionalOrganisation.name', "required: the organisation's name");
      for (const k of ['stateIsMember', 'willing'])
        if (typeof ro[k] !== 'boolean') err(`regionalOrganisation.${k}`, 'required: true or false');
      regionalOrganisation = {
        name: String(ro.name ?? '').trim(),
        stateIsMember: ro.stateIsMember === true,
        willing: ro.willing === true,
      };
    }
  }

  if (errors.length > 0 || !state || year === undefined) return { ok: false, errors };
  const situation: Situation = {
    state,
    year,
    date,
    crimesAlleged: crimes,
    draftMeasures: measures,
    chapter,
    positions,
    parties,
    councilActs,
    hostConsent,
    generalAssembly,
    regionalOrganisation,
  };
  const ballot = validateBallot(draftBallot(situation));
  if (!ballot.ok)
    return {
      ok: false,
      errors: ballot.errors.map((reason) => ({
        field: /party to the dispute/.test(reason) && /^party/.test(reason) ? 'parties' : 'positions',
        reason,
      })),
    };
  return { ok: true, situation };
}

/** The Council ballot a situation implies: its expected positions on the draft. */
export function draftBallot(s: Situation): Ballot {
  const by = (cast: VoteCast) =>
    Object.entries(s.positions)
      .filter(([, c]) => c === cast)
      .map(([m]) => m);
  return {
    year: s.year,
    yes: by('yes'),
    no: by('no'),
    abstain: by('abstain'),
    absent: by('absent'),
    chapter: s.chapter,
    parties: s.parties,
  };
}
