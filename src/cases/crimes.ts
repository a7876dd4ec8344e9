// The atrocity crimes of the Responsibility to Protect: the four and only four named by the
// 2005 World Summit Outcome (A/RES/60/1, paras 138-139). A situation alleges some of them.

export const atrocityCrimes = ['genocide', 'war-crimes', 'ethnic-cleansing', 'crimes-against-humanity'] as const;
export type AtrocityCrime = (typeof atrocityCrimes)[number];

export const crimeLabels: Readonly<Record<AtrocityCrime, string>> = {
  genocide: 'genocide',
  'war-crimes': 'war crimes',
  'ethnic-cleansing': 'ethnic cleansing',
  'crimes-against-humanity': 'crimes against humanity',
};

/** Reads a crime as an analyst may write it ("war crimes", "War-Crimes"), or undefined. */
export function parseCrime(text: string): AtrocityCrime | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return (atrocityCrimes as readonly string[]).includes(key) ? (key as AtrocityCrime) : undefined;
}
