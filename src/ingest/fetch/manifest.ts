// The single place where upstream download locations live: for every file of the data-directory
// layout (../shared/data), where `concord data fetch` gets it, how sure we are of that location,
// and (from checksums.json, read by checksums.ts) the size and SHA-256 the fetched file must have.
//
// Confidence, per entry, and never more than the evidence allows:
//   verified   - the path was found in the public repository, with the same length and the same
//                ending as the data-directory copy (the full bytes could not be compared offline);
//   documented - the URL follows a pattern documented or used in public code, but the bytes it
//                serves today could not be compared with the data-directory copy;
//   guess      - best guess; expect a 404 or a checksum mismatch until someone confirms it.
// Pinned commits are those at which the public index saw the file, so the bytes cannot drift.
//
// Stability, per entry and archive, derived from the location itself (see `stabilityOf`):
//   pinned - the location names immutable bytes: a GitHub raw URL at a full commit hash, a file of
//            a numbered Dataverse dataset version, or a Dataverse file id; a checksum mismatch
//            means a wrong location or a bad download, never a new upstream version;
//   live   - anything else (live pages, API exports, grapher CSVs, branch or HEAD refs, release
//            URLs that upstream may re-publish): upstream may serve new bytes, which
//            `data fetch --accept-changed` keeps and records instead of failing.
import { checksums } from './checksums.ts';

export type Confidence = 'verified' | 'documented' | 'guess';

/** Whether upstream can serve different bytes at this location over time. */
export type Stability = 'pinned' | 'live';

/** A zip archive that upstream publishes instead of single files; members are extracted by name. */
export interface ArchiveSpec {
  id: string;
  url: string;
  format: 'zip';
  /** SHA-256 of the archive itself, when it is byte-stable and known; members are always verified. */
  sha256?: string;
  /** Matches the path of a wanted member inside the archive; group 1 is its file name in `destDir`. */
  member: RegExp;
  /** Data-directory folder the members are extracted into. */
  destDir: string;
  /** Members keep their sub-folders below destDir (group 1 may hold `/`, each part checked). */
  nested?: boolean;
  /** How a member is named inside the published archive, `{name}` standing for its file name. */
  memberName: string;
  confidence: Confidence;
  /** Derived from `url` by `archive()`. */
  stability: Stability;
  note: string;
}

/** A Dataverse file found by name in a dataset version's file listing (its numeric id is not pinned). */
export interface DataverseLookup {
  /** The native API listing of the dataset version's files. */
  listUrl: string;
  /** The file's name (or original name, for files Dataverse ingested as tables). */
  fileName: string;
  /** Access URL with `{id}` standing for the file id found in the listing. */
  accessUrl: string;
}

export type Origin =
  | { kind: 'url'; url: string }
  | { kind: 'dataverse'; lookup: DataverseLookup }
  | { kind: 'archive'; archive: ArchiveSpec };

export interface ManifestEntry {
  /** Path in the data-directory layout, e.g. `ewp/coefficients_3Sep2025.csv`. */
  path: string;
  size: number;
  sha256: string;
  origin: Origin;
  confidence: Confidence;
  /** Derived from `origin` (see `stabilityOf`). */
  stability: Stability;
  note: string;
}

interface Location {
  origin: Origin;
  confidence: Confidence;
  note: string;
}

/** A GitHub raw URL whose ref is a full commit hash. */
const commitPinnedRaw = /^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[0-9a-f]{40}\//;
/** A Dataverse file id: Dataverse never changes a published file's bytes in place (a replacement gets a new id). */
const dataverseFileId = /^https:\/\/dataverse\.harvard\.edu\/api\/access\/datafile\/\d+(?:\?format=original)?$/;
/** A Dataverse listing of a numbered (published, hence frozen) dataset version, not :latest or :draft. */
const dataverseVersion = /\/api\/datasets\/:persistentId\/versions\/\d+(?:\.\d+)?\/files\?/;

/** Whether the bytes at a URL can drift: only locations naming immutable bytes are pinned. */
export function urlStability(u: string): Stability {
  return commitPinnedRaw.test(u) || dataverseFileId.test(u) ? 'pinned' : 'live';
}

/** Whether the bytes an origin points at can drift. */
export function stabilityOf(origin: Origin): Stability {
  switch (origin.kind) {
    case 'url':
      return urlStability(origin.url);
    case 'dataverse':
      return dataverseVersion.test(origin.lookup.listUrl) ? 'pinned' : 'live';
    case 'archive':
      return origin.archive.stability;
  }
}

/** Percent-encodes each segment of a repository path (spaces in OWID folder names). */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function github(repo: string, ref: string, path: string, confidence: Confidence, note: string): Location {
  return {
    origin: { kind: 'url', url: `https://raw.githubusercontent.com/${repo}/${ref}/${encodePath(path)}` },
    confidence,
    note,
  };
}

