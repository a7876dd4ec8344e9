// Reading the XML documents of one kind from the UN's Akoma Ntoso repository into rows, shared
// by the resolutions, statements and drafts loaders: each file is parsed (formats/xml.ts, with
// its size limit), its symbol checked against the kind the loader reads, duplicates (a symbol
// already read from another file) and files that are not well-formed skipped and reported, and
// each kept document written as a `council_documents` row with its `council_paragraphs`.
import { IngestError } from '../errors.ts';
import { readFileSync, statSync } from 'node:fs';
import { formatBytes } from '../formats/limits.ts';
import { decodeUtf8Text } from '../formats/text.ts';
import { maxXmlBytes, parseXml, XmlError } from '../formats/xml.ts';
import type { Document } from '@xmldom/xmldom';
import type { Row, RowSink } from '../source.ts';
import { type AknDocument, composeText, readAkn } from './akn.ts';
import { agendaItemOf, countriesNamed, type ListedFile, note } from './common.ts';

export type DocumentKind = 'resolution' | 'statement' | 'draft';

export interface ReadDocument {
  file: ListedFile;
  akn: AknDocument;
  symbol: string;
  number: number | null;
  year: number;
  date: string;
  text: string;
}

/** The symbol patterns of each kind, with number and year. */
export function symbolParts(symbol: string): { kind: DocumentKind; number: number | null; year: number } | undefined {
  let m = /^S\/RES\/(\d+) \((\d{4})\)$/.exec(symbol);
  if (m) return { kind: 'resolution', number: Number(m[1]), year: Number(m[2]) };
  m = /^S\/PRST\/(\d{4})\/(\d+)$/.exec(symbol);
  if (m) return { kind: 'statement', number: Number(m[2]), year: Number(m[1]) };
  m = /^S\/(\d{4})\/(\d+)$/.exec(symbol);
  if (m) return { kind: 'draft', number: null, year: Number(m[1]) };
  return undefined;
}

