// The draw of the optics sample's third extension (issue 17; docs/norms.md, "The third
// extension"), reproducible from a store with the General Debate, the CR-UNSC resolutions and the
// UN XML resolutions and presidential statements imported:
//   CONCORD_HOME=... node --import tsx scripts/draw-optics-extension3.mts > draw.csv
// Design (NONE_OVERSAMPLED_DESIGN in src/norms/optics-sample.ts), fixed and committed before any
// drawn paragraph was read: speeches stratified by decade and the speaker's UN regional group, 3 per
// stratum; resolutions (S/RES/1285 on) and presidential statements of 2000-2026, 5 per decade each;
// documents in none of the three earlier draws (optics-sample.csv, -extension.csv, -council.csv);
// one paragraph of at least 40 words per document, drawn with probability 2/3 among the paragraphs
// the lexicon (version 2, never tuned on these) reads as none, else among all; mulberry32 seed
// 1648. Prints the drawn ids in the sample file format, labels empty.
import { readFileSync } from 'node:fs';
import { opticsCouncilExtensionPath, opticsExtensionPath, opticsSamplePath } from '../src/app/norms.ts';
import { regionOf } from '../src/norms/series.ts';
import { classifyOptics, paragraphWordRanges } from '../src/norms/optics.ts';
import {
  drawSample,
  formatSample,
  NONE_OVERSAMPLED_DESIGN,
  parseSample,
  type SampleCandidate,
} from '../src/norms/optics-sample.ts';
import { paragraphs } from '../src/norms/paragraphs.ts';
import { tokenize } from '../src/norms/tokens.ts';
import { openStore } from '../src/store/open.ts';
import type { Corpus } from '../src/store/store.ts';

/** As src/app/norms.ts reads a resolution's number from its document id. */
const resolutionNumberOf = (docId: string) => docId.replace(/^\D*/, '').replace(/\D.*$/, '');

const taken = new Set(
  [opticsSamplePath, opticsExtensionPath, opticsCouncilExtensionPath]
    .flatMap((p) => parseSample(readFileSync(p, 'utf8')))
    .map((i) => `${i.corpus}/${i.document}`),
);
const store = await openStore();
try {
  const candidates: SampleCandidate[] = [];
  for (const corpus of ['ungdc', 'resolutions', 'statements'] as Corpus[]) {
    for await (const d of store.norms.corpusTexts(corpus)) {
      if (corpus !== 'ungdc' && d.year < 2000) continue;
      const region = corpus === 'ungdc' ? regionOf(d.country) : corpus;
      if (corpus === 'ungdc' && region === 'No regional group') continue;
      const document = corpus === 'resolutions' ? String(Number(resolutionNumberOf(d.docId))) : d.docId;
      if (taken.has(`${corpus}/${document}`)) continue;
      const tokens = tokenize(d.text);
      const readings = classifyOptics(d.text);
      candidates.push({
        corpus,
        document,
        stratum: `${Math.floor(d.year / 10) * 10}s ${region}`,
        paragraphWords: paragraphWordRanges(tokens, paragraphs(d.text)).map(([a, b]) => b - a),
        paragraphLexiconNone: readings.map((r) => r.optic === 'none'),
      });
    }
  }
  process.stdout.write(formatSample(drawSample(candidates, NONE_OVERSAMPLED_DESIGN)));
} finally {
  await store.close();
}
