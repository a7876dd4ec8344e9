// Present states and territories from the `world-countries` package (Mohammed Le Doze, ODbL):
// ISO codes, names, region, subregion, centre and UN membership, with two corrections. The
// package marks the Holy See (VAT) a UN member: it is a non-member observer State, as is
// Palestine. It codes Kosovo `UNK`; Concord uses `XKX`, as the World Bank and the indicator
// files do. This module is the only reader of the package's country list, which it loads on first
// use (issue 18: a command that names no country does not pay for parsing it).
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

export interface PresentEntity {
  iso3: string;
  iso2: string;
  isoNumeric: number | null;
  name: string;
  officialName: string;
  independent: boolean;
  unMember: boolean;
  unObserver: boolean;
  /** The package's `unRegionalGroup` label ('' for none). */
  unGroupLabel: string;
  region: string;
  subregion: string;
  lat: number;
  lon: number;
  /** English names and spellings the package gives (common, official, alternative). */
  spellings: string[];
}

const observerStates = new Set(['VAT', 'PSE']);
const recoded: Record<string, string> = { UNK: 'XKX' };

let entities: readonly PresentEntity[] | undefined;

/** The package's entries as Concord reads them (loaded and converted once, on the first call). */
export function presentEntities(): readonly PresentEntity[] {
  entities ??= convert(createRequire(import.meta.url)('world-countries') as Countries);
  return entities;
}

const convert = (worldCountries: Countries): PresentEntity[] =>
  worldCountries.map((c) => {
    const iso3 = recoded[c.cca3] ?? c.cca3;
    return {
      iso3,
      iso2: c.cca2,
      isoNumeric: c.ccn3 === '' ? null : Number(c.ccn3),
      name: c.name.common,
      officialName: c.name.official,
      independent: c.independent === true,
      unMember: c.unMember && !observerStates.has(iso3),
      unObserver: observerStates.has(iso3),
      unGroupLabel: c.unRegionalGroup,
      region: c.region,
      subregion: c.subregion,
      lat: c.latlng[0],
      lon: c.latlng[1],
      // two- and three-letter codes among the alternative spellings are not names
      spellings: [c.name.common, c.name.official, ...c.altSpellings.filter((s) => !/^[A-Z]{2,3}$/.test(s))],
    };
  });
