// Source unxml-resolutions: Security Council resolutions 2000-2026 (S/RES/1285-2825) from the UN's
// Akoma Ntoso repository (SOURCES.md "unsc/unxml"): `Pre-2020/YYYY/*.xml` and
// `YYYY/English/*.xml` (2020 on). Each resolution's text joins CR-UNSC's 1946-1994 texts in the
// `resolutions` corpus (one corpus 1946-2026), with its paragraphs and cover data in
// council_documents / council_paragraphs. Reported in source_files: every file read; skipped
// non-XML files, duplicates (2193-2195 and 2464 come twice), the presidential statement among
// the resolutions (2020/English/S_PRST_2020_11.xml, read by unxml-statements from PRST/),
// files that are not well-formed; missing: numbers absent upstream (2510, 2589, 2762) and the
// 1995-1999 gap (resolutions 984-1284 exist in no source).
import { crUnscTextsAfterGap, resolutionTextGap } from '../../council/document.ts';
import type { Source } from '../source.ts';
import { type ListedFile, listXml, note, unxmlProvenance, unxmlRoot, yearFolders } from './common.ts';
import { readDocuments, writeDocument } from './documents.ts';

export const unxmlResolutionsSource: Source = {
  id: 'unxml-resolutions',
  title: 'Security Council resolutions 2000-2026, UN Akoma Ntoso XML',
  ...unxmlProvenance,
  files: [
    { path: `${unxmlRoot}/Pre-2020` },
    ...[2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) => ({ path: `${unxmlRoot}/${y}/English` })),
  ],
  tables: ['resolutions', 'council_documents', 'council_paragraphs', 'source_files'],
  version: 1,
  async load(dataDir, sink) {
    const source = this.id;
    const files: ListedFile[] = [];
    for (const y of yearFolders(dataDir, `${unxmlRoot}/Pre-2020`))
      files.push(...(await listXml(dataDir, `${unxmlRoot}/Pre-2020/${y}`, sink, source)));
    for (const y of yearFolders(dataDir, unxmlRoot))
      files.push(...(await listXml(dataDir, `${unxmlRoot}/${y}/English`, sink, source)));
    const docs = await readDocuments(
      files,
      {
        source,
        kind: 'resolution',
        otherKind: (s) =>
          s.startsWith('S/PRST/')
            ? `a presidential statement among the resolutions (${s}): unxml-statements reads statements from PRST/`
            : `not a resolution (${s})`,
      },
      sink,
    );
    docs.sort((a, b) => a.number! - b.number!);
    for (const d of docs) {
      if (crUnscTextsAfterGap.has(d.number!)) {
        await note(
          sink,
          source,
          d.file.path,
          'skipped',
          `resolution ${d.number}: the corpus keeps CR-UNSC's hand-corrected text (unsc-resolutions); the structured document is read`,
        );
      } else {
        await sink.insert('resolutions', { number: d.number, year: d.year, file: d.file.path, text: d.text, source });
      }
      await writeDocument(sink, source, d);
    }
    if (docs.length > 0) {
      const have = new Set(docs.map((d) => d.number!));
      const lo = docs[0].number!;
      const hi = docs[docs.length - 1].number!;
      for (let n = lo; n <= hi; n++)
        if (!have.has(n)) await note(sink, source, null, 'missing', `resolution ${n}: no text upstream`);
      if (lo > resolutionTextGap.from) {
        await note(
          sink,
          source,
          null,
          'missing',
          `resolutions ${resolutionTextGap.from}-${Math.min(resolutionTextGap.to, lo - 1)} (${resolutionTextGap.fromYear}-${resolutionTextGap.toYear}): no texts in any source (a gap, not zero)`,
        );
      }
    }
  },
};
