// Source unxml-statements: presidential statements 2000-2026 from the UN's Akoma Ntoso repository
// (`PRST/YYYY/S_PRST_YYYY_N-JOBE.xml`), into the statements corpus (`statements`) and
// council_documents / council_paragraphs. Reported in source_files: every file read; skipped
// non-XML files (`test.txt`), duplicates (an `_0` variant or a second job number), files that
// are not well-formed (the corrigendum S_PRST_2000_27_Corr.1); a cover that prints another
// symbol (S_PRST_2007_22 says S/RES/1626 (2005)) is read under the file name's symbol, and said so.
import type { Source } from '../source.ts';
import { type ListedFile, listXml, unxmlProvenance, unxmlRoot, yearFolders } from './common.ts';
import { readDocuments, writeDocument } from './documents.ts';

export const unxmlStatementsSource: Source = {
  id: 'unxml-statements',
  title: 'Security Council presidential statements 2000-2026, UN Akoma Ntoso XML',
  ...unxmlProvenance,
  files: [{ path: `${unxmlRoot}/PRST` }],
  tables: ['statements', 'council_documents', 'council_paragraphs', 'source_files'],
  version: 1,
  async load(dataDir, sink) {
    const source = this.id;
    const files: ListedFile[] = [];
    for (const y of yearFolders(dataDir, `${unxmlRoot}/PRST`))
      files.push(...(await listXml(dataDir, `${unxmlRoot}/PRST/${y}`, sink, source)));
    const docs = await readDocuments(
      files,
      { source, kind: 'statement', otherKind: (s) => `not a presidential statement (${s})` },
      sink,
    );
    docs.sort((a, b) => a.year - b.year || a.number! - b.number!);
    for (const d of docs) {
      await sink.insert('statements', {
        symbol: d.symbol,
        number: d.number,
        year: d.year,
        file: d.file.path,
        text: d.text,
      });
      await writeDocument(sink, source, d);
    }
  },
};
