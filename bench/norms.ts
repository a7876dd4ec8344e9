// `npm run bench:norms`: over the full corpus, in one run,
//  1. tokenizing and counting every General Debate speech (the document-feature matrix), against
//     scikit-learn's CountVectorizer with the same token rule over the same texts (the peer,
//     bench/norms-peer.py under Debian's /usr/bin/python3), with the ratio and a check that both
//     found the same vocabulary and the same number of words;
//  2. `norms series` for the 20 phrases of bench/phrases.ts: warm latency (p50, p95) in one
//     process, and the first query of each phrase in a fresh process state;
//  3. classifying every paragraph of every speech and resolution by optic (paragraphs/second),
//     with the lexicon and with the model.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildIndex, IndexedCorpus, seriesOf, trainModel } from '../src/app/norms.ts';
import { defaultDataDir, repoRoot } from '../src/config.ts';
import { importSources } from '../src/ingest/run.ts';
import { ungdcSource } from '../src/ingest/ungdc/index.ts';
import { resolutionsSource } from '../src/ingest/unsc/resolutions.ts';
import { unxmlResolutionsSource } from '../src/ingest/unxml/resolutions.ts';
import { unxmlStatementsSource } from '../src/ingest/unxml/statements.ts';
import { documentFeatureMatrix } from '../src/norms/dfm.ts';
import { classifyParagraph, paragraphContexts } from '../src/norms/optics-classifier.ts';
import { readParagraphs } from '../src/norms/optics.ts';
import { parsePhrase } from '../src/norms/phrase.ts';
import { tokenize } from '../src/norms/tokens.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { benchPhrases } from './phrases.ts';

const dataDir = resolve(process.argv[2] ?? defaultDataDir() ?? '');
const home = mkdtempSync(join(tmpdir(), 'concord-bench-norms-'));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

console.log(`Data directory: ${dataDir}`);
console.log(
  `Machine: ${process.platform}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (other work on the machine slows both sides)`,
);
const store = new SqliteStore(join(home, 'concord.db'));
await store.migrate();
for (const o of await importSources(
  store,
  [ungdcSource, resolutionsSource, unxmlResolutionsSource, unxmlStatementsSource],
  dataDir,
)) {
  if (o.status !== 'imported')
    throw new Error(`import of ${o.source.id}: ${o.status}${o.status === 'failed' ? `: ${o.error.message}` : ''}`);
}
for (const corpus of ['ungdc', 'resolutions'] as const) {
  const t = performance.now();
  const c0 = process.cpuUsage();
  const state = await buildIndex(store, corpus);
  console.log(
    `norms index of ${corpus}: ${state.documents} documents, ${state.paragraphs} paragraphs, ${((performance.now() - t) / 1000).toFixed(1)} s wall, ${cpuSeconds(c0).toFixed(1)} s CPU`,
  );
}

