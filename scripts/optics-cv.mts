// Cross-validation of the optics classifier's options on the DEVELOPMENT paragraphs only
// (docs/norms.md, "Choosing the options"): loads the labelled sample, keeps the `dev` set (the
// held-out test paragraphs are filtered out before anything is read from the store), and prints
// (the default three files and the third extension) 5-fold cross-validated accuracy, kappa and per-class recall for each configuration, over three
// fold assignments (by position, and two mulberry32 shuffles, seeds 1 and 2). Configurations:
// versions 3, 4 and 5, or OPTICS_CV_CONFIGS='[["name", {options over version 3's}], ...]'. With
// --errors it prints the positional run's confusion and errors of the first configuration; with
// --curve the learning curve of the first configuration (docs/norms.md, "Learning curve"): each
// training fold cut to 25/50/75% of its paragraphs (three mulberry32 draws, seeds 11-13) and the
// held-in fold scored as usual.
// With --vectors, domain word vectors (src/norms/word-vectors.ts) are learnt from the corpora in the
// store (every document's words; WORD_VECTOR_OPTIONS) and the configurations in OPTICS_CV_VECTORS
// ('[["name", {options}, "mean" | "mean+max"], ...]') get each paragraph's vector as dense features;
// with --self-train, the configurations in OPTICS_CV_SELF ('[["name", {options}, {threshold, weight}],
// ...]') are self-trained in each fold (src/norms/self-training.ts) on a pool of unlabelled
// paragraphs from documents holding no labelled paragraph of any set: the ids (never the labels)
// of the fresh test set are read only to keep its documents out of the pool.
// Each prints accuracy (mean and range over the three assignments), kappa and stability recall (mean
// and range).
//   CONCORD_HOME=... node --import tsx scripts/optics-cv.mts [--errors] [--curve] [--vectors] [--self-train]
import { loadSample, sampleParagraphs } from '../src/app/norms.ts';
import { agreement } from '../src/norms/agreement.ts';
import {
  CLASSIFIER_OPTIONS,
  CLASSIFIER_V4_OPTIONS,
  CLASSIFIER_V5_OPTIONS,
  type ClassifierOptions,
  classifyParagraph,
  crossValidatedLabels,
  type TrainingItem,
  trainOpticsClassifier,
} from '../src/norms/optics-classifier.ts';
import { mulberry32 } from '../src/norms/optics-sample.ts';
import { opticLabels } from '../src/norms/optics.ts';
import { openStore } from '../src/store/open.ts';
import { readFileSync } from 'node:fs';
import { stopWords } from '../src/norms/optics-model.ts';
import { drawParagraphs, drawPoolDocuments, selfTrain, type SelfTrainingOptions } from '../src/norms/self-training.ts';
import { classifyOptics } from '../src/norms/optics.ts';
import { paragraphContexts } from '../src/norms/optics-classifier.ts';
import { tokenize } from '../src/norms/tokens.ts';
import { learnWordVectors, paragraphVector, WORD_VECTOR_OPTIONS, type WordVectors } from '../src/norms/word-vectors.ts';
import type { Corpus } from '../src/norms/documents.ts';
import { parseSample } from '../src/norms/optics-sample.ts';

