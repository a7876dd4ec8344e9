// The country of deployment (ISO3) of each operation of the DPPA list. By default it is the
// country the mission's name places it in ("... in Sierra Leone", "... for Rwanda", "... to
// Afghanistan"). The table below decides where the name does not: no country in the name,
// several countries, or a name that misleads (ONUC's "the Congo" is today's DR Congo). An entry
// keyed by an acronym also covers that acronym's numbered missions (UNEF covers UNEF I, UNEF II).
// `alsoIn` lists the other countries of deployment, used when checking coordinates.
import { iso3ForName } from '../../countries/index.ts';

export interface DeploymentEntry {
  /** The principal country of deployment, or null where none can fairly be named. */
  iso3: string | null;
  alsoIn?: string[];
  why: string;
}

export const deploymentTable: Readonly<Record<string, DeploymentEntry>> = {
  UNTSO: {
    iso3: null,
    alsoIn: ['ISR', 'EGY', 'JOR', 'LBN', 'SYR', 'PSE'],
    why: 'Region-wide (observers in Israel, Egypt, Jordan, Lebanon and Syria); headquarters in Jerusalem, whose status the UN holds unresolved.',
  },
  UNEF: {
    iso3: 'EGY',
    alsoIn: ['PSE'],
    why: 'Sinai and the Gaza Strip, then under Egyptian administration (UNEF I); Sinai (UNEF II).',
  },
  UNDOF: { iso3: 'SYR', alsoIn: ['ISR'], why: 'Area of separation on the Golan; headquarters Camp Faouar, Syria.' },
  UNYOM: { iso3: 'YEM', why: 'Yemen (then the Yemen Arab Republic); no location given.' },
  UNIPOM: { iso3: 'PAK', alsoIn: ['IND'], why: 'India–Pakistan border outside Kashmir; headquarters in Lahore.' },
  UNMOGIP: {
    iso3: 'IND',
    alsoIn: ['PAK'],
    why: 'Line of Control in Jammu and Kashmir; headquarters alternate between Islamabad and Srinagar; the coordinates given fall on the Indian-administered side.',
  },
  UNGOMAP: { iso3: 'AFG', alsoIn: ['PAK'], why: 'Afghanistan and Pakistan; headquarters in Kabul and Islamabad.' },
  UNIIMOG: {
    iso3: 'IRN',
    alsoIn: ['IRQ'],
    why: 'Both sides of the Iran–Iraq ceasefire line; location given is Tehran.',
  },
  UNIKOM: {
    iso3: 'IRQ',
    alsoIn: ['KWT'],
    why: 'Demilitarized zone astride the Iraq–Kuwait border; location given is Umm Qasr, Iraq.',
  },
  UNMEE: { iso3: 'ERI', alsoIn: ['ETH'], why: 'Temporary security zone inside Eritrea; location given is Asmara.' },
  UNOMUR: {
    iso3: 'UGA',
    alsoIn: ['RWA'],
    why: 'Ugandan side of the Uganda–Rwanda border; location given is Kabale, Uganda.',
  },
  ONUCA: {
    iso3: 'HND',
    alsoIn: ['CRI', 'SLV', 'GTM', 'NIC'],
    why: 'Five Central American states; headquarters in Tegucigalpa.',
  },
  MINURCAT: {
    iso3: 'TCD',
    alsoIn: ['CAF'],
    why: 'Eastern Chad and the north-east of the Central African Republic; headquarters in N’Djamena.',
  },
  UNISFA: {
    iso3: 'SDN',
    alsoIn: ['SSD'],
    why: 'The Abyei Area, disputed between Sudan and South Sudan; the coordinates fall in Sudan on the outline used.',
  },
  UNAMID: { iso3: 'SDN', why: 'Darfur, Sudan.' },
  UNASOG: { iso3: 'TCD', alsoIn: ['LBY'], why: 'The Aouzou Strip, returned by Libya to Chad.' },
  UNSF: { iso3: 'IDN', why: 'West New Guinea (West Papua), transferred to Indonesia in 1963.' },
  UNSCOB: {
    iso3: 'GRC',
    why: 'Greece’s northern frontiers with Albania, Bulgaria and Yugoslavia; headquarters in Athens.',
  },
  ONUC: {
    iso3: 'COD',
    why: '“The Congo” of 1960 is today’s Democratic Republic of the Congo (Léopoldville, now Kinshasa).',
  },
  UNAVEM: { iso3: 'AGO', why: 'Angola (the name puts the country before “Verification Mission”).' },
  UNPROFOR: {
    iso3: 'HRV',
    alsoIn: ['BIH', 'MKD'],
    why: 'Croatia, Bosnia and Herzegovina and Macedonia; headquarters in Zagreb.',
  },
  UNPF: {
    iso3: 'HRV',
    alsoIn: ['BIH', 'MKD'],
    why: 'Umbrella of UNCRO, UNPROFOR and UNPREDEP; headquarters in Zagreb.',
  },
  UNFOR: { iso3: 'HRV', why: 'No name or dates beyond “United Nations Force”; location given is Zagreb.' },
  UNPSG: {
    iso3: 'HRV',
    why: 'Police monitors in the Danube region of Croatia after UNTAES; location given is Zagreb.',
  },
  UNCPSG: { iso3: 'HRV', why: 'Police monitors in the Danube region of Croatia after UNTAES.' },
  UNTAES: { iso3: 'HRV', why: 'Eastern Slavonia, Baranja and Western Sirmium, Croatia.' },
  UNMOP: { iso3: 'HRV', why: 'The Prevlaka peninsula, Croatia; location given is Cavtat.' },
  UNPREDEP: { iso3: 'MKD', why: 'Macedonia (now North Macedonia); location given is Skopje.' },
  IPTF: { iso3: 'BIH', why: 'Bosnia and Herzegovina; location given is Sarajevo.' },
};

export interface Deployment {
  iso3: string | null;
  /** All countries of deployment known, principal first. */
  area: string[];
  /** The table's reason, or how the name placed it. */
  basis: string;
}

/** The acronym without a trailing roman numeral: "UNEF II" -> "UNEF". */
function baseAcronym(acronym: string): string {
  return acronym.replace(/\s+[IVX]+$/, '');
}

/** The country the name places the mission in: the words after its last "in", "for" or "to". */
export function countryInName(name: string): string | undefined {
  const bare = name
    .replace(/\([^)]*\)\s*$/, '')
    .replace(/\s+[IVX]+\s*$/, '')
    .trim();
  const m = /\s(?:in|for|to)\s+(?!.*\s(?:in|for|to)\s)(.+)$/.exec(bare);
  return m ? iso3ForName(m[1]) : undefined;
}

export function deploymentOf(acronym: string, name: string): Deployment | undefined {
  const entry = deploymentTable[acronym] ?? deploymentTable[baseAcronym(acronym)];
  if (entry) {
    const area = [...(entry.iso3 ? [entry.iso3] : []), ...(entry.alsoIn ?? [])];
    return { iso3: entry.iso3, area, basis: entry.why };
  }
  const iso3 = countryInName(name);
  return iso3 ? { iso3, area: [iso3], basis: 'named in the mission name' } : undefined;
}
