// The country record of Concord's reference list: one entry per state, territory, former state
// or organisation that appears in the data, keyed by ISO 3166-1 alpha-3 (or the code the data
// uses where ISO has none). Types only.

/** The five UN regional groups, named as the UN Department for General Assembly lists them. */
export type UnRegionalGroup =
  | 'African'
  | 'Asia-Pacific'
  | 'Eastern European'
  | 'Latin American and Caribbean'
  | 'Western European and Others';

/**
 * What an entry is: a `state` (independent today, UN member or not), a dependent `territory`,
 * a `historical` state that no longer exists, or an `organisation` that takes part in UN
 * debates (the European Union).
 */
export type CountryKind = 'state' | 'territory' | 'historical' | 'organisation';

export interface Country {
  /** ISO 3166-1 alpha-3; ISO 3166-3 for former states (SUN, YUG, CSK, DDR, YMD); `XKX` for Kosovo; see historical-states.ts for the rest. */
  iso3: string;
  /** ISO 3166-1 alpha-2, when there is one. */
  iso2: string | null;
  /** ISO 3166-1 numeric (the ids of world-atlas maps), as a number; null where ISO assigns none. */
  isoNumeric: number | null;
  /** Correlates of War state number, as used by EWP and the indicator files; null for non-COW entities. */
  ccode: number | null;
  name: string;
  officialName: string | null;
  kind: CountryKind;
  historical: boolean;
  /** A UN Member State today. */
  unMember: boolean;
  /** A non-member State with permanent observer status (the Holy See, the State of Palestine). */
  unObserver: boolean;
  /** Date of admission to the UN (YYYY-MM-DD), for present and former members. */
  unAdmission: string | null;
  /** When a former member's membership ended (dissolution, merger), YYYY-MM-DD. */
  unMembershipEnd: string | null;
  /** Regional group, for members (and for former members, the group they sat in). */
  unGroup: UnRegionalGroup | null;
  /** Why a member's group is a special case (observer, dual participation, late admission). */
  unGroupNote: string | null;
  region: string | null;
  subregion: string | null;
  /** For a former state: the state that continues it or succeeded to most of it. */
  successor: string | null;
  lat: number | null;
  lon: number | null;
}
