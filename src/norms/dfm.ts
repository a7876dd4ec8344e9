// The document-feature matrix (quanteda's dfm; scikit-learn's CountVectorizer output): for each
// document, how often each word of the vocabulary occurs in it, by the token rule (tokens.ts),
// in compressed sparse row form. Vocabulary ids follow first occurrence.
import { IntList } from './int-list.ts';
import { readText } from './reading.ts';
import { forEachWordSpan } from './tokens.ts';
import { WordTable } from './word-table.ts';

export interface DocumentFeatureMatrix {
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Row k's entries are columns[rowStarts[k] .. rowStarts[k+1]) with counts in `counts`. */
  readonly rowStarts: Int32Array;
  readonly columns: Int32Array;
  readonly counts: Int32Array;
}

export function documentFeatureMatrix(texts: Iterable<string>): DocumentFeatureMatrix {
  const table = new WordTable();
  const rowStarts: number[] = [0];
  const columns = new IntList(1 << 16);
  const counts = new IntList(1 << 16);
  let seen = new Int32Array(1 << 12); // per column: 1 + its index in this row's entries, 0 if absent
  for (const text of texts) {
    const rowStart = columns.length;
    const folded = readText(text).text;
    forEachWordSpan(folded, (start, end) => {
      const id = table.idOf(folded, start, end);
      if (id >= seen.length) {
        const next = new Int32Array(seen.length * 2);
        next.set(seen);
        seen = next;
      }
      const at = seen[id];
      if (at === 0) {
        columns.push(id);
        counts.push(1);
        seen[id] = columns.length - rowStart;
      } else {
        counts.data[rowStart + at - 1]++;
      }
    });
    for (let k = rowStart; k < columns.length; k++) seen[columns.data[k]] = 0;
    rowStarts.push(columns.length);
  }
  return {
    vocabulary: new Map(table.words.map((w, id) => [w, id])),
    rowStarts: Int32Array.from(rowStarts),
    columns: columns.toArray(),
    counts: counts.toArray(),
  };
}
