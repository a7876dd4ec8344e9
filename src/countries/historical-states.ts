// Former states and the one organisation that appear in Concord's data (the UN General Debate
// corpus codes CSK, DDR, YMD, YUG and EU; OWID and EWP name the USSR, Zanzibar and South
// Vietnam), with their UN membership. Codes: ISO 3166-3 alpha-3 and numeric where ISO assigned
// them (SUN, YUG, CSK, DDR, YMD); COW's abbreviation where it did not (ZAN, RVN); `EU` as the
// General Debate corpus writes it. YUG stands for the SFRY and, as in the corpus (speeches of
// 2001-2005), for the FRY / Serbia and Montenegro. North Yemen and West Germany are not here:
// their codes (YEM, DEU) continue in the present states.
import type { UnRegionalGroup } from './country.ts';

export interface FormerEntity {
  iso3: string;
  iso2: string | null;
  isoNumeric: number | null;
  name: string;
  officialName: string;
  kind: 'historical' | 'organisation';
  unAdmission: string | null;
  unMembershipEnd: string | null;
  unGroup: UnRegionalGroup | null;
  unGroupNote: string | null;
  /** The present state that continues it or succeeded to most of it (its region is borrowed). */
  successor: string | null;
  /** The present Member that continues its UN seat (Russia the USSR's), if any. */
  unSeatContinuedBy: string | null;
  /** Other names under which it appears in the data (for the name resolver). */
  aliases: string[];
}

export const formerEntities: readonly FormerEntity[] = [
  {
    iso3: 'SUN',
    iso2: 'SU',
    isoNumeric: 810,
    name: 'Soviet Union',
    officialName: 'Union of Soviet Socialist Republics',
    kind: 'historical',
    unAdmission: '1945-10-24',
    unMembershipEnd: '1991-12-24',
    unGroup: 'Eastern European',
    unGroupNote: null,
    successor: 'RUS',
    unSeatContinuedBy: 'RUS',
    aliases: ['USSR', 'U.S.S.R.', 'Soviet Union (USSR)'],
  },
  {
    iso3: 'YUG',
    iso2: 'YU',
    isoNumeric: 890,
    name: 'Yugoslavia',
    officialName: 'Socialist Federal Republic of Yugoslavia',
    kind: 'historical',
    unAdmission: '1945-10-24',
    // GA resolution 47/1: the FRY could not continue the SFRY's membership; it was admitted anew on 2000-11-01 (now Serbia).
    unMembershipEnd: '1992-09-22',
    unGroup: 'Eastern European',
    unGroupNote: null,
    successor: 'SRB',
    unSeatContinuedBy: null,
    aliases: [
      'SFR Yugoslavia',
      'Socialist Federal Republic of Yugoslavia',
      'Federal Republic of Yugoslavia',
      'Serbia and Montenegro',
    ],
  },
  {
    iso3: 'CSK',
    iso2: 'CS',
    isoNumeric: 200,
    name: 'Czechoslovakia',
    officialName: 'Czech and Slovak Federal Republic',
    kind: 'historical',
    unAdmission: '1945-10-24',
    unMembershipEnd: '1992-12-31',
    unGroup: 'Eastern European',
    unGroupNote: null,
    successor: 'CZE',
    unSeatContinuedBy: null,
    aliases: ['Czechoslovak Socialist Republic', 'Czech and Slovak Federal Republic'],
  },
  {
    iso3: 'DDR',
    iso2: 'DD',
    isoNumeric: 278,
    name: 'East Germany',
    officialName: 'German Democratic Republic',
    kind: 'historical',
    unAdmission: '1973-09-18',
    unMembershipEnd: '1990-10-03',
    unGroup: 'Eastern European',
    unGroupNote: null,
    successor: 'DEU',
    unSeatContinuedBy: null,
    aliases: ['German Democratic Republic', 'Germany (East)', 'Germany, East', 'GDR'],
  },
  {
    iso3: 'YMD',
    iso2: 'YD',
    isoNumeric: 720,
    name: 'South Yemen',
    officialName: "People's Democratic Republic of Yemen",
    kind: 'historical',
    unAdmission: '1967-12-14',
    unMembershipEnd: '1990-05-22',
    unGroup: 'Asia-Pacific',
    unGroupNote: 'Sat in the Asian Group, as the Asia-Pacific Group was then named.',
    successor: 'YEM',
    unSeatContinuedBy: null,
    aliases: [
      "Yemen People's Republic",
      "Yemen, People's Republic of",
      "People's Republic of Yemen",
      'Yemen (South Yemen)',
      'Yemen, South',
    ],
  },
  {
    iso3: 'ZAN',
    iso2: null,
    isoNumeric: null,
    name: 'Zanzibar',
    officialName: "People's Republic of Zanzibar",
    kind: 'historical',
    unAdmission: '1963-12-16',
    unMembershipEnd: '1964-04-26',
    unGroup: null,
    unGroupNote: 'A member for four months, before the five present groups were formed (1966).',
    successor: 'TZA',
    unSeatContinuedBy: null,
    aliases: [],
  },
  {
    iso3: 'RVN',
    iso2: null,
    isoNumeric: null,
    name: 'South Vietnam',
    officialName: 'Republic of Vietnam',
    kind: 'historical',
    unAdmission: null,
    unMembershipEnd: null,
    unGroup: null,
    unGroupNote: null,
    successor: 'VNM',
    unSeatContinuedBy: null,
    aliases: ['Republic of Vietnam', 'Vietnam, Republic of', 'Vietnam (South Vietnam)', 'Vietnam, South'],
  },
  {
    iso3: 'EU',
    iso2: 'EU',
    isoNumeric: null,
    name: 'European Union',
    officialName: 'European Union',
    kind: 'organisation',
    unAdmission: null,
    unMembershipEnd: null,
    unGroup: null,
    unGroupNote:
      'Not a state: a regional organisation with enhanced observer status in the General Assembly (resolution 65/276, 2011).',
    successor: null,
    unSeatContinuedBy: null,
    aliases: [],
  },
];
