// How many states were Members of the United Nations on a date (Art. 4 admissions, from
// src/countries), counting a seat continued by another state once (the USSR's seat continued by
// Russia). Needed for the Uniting for Peace rule that a majority of the Members can request an
// emergency special session (res. 377 A (V), para. 1). Known simplification: Indonesia's
// absence of 1965-66 is not modelled.
import { countries } from '../countries/index.ts';
import { formerEntities } from '../countries/historical-states.ts';

const continued = new Set(formerEntities.filter((f) => f.unSeatContinuedBy !== null).map((f) => f.iso3));

/** Number of UN Member States on an ISO date (YYYY-MM-DD). */
export function unMembersOn(date: string): number {
  return countries.filter(
    (c) =>
      c.unAdmission !== null &&
      !continued.has(c.iso3) &&
      c.unAdmission <= date &&
      (c.unMembershipEnd === null || c.unMembershipEnd > date),
  ).length;
}