function url(u: string, confidence: Confidence, note: string): Location {
  return { origin: { kind: 'url', url: u }, confidence, note };
}

// --- Early Warning Project (and the indicator inputs it publishes) -----------------------------
const EWP = 'EarlyWarningProject/2025-Statistical-Risk-Assessment';
const EWP_BUILD = '6e7576318893e7cfaa92aa81a228f11f7be031ea'; // 1.Buildcountryyears_and_mk_data
const EWP_INPUT = 'c9dc11121b31fc6c092dfec5e5b7771ff2a3b6c4'; // 2.Make-new-base-data/input
const EWP_MODEL = '3a31c0a8b0e32b4882c2eeb6503e726bbb27a2b4'; // 3.Modeling
const sameLength =
  'path found in the public repository at this commit; length and ending match the data-directory copy';
const dedupNote =
  'not listed on its own by the public index, which keeps one copy of identical files: the indexed ' +
  'file of the same folder with the 4Aug2025 name has exactly the data-directory content, and the repository README names this file';

const single: Record<string, Location> = {
  'ewp/basedata2025_4august2025.csv': github(
    EWP,
    EWP_BUILD,
    '1.Buildcountryyears_and_mk_data/basedata2025_4august2025.csv',
    'verified',
    sameLength,
  ),
  'ewp/countrynamesheet_complete.csv': github(
    EWP,
    EWP_BUILD,
    '1.Buildcountryyears_and_mk_data/countrynamesheet_complete.csv',
    'verified',
    sameLength,
  ),
  'ewp/prepared2024predictors-2025-09-03.csv': github(
    EWP,
    EWP_MODEL,
    '3.Modeling/prepared2024predictors-2025-09-03.csv',
    'verified',
    sameLength,
  ),
  'ewp/FOOSforecasts_3Sep2025.csv': github(
    EWP,
    EWP_MODEL,
    '3.Modeling/FOOSforecasts_3Sep2025.csv',
    'verified',
    sameLength,
  ),
  'ewp/final_forecasts_data_3Sep2025.csv': github(
    EWP,
    EWP_MODEL,
    '3.Modeling/final_forecasts_data_3Sep2025.csv',
    'verified',
    sameLength,
  ),
  'ewp/coefficients_3Sep2025.csv': github(
    EWP,
    EWP_MODEL,
    '3.Modeling/coefficients_3Sep2025.csv',
    'documented',
    dedupNote,
  ),
  'ewp/forecasts3Sep2025.csv': github(EWP, EWP_MODEL, '3.Modeling/forecasts3Sep2025.csv', 'documented', dedupNote),
  // WDI, UN IGME infant mortality and Powell & Thyne coups as EWP prepared them (not the raw World Bank / IGME releases).
  'indicators/wdi.csv': github(EWP, EWP_INPUT, '2.Make-new-base-data/input/wdi.csv', 'verified', sameLength),
  'indicators/un_imr_clean.csv': github(
    EWP,
    EWP_INPUT,
    '2.Make-new-base-data/input/un_imr_clean.csv',
    'verified',
    sameLength,
  ),
  'indicators/all-coups.csv': github(
    EWP,
    EWP_INPUT,
    '2.Make-new-base-data/input/all-coups.csv',
    'verified',
    sameLength,
  ),

  // --- Security Council -------------------------------------------------------------------------
  'unsc/vetoes_1946_sept2022.csv': github(
    'world-politics-datalab/vetoes-un-security-council',
    'f389b3ff3681e1b39102bb6c76640b9973496992',
    'unsc_vetoes_1946_sept2022.csv',
    'verified',
    `${sameLength} (published as unsc_vetoes_1946_sept2022.csv)`,
  ),
  'unsc/UNSC_Record-Table_2722.csv': github(
    'SeanFobbe/cr-unsc',
    'ce9c7a0bc079c35ab654a9fc616bc89f00d48800',
    'data/UNSC_Record-Table_2722.csv',
    'verified',
    sameLength,
  ),

  // --- Peacekeeping -----------------------------------------------------------------------------
  'unsc/DPPA-SCMembership.csv': url(
    'https://api.psdata.un.org/public/data/DPPA-SCMembership/CSV',
    'guess',
    "the UN Peace and Security Data Hub's CSV pattern of DPPADPOSS-PKO applied to the dataset id DPPA-SCMembership; the hub updates the file (last_update column), so expect changed bytes",
  ),
  'pko/DPPADPOSS-PKO.csv': url(
    'https://api.psdata.un.org/public/data/DPPADPOSS-PKO/CSV',
    'documented',
    'UN Peace and Security Data Hub API, as used in public code; a live export whose last_update column changes, so a newer export will not match this checksum',
  ),
  'pko/owid-united-nations-peacekeeping.csv': github(
    'owid/owid-datasets',
    'master',
    'datasets/United Nations Peacekeeping/United Nations Peacekeeping.csv',
    'documented',
    'path found in the archived owid/owid-datasets repository (master); the versions the public index holds end in 2021, the data-directory copy ends in 2022 (presumably the final master version)',
  ),

  // --- UCDP -------------------------------------------------------------------------------------
  // see `archives.ucdpBrd` below

  // --- Our World in Data ------------------------------------------------------------------------
  'owid/human-rights-protection-fariss-2020.csv': url(
    'https://ourworldindata.org/grapher/human-rights-protection.csv',
    'guess',
    'grapher slug confirmed in public owidR documentation, same values; but grapher exports carry an Entity,Code,Year header while the data-directory copy (from the archived owid-datasets export) has Entity,Year, so expect a checksum mismatch',
  ),
  'owid/pitf-genocide-politicide.csv': url(
    'https://ourworldindata.org/grapher/genocide-politicide-pitf.csv',
    'guess',
    'grapher slug not found in any public source; the Entity,Year header suggests an archived owid-datasets export whose folder name could not be found',
  ),
  'owid/ucdp-conflict-deaths-by-country-2019.csv': url(
    'https://ourworldindata.org/grapher/deaths-conflicts-one-sided-violence-ucdp-2019.csv',
    'guess',
    'grapher slug not found in any public source; OWID has since replaced this 2019 UCDP series',
  ),

  // --- UN General Debate Corpus (Harvard Dataverse doi:10.7910/DVN/0TJX8Y) ----------------------
  'ungdc/UNGDC_1946-2024.tgz': url(
    'https://dataverse.harvard.edu/api/access/datafile/11095259',
    'documented',
    'Dataverse file id of UNGDC_1946-2024 (dataset version 13.0) as used in public Makefiles; the MD5 those record differs from the data-directory copy, so the served bytes may not match',
  ),
};

