// What the absence of a UCDP record says (issue 15 item 6): UCDP's battle-related deaths locate
// each conflict in the territory of a state of its state system (COW/Gleditsch-Ward codes). No
// dyad located in a country-year means "no state-based armed conflict with 25 or more battle
// deaths" only when (a) UCDP covers that year and (b) the country is a state UCDP can locate a
// conflict in. For a territory outside that system (Palestine, Western Sahara) fighting on its
// soil is recorded under another state (Israel, Morocco), so the absence is a gap, never a
// mitigating reading. Pure.

export interface UcdpCoverage {
  /** Years UCDP battle deaths cover (all countries), or undefined when not imported. */
  span: { first: number; last: number } | undefined;
}

export type UcdpAbsence = { kind: 'no-conflict' } | { kind: 'gap'; reason: string };

/** How to read "UCDP records no dyad in this country this year". */
export function readUcdpAbsence(
  country: { name: string; ccodes: readonly number[] },
  year: number,
  coverage: UcdpCoverage,
): UcdpAbsence {
  if (!coverage.span) return { kind: 'gap', reason: 'UCDP battle deaths are not imported' };
  if (year < coverage.span.first || year > coverage.span.last)
    return {
      kind: 'gap',
      reason: `UCDP battle deaths cover ${coverage.span.first}-${coverage.span.last}, not ${year}`,
    };
  if (country.ccodes.length === 0)
    return {
      kind: 'gap',
      reason: `UCDP locates conflicts in states of its state system and ${country.name} is not one: fighting on its territory is recorded under another state, so no record here does not mean no armed conflict`,
    };
  return { kind: 'no-conflict' };
}