const content = (w: string) => !stopWords.has(w) && !/^[0-9]+$/.test(w);
const store = await openStore();
const { items } = loadSample(true);
const dev = items.filter((i) => i.set === 'dev');
const found = await sampleParagraphs(store, dev);
const corpora: Corpus[] = ['ungdc', 'resolutions', 'statements'];
let vectors: WordVectors | null = null;
if (process.argv.includes('--vectors')) {
  const t0 = process.cpuUsage();
  const docs: string[][] = [];
  for (const c of corpora) for await (const d of store.norms.corpusTexts(c)) docs.push(tokenize(d.text).words);
  const t1 = process.cpuUsage(t0);
  const words = docs.reduce((n, d) => n + d.length, 0);
  vectors = learnWordVectors(docs, content, { ...WORD_VECTOR_OPTIONS, ...JSON.parse(process.env.OPTICS_CV_WV ?? '{}') });
  const t2 = process.cpuUsage(t0);
  console.log(
    `word vectors: ${docs.length} documents, ${words} words; tokenising ${((t1.user + t1.system) / 1e6).toFixed(1)} CPU s, vectors ${((t2.user + t2.system - t1.user - t1.system) / 1e6).toFixed(1)} CPU s; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
  );
}
type PoolItem = Omit<TrainingItem, 'label'>;
let pool: PoolItem[] = [];
if (process.argv.includes('--self-train')) {
  // documents holding any labelled paragraph (every set, the fresh test set's ids included) give none
  const excluded = new Set(items.map((i) => `${i.corpus}/${i.document}`));
  for (const i of parseSample(readFileSync(new URL('../src/norms/optics-sample-heldout2.csv', import.meta.url), 'utf8')))
    excluded.add(`${i.corpus}/${i.document}`);
  const candidates: string[] = [];
  for (const c of corpora) for (const d of await store.norms.indexedDocuments(c)) candidates.push(`${c}/${d.docId}`);
  const drawn = drawPoolDocuments(candidates, excluded, Number(process.env.OPTICS_CV_POOL_DOCS ?? 1500), 21);
  const random = mulberry32(22);
  for (const key of drawn) {
    if (excluded.has(key)) throw new Error(`${key} holds a labelled paragraph`);
    const slash = key.indexOf('/');
    const corpus = key.slice(0, slash) as Corpus;
    const doc = await store.norms.documentById(corpus, key.slice(slash + 1));
    if (!doc) continue;
    const tokens = tokenize(doc.text);
    const paras = classifyOptics(doc.text);
    const ctx = paragraphContexts(paras, corpus, doc.year, (k) => tokens.words.slice(paras[k].firstWord, paras[k].endWord));
    for (const p of drawParagraphs(paras.length, 2, random))
      pool.push({ words: tokens.words.slice(paras[p].firstWord, paras[p].endWord), reading: paras[p], context: ctx[p] });
  }
  pool = pool.filter((p) => p.words.length >= 5);
  console.log(`self-training pool: ${pool.length} paragraphs from ${drawn.length} unlabelled documents`);
}
await store.close();
const all: (TrainingItem & { id: string; lexicon: string })[] = found.map((f) => ({
  words: f.words,
  reading: f.reading,
  context: f.context,
  label: f.item.label,
  id: `${f.item.document}[${f.item.paragraph}]`,
  lexicon: f.lexicon,
}));
console.log(`${all.length} development paragraphs`);

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = mulberry32(seed);
  const out = [...xs];
  for (let k = out.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [out[k], out[j]] = [out[j], out[k]];
  }
  return out;
}

const orders = [all, shuffled(all, 1), shuffled(all, 2)];

function run(
  name: string,
  options: ClassifierOptions,
  cvOf: (order: typeof all) => string[] = (order) => crossValidatedLabels(order, options, 5),
) {
  const accs: number[] = [];
  const kappas: number[] = [];
  const stab: number[] = [];
  let first: ReturnType<typeof agreement> | null = null;
  const t0 = process.cpuUsage();
  for (const order of orders) {
    const cv = cvOf(order);
    const a = agreement(
      opticLabels,
      order.map((i, k) => ({ truth: i.label, predicted: cv[k] as (typeof opticLabels)[number] })),
    );
    accs.push(a.agreement);
    kappas.push(a.kappa ?? 0);
    stab.push(a.perLabel.stability.recall ?? 0);
    first ??= a;
  }
  const t = process.cpuUsage(t0);
  const m = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  const range = (x: number[], f: (v: number) => string) => `${f(Math.min(...x))}-${f(Math.max(...x))}`;
  const mean = m(accs);
  const recall = opticLabels.map((l) => first!.perLabel[l].recall?.toFixed(2)).join(' / ');
  console.log(
    `${name.padEnd(48)} acc ${(mean * 100).toFixed(1)}% (${accs.map((x) => (x * 100).toFixed(1)).join(' ')}) kappa ${m(kappas).toFixed(3)} (${range(kappas, (v) => v.toFixed(3))}) stability recall ${m(stab).toFixed(2)} (${range(stab, (v) => v.toFixed(2))}) recall (positional) ${recall} [${((t.user + t.system) / 1e6).toFixed(0)} CPU s]`,
  );
  return mean;
}

const configs: [string, ClassifierOptions][] = JSON.parse(process.env.OPTICS_CV_CONFIGS ?? 'null') ?? [
  ['version 3', CLASSIFIER_OPTIONS],
  ['version 4', CLASSIFIER_V4_OPTIONS],
  ['version 5', CLASSIFIER_V5_OPTIONS],
];
if (!process.argv.includes('--vectors') && !process.argv.includes('--self-train'))
  for (const [name, o] of configs) run(name, { ...CLASSIFIER_OPTIONS, ...o });

if (vectors) {
  const wv = vectors;
  const vconfigs: [string, ClassifierOptions, 'mean' | 'mean+max' | 'mean z' | 'mean+max z'][] = JSON.parse(process.env.OPTICS_CV_VECTORS ?? 'null') ?? [
    ['version 5', CLASSIFIER_V5_OPTIONS, 'mean'],
    ['v5 + domain vectors, mean', { ...CLASSIFIER_V5_OPTIONS, dense: true }, 'mean'],
    ['v5 + domain vectors, mean and max', { ...CLASSIFIER_V5_OPTIONS, dense: true }, 'mean+max'],
  ];
  const covered = all.reduce((n, i) => n + i.words.filter((w) => content(w) && wv.index.has(w)).length, 0);
  const contentWords = all.reduce((n, i) => n + i.words.filter(content).length, 0);
  console.log(`domain vectors cover ${((100 * covered) / contentWords).toFixed(1)}% of the development paragraphs' content words`);
  for (const [name, o, pooling] of vconfigs) {
    // "... z": each dimension standardised over the development paragraphs (label-free), so that C
    // penalises the vector features as it does features of unit size
    const vecs = all.map((i) => paragraphVector(wv, i.words.filter(content), pooling.startsWith('mean+max')));
    if (pooling.endsWith(' z'))
      for (let j = 0; j < vecs[0].length; j++) {
        const m = vecs.reduce((t, v) => t + v[j], 0) / vecs.length;
        const sd = Math.sqrt(vecs.reduce((t, v) => t + (v[j] - m) ** 2, 0) / vecs.length) || 1;
        for (const v of vecs) v[j] = (v[j] - m) / sd;
      }
    const dense = new Map(all.map((i, k) => [i, vecs[k]]));
    const withDense = (order: typeof all) => order.map((i) => ({ ...i, dense: dense.get(i) }));
    run(name, { ...CLASSIFIER_OPTIONS, ...o }, (order) =>
      crossValidatedLabels(withDense(order), { ...CLASSIFIER_OPTIONS, ...o }, 5),
    );
  }
}

if (pool.length > 0) {
  const sconfigs: [string, ClassifierOptions, SelfTrainingOptions][] = JSON.parse(process.env.OPTICS_CV_SELF ?? 'null') ?? [
    ['v5 self-trained, p >= 0.9, weight 0.3', CLASSIFIER_V5_OPTIONS, { threshold: 0.9, weight: 0.3 }],
  ];
  for (const [name, o, self] of sconfigs) {
    const options = { ...CLASSIFIER_OPTIONS, ...o };
    let added = '';
    run(name, options, (order) => {
      const out: string[] = new Array(order.length);
      for (let f = 0; f < 5; f++) {
        // the pool is labelled by a model trained on the training folds only; the held-in fold is never in the pool
        const r = selfTrain(
          order.filter((_, i) => i % 5 !== f),
          pool,
          options,
          self,
        );
        if (f === 0) added = JSON.stringify(r.added);
        order.forEach((item, i) => {
          if (i % 5 === f) out[i] = classifyParagraph(r.classifier, item);
        });
      }
      return out;
    });
    console.log(`   self-labelled (first fold): ${added}`);
  }
}

if (process.argv.includes('--errors')) {
  const options = { ...CLASSIFIER_OPTIONS, ...(configs[0][1] as ClassifierOptions) };
  const cv = crossValidatedLabels(all, options, 5);
  const a = agreement(
    opticLabels,
    all.map((i, k) => ({ truth: i.label, predicted: cv[k] })),
  );
  for (const t of opticLabels) console.log(t, JSON.stringify(a.confusion[t]));
  all.forEach((i, k) => {
    if (cv[k] !== i.label) console.log(`${i.label} -> ${cv[k]} (lexicon ${i.lexicon}) ${i.id}: ${i.words.join(' ').slice(0, 300)}`);
  });
}

if (process.argv.includes('--curve')) {
  const options = { ...CLASSIFIER_OPTIONS, ...(configs[0][1] as ClassifierOptions) };
  const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  for (const fraction of [0.25, 0.5, 0.75, 1]) {
    const accuracy: number[] = [];
    const kappa: number[] = [];
    const stability: number[] = [];
    let size = 0;
    for (const seed of fraction === 1 ? [0] : [11, 12, 13])
      for (const order of orders) {
        const predicted: string[] = new Array(order.length);
        for (let f = 0; f < 5; f++) {
          const fold = order.filter((_, i) => i % 5 !== f);
          const train = fraction === 1 ? fold : shuffled(fold, seed * 100 + f).slice(0, Math.round(fold.length * fraction));
          size = train.length;
          const c = trainOpticsClassifier(train, options);
          order.forEach((item, i) => {
            if (i % 5 === f) predicted[i] = classifyParagraph(c, item);
          });
        }
        const a = agreement(
          opticLabels,
          order.map((i, k) => ({ truth: i.label, predicted: predicted[k] as (typeof opticLabels)[number] })),
        );
        accuracy.push(a.agreement);
        kappa.push(a.kappa ?? 0);
        stability.push(a.perLabel.stability.recall ?? 0);
      }
    console.log(
      `${configs[0][0]}: ${size} training paragraphs (${fraction * 100}%), ${accuracy.length} runs: accuracy ${(mean(accuracy) * 100).toFixed(1)}% (${(Math.min(...accuracy) * 100).toFixed(1)}-${(Math.max(...accuracy) * 100).toFixed(1)}), kappa ${mean(kappa).toFixed(3)}, stability recall ${mean(stability).toFixed(2)}`,
    );
  }
}
