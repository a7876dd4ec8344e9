// Source unxml-metadata: the Dag Hammarskjöld Library's metadata per resolution 2000-2026 in the
// UN's Akoma Ntoso repository (`data_extract/YYYY.json`, JSON lines): meeting, agenda item, draft
// symbol, the `chapter_VII` flag ("Chapter VII" -> 1, "" -> 0, "N.A." -> NULL), sponsors, UNBIS
// subjects, and each member's vote (into council_votes). Quirks handled: dates in prose with typos
// ("on16 February 2011") or as timestamps; member names upper case, mistyped ("CHILEs") or split
// over two entries ("CÔTE." + "D'IVOIRE"); a symbol given twice (the second line is skipped and
// reported). A line that is not JSON, a symbol that is not a resolution's, or a member name that
// does not resolve is an IngestError naming file and line.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../errors.ts';
import { readTextFile } from '../formats/text.ts';
import type { Source } from '../source.ts';
import { normaliseSymbol } from './akn.ts';
import { countriesNamed, note, proseDate, resolveMembers, unxmlProvenance, unxmlRoot } from './common.ts';
import { symbolParts } from './documents.ts';

const folder = `${unxmlRoot}/data_extract`;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): string[] =>
  Array.isArray(v)
    ? v
        .filter((x): x is string => typeof x === 'string')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

/** The Library's flag: true, false, or null when it says "N.A." or anything else. */
export function chapterViiFlag(raw: unknown): boolean | null {
  const s = str(raw);
  if (/^chapter vii$/i.test(s)) return true;
  if (s === '') return false;
  return null;
}

export const unxmlMetadataSource: Source = {
  id: 'unxml-metadata',
  title: 'Security Council resolutions 2000-2026: Library metadata and votes (UN data_extract)',
  ...unxmlProvenance,
  files: [{ path: folder }],
  tables: ['council_document_meta', 'council_votes', 'source_files'],
  version: 1,
  async load(dataDir, sink) {
    const source = this.id;
    const names = readdirSync(join(dataDir, folder)).sort();
    const seen = new Map<string, string>();
    let done = 0;
    for (const name of names) {
      sink.progress(++done, names.length);
      const path = `${folder}/${name}`;
      if (!/^\d{4}\.json$/.test(name)) {
        await note(sink, source, path, 'skipped', 'not a YYYY.json file');
        continue;
      }
      const lines = readTextFile(join(dataDir, path), path).split('\n');
      let rows = 0;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '') continue;
        let r: Record<string, unknown>;
        try {
          r = JSON.parse(line) as Record<string, unknown>;
        } catch (e) {
          throw new IngestError(path, i + 1, `not a JSON object: ${(e as Error).message}`);
        }
        if (typeof r !== 'object' || r === null || Array.isArray(r))
          throw new IngestError(path, i + 1, 'not a JSON object');
        const symbol = normaliseSymbol(str(r.symbol));
        const parts = symbolParts(symbol);
        if (parts?.kind !== 'resolution')
          throw new IngestError(path, i + 1, `symbol: "${str(r.symbol)}" is not a resolution's (S/RES/N (YYYY))`);
        const earlier = seen.get(symbol);
        if (earlier) {
          await note(sink, source, `${path}:${i + 1}`, 'skipped', `duplicate: ${symbol} already read from ${earlier}`);
          continue;
        }
        seen.set(symbol, `${path}:${i + 1}`);
        const subjects = Array.isArray(r.subjects)
          ? (r.subjects as unknown[])
              .filter(
                (s): s is [string, string] =>
                  Array.isArray(s) && s[1] === 'UNBIS Thesaurus' && typeof s[0] === 'string',
              )
              .map((s) => s[0].trim())
          : [];
        const agendaTerms = Array.isArray(r.subjects)
          ? (r.subjects as unknown[])
              .filter(
                (s): s is [string, string] =>
                  Array.isArray(s) && typeof s[1] === 'string' && s[1].startsWith('S/') && typeof s[0] === 'string',
              )
              .map((s) => s[0])
          : [];
        const agendaItem = str(r.agenda_item_name) || null;
        const meetingNo = /(\d+)(?:st|nd|rd|th)?\s+meeting/i.exec(str(r.adoption_meeting))?.[1];
        const meeting = str(r.outcome_letter).startsWith('S/PV.')
          ? str(r.outcome_letter)
          : meetingNo
            ? `S/PV.${meetingNo}`
            : null;
        await sink.insert('council_document_meta', {
          symbol,
          number: parts.number,
          year: parts.year,
          date: proseDate(str(r.adoption_date)) ?? proseDate(str(r.document_title)),
          meeting,
          agenda_item: agendaItem,
          draft_symbol: str(r.draft_resolution) || null,
          chapter_vii: ((f) => (f === null ? null : f ? 1 : 0))(chapterViiFlag(r.chapter_VII)),
          adoption: str(r.adoption_type) || null,
          title: str(r.resolution_title) || null,
          sponsors: [...list(r.sponsors), ...list(r.additional_sponsors)].join('\n') || null,
          subjects: subjects.join('\n') || null,
          countries: countriesNamed([...(agendaItem ? [agendaItem] : []), ...agendaTerms]).join('\n') || null,
          source_file: path,
          source_line: i + 1,
        });
        const voted = new Set<string>();
        for (const [field, vote] of [
          ['MS_in_favour', 'yes'],
          ['MS_against', 'no'],
          ['MS_abstaining', 'abstain'],
        ] as const) {
          const { members, unknown } = resolveMembers(list(r[field]));
          if (unknown.length) throw new IngestError(path, i + 1, `${field}: "${unknown[0]}" is not a known country`);
          for (const m of members) {
            if (voted.has(m.iso3))
              throw new IngestError(path, i + 1, `${field}: ${m.member} is listed in two votes of ${symbol}`);
            voted.add(m.iso3);
            await sink.insert('council_votes', {
              symbol,
              year: parts.year,
              member: m.member,
              iso3: m.iso3,
              vote,
              source,
            });
          }
        }
        rows++;
      }
      await note(sink, source, path, 'read', `${rows} resolutions`);
    }
  },
};