/** A symbol the file name gives ("S_PRST_2007_22-0739405E.xml", "S_2025-353-2508520E.xml"), when the cover's is wrong. */
export function symbolFromFileName(name: string): string | undefined {
  let m = /^S_PRST_(\d{4})_(\d+)/.exec(name);
  if (m) return `S/PRST/${m[1]}/${Number(m[2])}`;
  m = /^(?:S_RES|SC)[_ -](\d{3,4})[_ (]+(\d{4})/.exec(name);
  if (m) return `S/RES/${Number(m[1])} (${m[2]})`;
  m = /^S_(\d{4})[_-](\d+)/.exec(name);
  if (m) return `S/${m[1]}/${Number(m[2])}`;
  return undefined;
}

/**
 * The upstream defect repaired (124 statements, e.g. PRST/2005/S_PRST_2005_1-0520703E.xml and
 * PRST/2001/S_PRST_2001_21-0152550E.xml): a `<paragraph>` of the main body closed by a stray
 * `</docTitle>` (and the `</p>` after it) or `</alinea>` instead of `</paragraph>`. When the
 * parser stops on that mismatch ("paragraph" != X) near `line`, the line holding only `</X>`
 * becomes `</paragraph>` (a `</p>` line right after a stray `</docTitle>` goes too); any other
 * defect is not repaired.
 */
export function repairStrayClose(text: string, line: number | undefined, found: string): string | undefined {
  if (line === undefined || !['docTitle', 'alinea'].includes(found)) return undefined;
  const lines = text.split('\n');
  for (const i of [line - 1, line, line - 2, line - 3]) {
    if (lines[i]?.trim() !== `</${found}>`) continue;
    const drop = found === 'docTitle' && lines[i + 1]?.trim() === '</p>' ? 2 : 1;
    lines.splice(i, drop, lines[i].replace(`</${found}>`, '</paragraph>'));
    return lines.join('\n');
  }
  return undefined;
}

/** Reads an XML file within the size limit, repairing the known defect; says whether it did. */
export function readUnxmlFile(abs: string, path: string): { doc: Document; repaired: boolean } {
  const size = statSync(abs).size;
  const max = maxXmlBytes();
  if (size > max)
    throw new XmlError(
      path,
      undefined,
      `is ${formatBytes(size)}, over the ${formatBytes(max)} limit for one XML file (CONCORD_MAX_XML_BYTES)`,
    );
  let text = decodeUtf8Text(readFileSync(abs), path);
  let repaired = false;
  for (let attempt = 0; ; attempt++) {
    try {
      return { doc: parseXml(text, path), repaired };
    } catch (e) {
      const found = e instanceof XmlError ? /"paragraph" != "(\w+)"/.exec(e.reason)?.[1] : undefined;
      if (!(e instanceof XmlError) || !found || attempt >= 5) throw e;
      const fixed = repairStrayClose(text, e.line, found);
      if (fixed === undefined) throw e;
      text = fixed;
      repaired = true;
    }
  }
}

export interface KindRules {
  source: string;
  kind: DocumentKind;
  /** Says why a document of another kind found among these files is skipped. */
  otherKind(symbol: string): string;
}

/**
 * Reads the files as documents of `rules.kind`: returns the kept documents (first file wins for a
 * symbol) and reports every file as read or skipped.
 */
export async function readDocuments(files: ListedFile[], rules: KindRules, sink: RowSink): Promise<ReadDocument[]> {
  const kept = new Map<string, ReadDocument>();
  let done = 0;
  for (const file of files) {
    sink.progress(++done, files.length);
    let akn: AknDocument;
    let repaired = false;
    try {
      const read = readUnxmlFile(file.abs, file.path);
      repaired = read.repaired;
      akn = readAkn(read.doc);
    } catch (e) {
      if (e instanceof XmlError) {
        await note(
          sink,
          rules.source,
          file.path,
          'skipped',
          `${e.line !== undefined ? `line ${e.line}: ` : ''}${e.reason}`,
        );
        continue;
      }
      throw e;
    }
    let symbol = akn.symbol;
    let parts = symbol ? symbolParts(symbol) : undefined;
    let readNote = repaired
      ? 'repaired a <paragraph> closed by a stray </docTitle> or </alinea> (upstream defect)'
      : 'read';
    if (!parts || parts.kind !== rules.kind) {
      const fromName = symbolFromFileName(file.name);
      const nameParts = fromName ? symbolParts(fromName) : undefined;
      const rootKind = { resolution: 'resolution', presidentialStatement: 'statement', draftResolution: 'draft' }[
        akn.docName ?? ''
      ];
      if (nameParts && nameParts.kind === rules.kind && rootKind === rules.kind) {
        readNote = `${repaired ? `${readNote}; ` : ''}the cover says ${symbol ?? 'no symbol'}; symbol ${fromName} taken from the file name`;
        symbol = fromName!;
        parts = nameParts;
      } else if (parts) {
        await note(sink, rules.source, file.path, 'skipped', rules.otherKind(symbol!));
        continue;
      } else {
        await note(sink, rules.source, file.path, 'skipped', 'no document symbol on its cover or in its name');
        continue;
      }
    }
    const earlier = kept.get(symbol!);
    if (earlier) {
      await note(
        sink,
        rules.source,
        file.path,
        'skipped',
        `duplicate: ${symbol} already read from ${earlier.file.path}`,
      );
      continue;
    }
    const date = akn.date ?? akn.issued;
    if (!date) throw new IngestError(file.path, undefined, `${symbol}: no date (FRBRWork FRBRdate or docDate)`);
    if (akn.paragraphs.length === 0) {
      await note(sink, rules.source, file.path, 'skipped', `${symbol}: no paragraphs in its preamble or main body`);
      continue;
    }
    await note(sink, rules.source, file.path, 'read', readNote === 'read' ? symbol! : `${symbol}: ${readNote}`);
    kept.set(symbol!, {
      file,
      akn,
      symbol: symbol!,
      number: parts.number,
      year: parts.year,
      date,
      text: composeText(akn.paragraphs),
    });
  }
  return [...kept.values()];
}

const joinLines = (xs: readonly string[]): string | null => (xs.length ? xs.join('\n') : null);

/** The `council_documents` row of a document and its `council_paragraphs` rows. */
export async function writeDocument(sink: RowSink, source: string, d: ReadDocument, extra: Row = {}): Promise<void> {
  const meeting = d.akn.workflow.find((s) => s.as?.startsWith('S/PV.'))?.as ?? null;
  const agendaItem = agendaItemOf(d.akn.agenda);
  await sink.insert('council_documents', {
    symbol: d.symbol,
    kind: d.akn.docName === 'draftResolution' ? 'draft' : symbolParts(d.symbol)!.kind,
    number: d.number,
    year: d.year,
    date: d.date,
    meeting,
    agenda_item: agendaItem,
    sponsors: null,
    subjects: joinLines(d.akn.subjects),
    countries: joinLines(countriesNamed([...(agendaItem ? [agendaItem] : []), ...d.akn.agenda, ...d.akn.subjects])),
    vetoed_by: null,
    outcome:
      d.akn.workflow.find((s) => s.outcome === 'adopted' || s.outcome === 'veto' || s.outcome === 'notAdopted')?.by ??
      null,
    file: d.file.path,
    source,
    ...extra,
  });
  for (const p of d.akn.paragraphs) {
    await sink.insert('council_paragraphs', {
      symbol: d.symbol,
      idx: p.index,
      part: p.part,
      number: p.number,
      text: p.text,
      source,
    });
  }
}
