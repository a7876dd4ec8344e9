// The measures a draft can propose, with the Charter provision each rests on (DOMAIN.md section
// 1): peaceful settlement under Chapter VI (Arts. 33-38), consent-based peacekeeping, measures
// not involving force under Art. 41 (sanctions, embargoes, tribunals, ICC referral under Rome
// Statute Art. 13(b)) and the use of force under Art. 42 as authorised in practice. Also the
// four crimes of the 2005 World Summit Outcome (paras. 138-139) that ground the responsibility
// to protect.

export const atrocityCrimes = ['genocide', 'war crimes', 'ethnic cleansing', 'crimes against humanity'] as const;
export type AtrocityCrime = (typeof atrocityCrimes)[number];

export interface MeasureBasis {
  /** Where it rests in the Charter (or treaty). */
  source: string;
  /** Whether only a Chapter VII decision can impose it (Art. 39 determination first). */
  chapterVII: boolean;
  /** Enforcement action that a regional organisation may take only with Council authorisation (Art. 53(1)). */
  regionalNeedsAuthorisation: boolean;
  /** What the General Assembly can do about it (it recommends; it cannot bind). */
  assembly: string;
}

export const measureBases = {
  mediation: {
    source: 'Arts. 33, 36 (Chapter VI)',
    chapterVII: false,
    regionalNeedsAuthorisation: false,
    assembly: 'may recommend (Arts. 10-14)',
  },
  'fact-finding': {
    source: 'Art. 34 (Chapter VI)',
    chapterVII: false,
    regionalNeedsAuthorisation: false,
    assembly: 'may establish (Art. 22)',
  },
  condemnation: {
    source: 'Arts. 24, 36 (a decision or recommendation)',
    chapterVII: false,
    regionalNeedsAuthorisation: false,
    assembly: 'may adopt (Arts. 10-11)',
  },
  'peacekeeping-with-consent': {
    source: "Chapter VI practice, with the host state's consent",
    chapterVII: false,
    regionalNeedsAuthorisation: false,
    assembly: 'may establish with consent (UNEF I, 1956, under Uniting for Peace)',
  },
  'arms-embargo': {
    source: 'Art. 41',
    chapterVII: true,
    regionalNeedsAuthorisation: false,
    assembly: 'may recommend a voluntary embargo',
  },
  sanctions: {
    source: 'Art. 41',
    chapterVII: true,
    regionalNeedsAuthorisation: false,
    assembly: 'may recommend voluntary measures',
  },
  'icc-referral': {
    source: 'Art. 41 and Rome Statute Art. 13(b)',
    chapterVII: true,
    regionalNeedsAuthorisation: false,
    assembly: 'cannot refer: only the Council can (Rome Statute Art. 13(b))',
  },
  tribunal: {
    source: 'Art. 41 (ICTY, res. 827 (1993))',
    chapterVII: true,
    regionalNeedsAuthorisation: false,
    assembly: 'cannot establish a tribunal binding on states',
  },
  'protection-mandate': {
    source: 'Art. 42 practice ("all necessary means" to protect civilians)',
    chapterVII: true,
    regionalNeedsAuthorisation: true,
    assembly: "may recommend; contested (Certain Expenses, ICJ 1962: enforcement action is the Council's)",
  },
  'no-fly-zone': {
    source: 'Art. 42 practice (res. 816 (1993))',
    chapterVII: true,
    regionalNeedsAuthorisation: true,
    assembly: 'may recommend; contested',
  },
  'use-of-force': {
    source: 'Art. 42 practice ("all necessary means", res. 678 (1990))',
    chapterVII: true,
    regionalNeedsAuthorisation: true,
    assembly: 'may recommend (res. 377 A (V)); contested',
  },
} as const satisfies Record<string, MeasureBasis>;

export type DraftMeasure = keyof typeof measureBases;
export const draftMeasures = Object.keys(measureBases) as DraftMeasure[];
