// The countries core: Concord's reference list of countries (ISO, COW, UN membership and
// groups, former states), the name resolver, and country outlines. Pure data and functions.
export type { Country, CountryKind, UnRegionalGroup } from './country.ts';
export { foldedCowCodes } from './cow-codes.ts';
export { ccodeForIso3, countries, countryByIso3, originalUnMembers } from './reference-list.ts';
export { ambiguousSpellings, iso3ForName } from './resolve-name.ts';
export { normaliseName } from './name-normalise.ts';
export { contains, distanceKm, type Outline, outlineFromGeoJson } from './outline.ts';