// 1. Tokenize and count every speech
const texts: string[] = [];
for await (const d of store.norms.corpusTexts('ungdc')) texts.push(d.text);
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const ours: number[] = [];
let dfm = documentFeatureMatrix(texts.slice(0, 200)); // warm the JIT on a few speeches
for (let rep = 0; rep < 3; rep++) {
  const t = performance.now();
  dfm = documentFeatureMatrix(texts);
  ours.push((performance.now() - t) / 1000);
}
const ourSeconds = Math.min(...ours);
const ourTokens = dfm.counts.reduce((a, b) => a + b, 0);
console.log(
  `tokenize and count ${texts.length} speeches (${megabytes.toFixed(0)} MB): concord ${ourSeconds.toFixed(2)} s (best of 3: ${ours.map((s) => s.toFixed(2)).join(', ')}); ` +
    `${dfm.vocabulary.size} distinct words, ${ourTokens} words, ${dfm.columns.length} non-zero cells`,
);
if (spawnSync('/usr/bin/python3', ['-c', 'import sklearn']).status !== 0) {
  console.log('scikit-learn not installed for /usr/bin/python3: peer skipped (bench/norms.sh installs it)');
} else {
  const input = join(home, 'speeches.json');
  writeFileSync(input, JSON.stringify(texts));
  const version = execFileSync('/usr/bin/python3', ['-c', 'import sklearn; print(sklearn.__version__)'], {
    encoding: 'utf8',
  }).trim();
  const runs: { seconds: number; vocabulary: number; tokens: number; entries: number }[] = [];
  for (let rep = 0; rep < 2; rep++) {
    const out = execFileSync('/usr/bin/python3', [join(repoRoot, 'bench', 'norms-peer.py'), input], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    runs.push(JSON.parse(out));
  }
  const peer = runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  console.log(
    `scikit-learn ${version} CountVectorizer.fit_transform, same token rule: ${peer.seconds.toFixed(2)} s (best of 2: ${runs.map((r) => r.seconds.toFixed(2)).join(', ')}); ` +
      `${peer.vocabulary} distinct words, ${peer.tokens} words, ${peer.entries} non-zero cells`,
  );
  const same =
    peer.vocabulary === dfm.vocabulary.size && peer.tokens === ourTokens && peer.entries === dfm.columns.length;
  console.log(`same counts on both sides: ${same ? 'yes' : 'NO - the token rules differ'}`);
  console.log(`ratio scikit-learn / concord: ${(peer.seconds / ourSeconds).toFixed(1)}x (goal >= 2x)`);
}

// 2. norms series, 20 phrases
const phrases = benchPhrases.map((p) => parsePhrase(p));
const cold: number[] = [];
for (const p of phrases) {
  const fresh = await IndexedCorpus.open(store, 'ungdc'); // nothing decoded yet: reads and decodes the postings
  const t = performance.now();
  await seriesOf(fresh, [p], { by: 'year' });
  cold.push(performance.now() - t);
}
const indexed = await IndexedCorpus.open(store, 'ungdc');
for (const p of phrases) await seriesOf(indexed, [p], { by: 'year' });
const warm: number[] = [];
for (let rep = 0; rep < 5; rep++) {
  for (const p of phrases) {
    const t = performance.now();
    await seriesOf(indexed, [p], { by: 'year' });
    warm.push(performance.now() - t);
  }
}
const all20 = performance.now();
await seriesOf(indexed, phrases, { by: 'year' });
console.log(
  `norms series, 20 phrases, warm: p50 ${pct(warm, 50).toFixed(2)} ms, p95 ${pct(warm, 95).toFixed(2)} ms, max ${Math.max(...warm).toFixed(2)} ms (goal p95 <= 50 ms); ` +
    `all 20 in one call ${(performance.now() - all20).toFixed(0)} ms`,
);
console.log(
  `norms series, first query of each phrase (postings read from the store and decoded): p50 ${pct(cold, 50).toFixed(2)} ms, p95 ${pct(cold, 95).toFixed(2)} ms`,
);
const cliRun = performance.now();
const cli = spawnSync(join(repoRoot, 'bin', 'concord'), ['norms', 'series', benchPhrases[0], '--format', 'csv'], {
  env: { ...process.env, CONCORD_HOME: home },
  encoding: 'utf8',
});
if (cli.status !== 0) throw new Error(cli.stderr);
console.log(
  `concord norms series "${benchPhrases[0]}" as a command (process start included): ${(performance.now() - cliRun).toFixed(0)} ms`,
);

// 3. Classify every paragraph by optic
const { model } = await trainModel(store);
let paragraphs = 0;
let modelSeconds = 0;
const c0 = process.cpuUsage();
const t0 = performance.now();
for (const corpus of ['ungdc', 'resolutions', 'statements'] as const) {
  const docs: { text: string; year: number }[] = [];
  for await (const d of store.norms.corpusTexts(corpus)) docs.push({ text: d.text, year: d.year });
  for (const { text, year } of docs) {
    const tokens = tokenize(text);
    const read = readParagraphs(text, tokens);
    paragraphs += read.length;
    if (model) {
      const tm = performance.now();
      const contexts = paragraphContexts(
        read,
        corpus,
        year,
        model.options.neighbourCues ? (k) => tokens.words.slice(read[k].firstWord, read[k].endWord) : undefined,
      );
      read.forEach((p, k) =>
        classifyParagraph(model, {
          words: tokens.words.slice(p.firstWord, p.endWord),
          reading: p,
          context: contexts[k],
        }),
      );
      modelSeconds += (performance.now() - tm) / 1000;
    }
  }
}
const seconds = (performance.now() - t0) / 1000 - modelSeconds;
console.log(
  `classify by optic, lexicon (tokenize, paragraphs, lexicon, rules): ${paragraphs} paragraphs of every speech and resolution in ${seconds.toFixed(1)} s, ` +
    `${Math.round(paragraphs / seconds).toLocaleString('en-US')} paragraphs/second`,
);
if (model) {
  console.log(
    `classify by optic, classifier step alone (logistic regression on the words and the lexicon's reading): ${Math.round(paragraphs / modelSeconds).toLocaleString('en-US')} paragraphs/second`,
  );
  console.log(
    `classify by optic, lexicon and classifier together (tokenize, paragraphs, lexicon, classifier; what the index build does): ${Math.round(paragraphs / (seconds + modelSeconds)).toLocaleString('en-US')} paragraphs/second (goal >= 20,000)`,
  );
}
console.log(`(CPU for the classification pass: ${cpuSeconds(c0).toFixed(1)} s)`);
await store.close();
rmSync(home, { recursive: true, force: true });