const DATAVERSE = 'https://dataverse.harvard.edu';
const UNGDC_DOI = 'doi:10.7910/DVN/0TJX8Y';
function ungdcFile(version: string, fileName: string, accessQuery: string, note: string): Location {
  return {
    origin: {
      kind: 'dataverse',
      lookup: {
        listUrl: `${DATAVERSE}/api/datasets/:persistentId/versions/${version}/files?persistentId=${UNGDC_DOI}`,
        fileName,
        accessUrl: `${DATAVERSE}/api/access/datafile/{id}${accessQuery}`,
      },
    },
    confidence: 'documented',
    note,
  };
}
single['ungdc/Speakers_by_session.xlsx'] = ungdcFile(
  '13.0',
  'Speakers_by_session.xlsx',
  '?format=original',
  'Dataverse native API (file listing, then file access); the file id is looked up by name because none is public; version 13.0 is the first with session 79 (2024); format=original because Dataverse ingests spreadsheets as tables',
);
single['ungdc/README.txt'] = ungdcFile(
  '12.0',
  'README.txt',
  '',
  'Dataverse native API as above; the data-directory copy is the readme of version 12.0 (its first line says so), which is why that version is listed',
);

// --- UN Dag Hammarskjöld Library meetings tables ------------------------------------------------
// URL rules from a public scraper that wrote exactly this layout: before 1994 and in 2022 the table
// fragment ends in .html, from 1994 to 2021 in .htm; the 2020 remote (COVID) meetings are on a
// separate page. The data-directory copies were saved as decoded text by such a scraper (six of
// them, 2014-2019, begin with a double-encoded byte-order mark) and the Library keeps editing
// these pages, so raw bytes fetched today may well not match.
const DHL = 'https://www.un.org/depts/dhl/resguide';
function meetingsTable(name: string): Location {
  const note =
    'pattern from public scrapers of the Dag Hammarskjöld Library tables; bytes fetched today may differ from the saved copy';
  if (name === 'scact_veto_table_en.html') return url(`${DHL}/scact_veto_table_en.htm`, 'documented', note);
  if (name === 'scact2020_covid_table_en.html') return url(`${DHL}/SC_2020-revised.html`, 'documented', note);
  const m = /^scact(\d{4})_table_en\.html$/.exec(name);
  if (!m) throw new Error(`no upstream rule for meetings table ${name}`);
  const year = Number(m[1]);
  const ext = year < 1994 || year >= 2022 ? 'html' : 'htm';
  return url(`${DHL}/scact${year}_table_en.${ext}`, 'documented', note);
}

// --- Archives -----------------------------------------------------------------------------------
function archive(spec: Omit<ArchiveSpec, 'stability'>): ArchiveSpec {
  return { ...spec, stability: urlStability(spec.url) };
}

