// What the loaders of the UN's Akoma Ntoso repository (SOURCES.md "unsc/unxml") share: its
// provenance, the folders of its English layout, the listing of a folder (XML files in name
// order; anything else - `test`, `test.txt`, `desktop.ini` - reported as skipped), the report rows
// every loader writes into `source_files` (read, skipped and why, missing), Council members'
// names as the UN writes them (upper case, "BOLIVIA (PLURINATIONAL STATE OF)", split or mistyped
// entries) resolved to Concord's country ids, and the countries an agenda item or subject names.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { iso3ForName } from '../../countries/index.ts';
import type { RowSink, SourceInfo } from '../source.ts';
import { monthNames } from '../../calendar-date.ts';

export const unxmlRoot = 'unsc/unxml';

export const unxmlProvenance: Pick<SourceInfo, 'licence' | 'attribution' | 'upstream'> = {
  licence: 'UN terms: unofficial copies, no warranty; acknowledge the United Nations as the source',
  attribution:
    'United Nations, Department for General Assembly and Conference Management: machine-readable Security Council resolutions (AKN4UN), github.com/UNxml/SCresolutions; unofficial copies for informational purposes',
  upstream: 'github.com/UNxml/SCresolutions (commit 6c4072a866bfd189176ae91d119cc4c66e3ff331)',
};

export interface ListedFile {
  /** Path inside the data directory. */
  path: string;
  /** Absolute path. */
  abs: string;
  name: string;
}

/** XML files of a folder (sorted by name) and the other entries, each reported as skipped. */
export async function listXml(dataDir: string, rel: string, sink: RowSink, source: string): Promise<ListedFile[]> {
  const dir = join(dataDir, rel);
  if (!existsSync(dir)) return [];
  const out: ListedFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    const path = `${rel}/${name}`;
    if (statSync(abs).isDirectory()) continue;
    if (!name.toLowerCase().endsWith('.xml')) {
      await note(sink, source, path, 'skipped', 'not an XML file');
      continue;
    }
    out.push({ path, abs, name });
  }
  return out;
}

/** Sub-folders of `rel` whose name is a year, in order. */
export function yearFolders(dataDir: string, rel: string): number[] {
  const dir = join(dataDir, rel);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^\d{4}$/.test(n) && statSync(join(dir, n)).isDirectory())
    .map(Number)
    .sort((a, b) => a - b);
}

/** One report row: a file read or skipped (and why), or something missing upstream (path null). */
export async function note(
  sink: RowSink,
  source: string,
  path: string | null,
  outcome: 'read' | 'skipped' | 'missing',
  reason: string,
): Promise<void> {
  await sink.insert('source_files', { source, path, outcome, reason });
}

/** UN names Concord's country list does not spell. */
const councilAliases: Record<string, string> = {
  'libyan arab jamahiriya': 'LBY',
  'ukrainian ssr (ukrainian soviet socialist republic)': 'UKR',
  'ukrainian ssr': 'UKR',
  'german fr (german federal republic)': 'DEU',
  'german dr (german democratic republic)': 'DDR',
  'united arab republic': 'EGY',
  'cabo verde': 'CPV',
  'byelorussian ssr': 'BLR',
  zaire: 'COD',
  ceylon: 'LKA',
};

/** Concord's country id of a member's name as the UN writes it, or undefined. */
export function memberIso3(raw: string): string | undefined {
  const name = raw.replace(/\s+/g, ' ').trim();
  const key = name.toLowerCase();
  return councilAliases[key] ?? iso3ForName(name) ?? iso3ForName(name.replace(/[a-z]+$/, '').replace(/[.,;]+$/, ''));
}

/**
 * Resolves a list of member names; an entry that does not resolve is joined with the next one
 * ("CÔTE." + "D'IVOIRE"). Returns the resolved members and the names that did not resolve.
 */
export function resolveMembers(names: readonly string[]): {
  members: { member: string; iso3: string }[];
  unknown: string[];
} {
  const members: { member: string; iso3: string }[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i].trim();
    if (name === '') continue;
    const iso3 = memberIso3(name);
    if (iso3) {
      members.push({ member: name, iso3 });
      continue;
    }
    if (i + 1 < names.length) {
      const joined = `${name.replace(/[.,;]+$/, '')} ${names[i + 1].trim()}`;
      const j = memberIso3(joined);
      if (j) {
        members.push({ member: joined, iso3: j });
        i++;
        continue;
      }
    }
    unknown.push(name);
  }
  return { members, unknown };
}

const situationWords =
  /^(?:the\s+)?(?:situation|question|conflict|crisis|dispute|letter|complaint|report|reports|relations?)\b.*?\b(?:in|of|concerning|on|between|regarding|along|from)\s+(?:the\s+)?/i;

/** ISO3 of the countries named by agenda items and subjects ("The situation in Libya", "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"), sorted. */
export function countriesNamed(phrases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    const base = phrase
      .replace(/\.$/, '')
      .replace(/\s+SITUATION$/i, '')
      .trim();
    const candidates = new Set<string>([base, base.replace(situationWords, '')]);
    for (const c of [...candidates])
      for (const part of c.split(/\s*(?:,|\/|;|\band\b|\s-\s|:)\s*/i))
        candidates.add(part.replace(/^the\s+/i, '').trim());
    for (const c of candidates) {
      if (c.length < 4) continue;
      const iso3 = memberIso3(c);
      if (iso3) out.add(iso3);
    }
  }
  return [...out].sort();
}

/** "17 March 2011", "on16 February 2011", "2021-07-09 00:00:00" -> YYYY-MM-DD; null when no date is found. */
export function proseDate(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const m = /(\d{1,2})\s*([A-Za-z]+)\s*,?\s*(\d{4})/.exec(raw);
  if (!m) return null;
  const month = monthNames.findIndex((mo) => mo.startsWith(m[2].toLowerCase().slice(0, 3)));
  const day = Number(m[1]);
  if (month < 0 || day < 1 || day > 31) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The agenda item's name among a document's agenda keywords: the one not in capitals, without its final full stop. */
export function agendaItemOf(agenda: readonly string[]): string | null {
  const named = agenda.filter((a) => a !== a.toUpperCase());
  const pick = named[named.length - 1] ?? agenda[agenda.length - 1];
  return pick ? pick.replace(/\.$/, '').trim() : null;
}
