// Source unsc-members: the members of the Security Council in each year 1946-2027 (DPPA, UN Peace
// and Security Data Hub, "Security Council membership": unsc/DPPA-SCMembership.csv, columns
// id,year,security_council_member,last_update) into `council_members`, joined to Concord's
// country ids, with the seat (permanent: China, France, the USSR/Russian Federation, the United
// Kingdom, the United States; elected otherwise). Quirks (SOURCES.md): Côte d'Ivoire's name is
// empty in every year it sat (1964-65, 1990-91, 2018-19, 2026-27); the file writes present names
// for former ones, so the member is named as it was that year - Byelorussian SSR for "Belarus"
// until 1991, Zaire for "Democratic Republic of the Congo" 1971-1997, Ceylon for "Sri Lanka"
// until 1972 - under the id Concord gives the continuing state (BLR, COD, LKA); 2026-2027 are
// elected seats announced ahead. A name that does not resolve, or a member listed twice in one
// year, is an IngestError naming the line.
import { join } from 'node:path';
import { readCsv } from '../formats/csv.ts';
import type { Source } from '../source.ts';
import { memberIso3, note } from '../unxml/common.ts';

const file = 'unsc/DPPA-SCMembership.csv';

export const permanentIso3 = new Set(['CHN', 'FRA', 'GBR', 'USA', 'SUN', 'RUS']);

/** The member's name in `year` for the names the file writes in their present form. */
export function historicalName(iso3: string, name: string, year: number): string {
  if (iso3 === 'BLR' && year <= 1991) return 'Byelorussian SSR';
  if (iso3 === 'COD' && year >= 1971 && year <= 1997) return 'Zaire';
  if (iso3 === 'LKA' && year <= 1972) return 'Ceylon';
  return name;
}

export const membershipSource: Source = {
  id: 'unsc-members',
  title: 'Security Council members by year (DPPA)',
  licence: 'UN terms',
  attribution:
    'UN Department of Political and Peacebuilding Affairs, UN Peace and Security Data Hub: Security Council membership',
  upstream: 'UN Peace and Security Data Hub (DPPA), dataset "Security Council membership"',
  files: [{ path: file }],
  tables: ['council_members', 'source_files'],
  version: 1,
  async load(dataDir, sink) {
    const { rows } = readCsv(join(dataDir, file), file, ['year', 'security_council_member']);
    const seen = new Set<string>();
    let empty = 0;
    let renamed = 0;
    let done = 0;
    for (const row of rows) {
      const year = row.requiredInt('year');
      if (year < 1946 || year > 2100) row.fail('year', `not a Council year: ${year}`);
      const raw = row.str('security_council_member').trim();
      let iso3: string;
      let name: string;
      if (raw === '') {
        iso3 = 'CIV';
        name = "Côte d'Ivoire";
        empty++;
      } else {
        iso3 = memberIso3(raw) ?? row.fail('security_council_member', `"${raw}" is not a known country`);
        name = raw;
      }
      const shown = historicalName(iso3, name, year);
      if (shown !== name) renamed++;
      if (seen.has(`${year}:${iso3}`)) row.fail('security_council_member', `${name} is listed twice in ${year}`);
      seen.add(`${year}:${iso3}`);
      await sink.insert('council_members', {
        year,
        iso3,
        name: shown,
        source_name: raw,
        seat: permanentIso3.has(iso3) ? 'permanent' : 'elected',
        source_line: row.line,
      });
      sink.progress(++done, rows.length);
    }
    await note(
      sink,
      this.id,
      file,
      'read',
      `${rows.length} member-years; ${empty} with an empty name read as Côte d'Ivoire; ${renamed} named as the former state of that year`,
    );
  },
};
