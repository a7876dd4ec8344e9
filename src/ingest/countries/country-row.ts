// The `countries` table row of one entry of the reference list (src/countries).
import type { Country } from '../../countries/index.ts';
import type { Row } from '../source.ts';

export function countryRow(c: Country): Row {
  return {
    iso3: c.iso3,
    iso2: c.iso2,
    iso_numeric: c.isoNumeric,
    ccode: c.ccode,
    name: c.name,
    official_name: c.officialName,
    kind: c.kind,
    un_member: c.unMember ? 1 : 0,
    un_observer: c.unObserver ? 1 : 0,
    un_admission: c.unAdmission,
    un_membership_end: c.unMembershipEnd,
    un_group: c.unGroup,
    un_group_note: c.unGroupNote,
    region: c.region,
    subregion: c.subregion,
    historical: c.historical ? 1 : 0,
    successor: c.successor,
    lat: c.lat,
    lon: c.lon,
  };
}