export const archives = {
  /** CR-UNSC's hand-corrected English (GOLD) resolution texts live in the project repository's data folder. */
  crUnscGold: archive({
    id: 'cr-unsc-repository',
    url: 'https://github.com/SeanFobbe/cr-unsc/archive/HEAD.zip',
    format: 'zip',
    member: /^[^/]+\/data\/res_en_gold\/(S_RES_\d{4}_\d{4}_EN_GOLD\.txt)$/,
    destDir: 'unsc/resolutions-en',
    memberName: 'cr-unsc-HEAD/data/res_en_gold/{name}',
    confidence: 'documented',
    note:
      'the folder data/res_en_gold of github.com/SeanFobbe/cr-unsc holds exactly the files of the data directory ' +
      "(1-899, 902, 1445, 1454; verified in the public index); the archive URL follows GitHub's documented " +
      'archive/<ref>.zip pattern with HEAD as ref. GitHub-made archives are not byte-stable, so each member is ' +
      'verified instead. The Zenodo record (doi:10.5281/zenodo.7319781) publishes derived EN_TXT_BEST zips whose member names could not be checked.',
  }),
  /** The English part of the UN's Akoma Ntoso Security Council repository, at the pinned commit. */
  unxml: archive({
    id: 'unxml-scresolutions-6c4072a',
    url: 'https://github.com/UNxml/SCresolutions/archive/6c4072a866bfd189176ae91d119cc4c66e3ff331.zip',
    format: 'zip',
    member:
      /^SCresolutions-6c4072a866bfd189176ae91d119cc4c66e3ff331\/((?:Pre-2020\/\d{4}|\d{4}\/English|PRST\/\d{4}|Not adopted\/English|data_extract)\/[^/]+|README\.md)$/,
    destDir: 'unsc/unxml',
    nested: true,
    memberName: 'SCresolutions-6c4072a866bfd189176ae91d119cc4c66e3ff331/{name}',
    confidence: 'documented',
    note:
      "SOURCES.md names github.com/UNxml/SCresolutions at commit 6c4072a866bfd189176ae91d119cc4c66e3ff331; the archive URL follows GitHub's " +
      'documented archive/<commit>.zip pattern and its top folder <repo>-<commit>; only the English paths of the data directory are extracted ' +
      '(Pre-2020/YYYY, YYYY/English, PRST/YYYY, Not adopted/English, data_extract). GitHub-made archives are not byte-stable, so each member is verified.',
  }),
  /** UCDP Battle-Related Deaths, dyadic version 25.1, as CSV in a zip. */
  ucdpBrd: archive({
    id: 'ucdp-brd-dyadic-251',
    url: 'https://ucdp.uu.se/downloads/brd/ucdp-brd-dyadic-251-csv.zip',
    format: 'zip',
    member: /^(?:[^/]+\/)*(BattleDeaths_v25_1\.csv)$/,
    destDir: 'ucdp',
    memberName: '{name}',
    confidence: 'documented',
    note: 'URL used in several public repositories; the member name BattleDeaths_v25_1.csv follows the release naming seen in public code',
  }),
} satisfies Record<string, ArchiveSpec>;

function locate(path: string): Location {
  if (single[path]) return single[path];
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash);
  const name = path.slice(slash + 1);
  if (dir === 'unsc/meetings') return meetingsTable(name);
  for (const a of Object.values(archives) as ArchiveSpec[]) {
    // a member may sit in a sub-folder of destDir (the UN XML layout): its name is the path below destDir
    const below = path.startsWith(`${a.destDir}/`) ? path.slice(a.destDir.length + 1) : undefined;
    if (below !== undefined && a.member.exec(a.memberName.replace('{name}', below))?.[1] === below) {
      return { origin: { kind: 'archive', archive: a }, confidence: a.confidence, note: a.note };
    }
    if (dir === a.destDir && a.member.exec(a.memberName.replace('{name}', name))?.[1] === name) {
      return { origin: { kind: 'archive', archive: a }, confidence: a.confidence, note: a.note };
    }
  }
  throw new Error(`manifest: no upstream location for ${path}`);
}

/** Every file of the data-directory layout with its upstream location and checksum. */
export const manifest: ManifestEntry[] = checksums.map(({ path, size, sha256 }) => {
  const location = locate(path);
  return { path, size, sha256, ...location, stability: stabilityOf(location.origin) };
});

/** The manifest entries a source file path stands for: the file itself, or every entry under a folder. */
export function entriesFor(path: string): ManifestEntry[] {
  const p = path.replace(/\/+$/, '');
  return manifest.filter((e) => e.path === p || e.path.startsWith(`${p}/`));
}

/** The paths given a location of their own (not by a folder rule or an archive): each needs a checksum. */
export function singlyLocatedPaths(): string[] {
  return Object.keys(single);
}
