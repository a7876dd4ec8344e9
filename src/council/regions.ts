// Assigns a Council agenda item to the regions of the veto list's vocabulary (Middle East,
// Southern Africa, Eastern Europe, ...), so that drafts in the meetings tables - which name no
// region - can be counted by region like the vetoes. An item belongs to a region when it names
// the region ("The situation in the Middle East") or a place in it, or a country whose UN M49
// subregion (src/countries) falls in it. The mapping of M49 subregions to the veto list's
// regions, and the exceptions the veto list makes (Angola, Zambia, Zimbabwe and Mozambique are
// "Southern Africa"; Iran and Cyprus "Middle East"; the Caucasus "Eastern Europe"), are written
// below. Limits: an item that names no country or region ("Admission of new Members", thematic
// debates) has no region; an item naming countries of two regions belongs to both.
import { countries } from '../countries/index.ts';

const bySubregion: Record<string, string> = {
  'Southern Asia': 'South Asia',
  'Middle Africa': 'Central Africa',
  'Southeast Europe': 'Eastern Europe',
  'Southern Europe': 'Western Europe',
  'Western Asia': 'Middle East',
  'South America': 'South America',
  Caribbean: 'Caribbean',
  'Central America': 'Central America',
  'North America': 'North America',
  'Central Europe': 'Eastern Europe',
  'Eastern Africa': 'East Africa',
  'Western Europe': 'Western Europe',
  'Western Africa': 'West Africa',
  'Eastern Europe': 'Eastern Europe',
  'South-Eastern Asia': 'Southeast Asia',
  'Southern Africa': 'Southern Africa',
  'Eastern Asia': 'East Asia',
  'Northern Europe': 'Western Europe',
  'Northern Africa': 'North Africa',
  'Central Asia': 'Central Asia',
  Melanesia: 'Oceania',
  Micronesia: 'Oceania',
  Polynesia: 'Oceania',
  'Australia and New Zealand': 'Oceania',
};

const byCountry: Record<string, string> = {
  AGO: 'Southern Africa',
  ZMB: 'Southern Africa',
  ZWE: 'Southern Africa',
  MOZ: 'Southern Africa',
  MWI: 'Southern Africa',
  COM: 'Southern Africa',
  IRN: 'Middle East',
  CYP: 'Middle East',
  GEO: 'Eastern Europe',
  ARM: 'Eastern Europe',
  AZE: 'Eastern Europe',
  AUT: 'Western Europe',
  EST: 'Eastern Europe',
  LVA: 'Eastern Europe',
  LTU: 'Eastern Europe',
  MEX: 'Central America',
};

/** Names of regions and places the agenda uses, with their region. */
const places: [RegExp, string][] = [
  [
    /\bmiddle east\b|\bpalestin|\bwest bank\b|\bgaza\b|\bgolan\b|\bjerusalem\b|\bsuez\b|\btransjordan\b|\b(?:lebanese|syrian|israeli|iraqi|iranian|jordanian|kuwaiti|yemeni|arab)\b/,
    'Middle East',
  ],
  [/\b(?:spanish|greek|corfu|berlin|trieste|portuguese)\b/, 'Western Europe'],
  [/\b(?:hungarian|czechoslovak|ukrainian|bosnian|serbian|croatian|georgian)\b/, 'Eastern Europe'],
  [/\bceylon\b|\bbangla ?desh\b|\bafghan/, 'South Asia'],
  [/\bsouthern africa\b|\brhodesia\b|\bsouth west africa\b|\bnamibia\b|\bapartheid\b/, 'Southern Africa'],
  [/\bcentral america\b/, 'Central America'],
  [/\bkorea\b|\bformosa\b|\btaiwan\b/, 'East Asia'],
  [/\bcongo\b|\bgreat lakes\b|\bzaire\b/, 'Central Africa'],
  [/\bkampuchea\b|\bindo-?china\b|\bviet[ -]?nam\b|\bburma\b|\blaotian\b|\bcambodian\b/, 'Southeast Asia'],
  [/\bfalkland|\bmalvinas\b/, 'South America'],
  [/\bkashmir\b|\bindia-pakistan\b/, 'South Asia'],
  [/\byugoslavia\b|\bbalkans?\b|\bkosovo\b/, 'Eastern Europe'],
  [/\bsahel\b|\bwest africa\b/, 'West Africa'],
  [/\bhorn of africa\b/, 'East Africa'],
];

interface CountryName {
  pattern: RegExp;
  region: string;
}

/** Names of states with their region, built on first use (issue 18: loading this module costs nothing). */
const countryNames = (): CountryName[] =>
  countries
    .filter((c) => c.kind === 'state' || c.kind === 'historical')
    .flatMap((c) => {
      const region = byCountry[c.iso3] ?? (c.subregion ? bySubregion[c.subregion] : undefined);
      if (!region) return [];
      const names = new Set(
        [c.name, c.officialName].filter((n): n is string => !!n && n.length >= 4).map((n) => n.toLowerCase()),
      );
      return [...names].map((n) => ({
        pattern: new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
        region,
      }));
    });

let names: CountryName[] | undefined;

/** Regions of the veto list's vocabulary that an agenda item concerns (possibly none). */
export function regionsOfTopic(topic: string): string[] {
  const t = topic.toLowerCase();
  const found = new Set<string>();
  for (const [re, region] of places) if (re.test(t)) found.add(region);
  for (const c of (names ??= countryNames())) if (c.pattern.test(t)) found.add(c.region);
  return [...found].sort();
}

/** Every region regionsOfTopic can return, sorted. */
export const topicRegions: readonly string[] = [
  ...new Set([...Object.values(bySubregion), ...Object.values(byCountry), ...places.map(([, r]) => r)]),
].sort();
