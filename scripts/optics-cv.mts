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
//   CONCORD_HOME=... node --import tsx scripts/optics-cv.mts [--errors] [--curve]
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

const store = await openStore();
const { items } = loadSample(true);
const dev = items.filter((i) => i.set === 'dev');
const found = await sampleParagraphs(store, dev);
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

function run(name: string, options: ClassifierOptions) {
  const accs: number[] = [];
  let first: ReturnType<typeof agreement> | null = null;
  for (const order of orders) {
    const cv = crossValidatedLabels(order, options, 5);
    const a = agreement(
      opticLabels,
      order.map((i, k) => ({ truth: i.label, predicted: cv[k] })),
    );
    accs.push(a.agreement);
    first ??= a;
  }
  const mean = accs.reduce((s, x) => s + x, 0) / accs.length;
  const recall = opticLabels.map((l) => first!.perLabel[l].recall?.toFixed(2)).join(' / ');
  console.log(
    `${name.padEnd(48)} acc ${(mean * 100).toFixed(1)}% (${accs.map((x) => (x * 100).toFixed(1)).join(' ')}) kappa ${first!.kappa?.toFixed(3)} recall ${recall}`,
  );
  return mean;
}

const configs: [string, ClassifierOptions][] = JSON.parse(process.env.OPTICS_CV_CONFIGS ?? 'null') ?? [
  ['version 3', CLASSIFIER_OPTIONS],
  ['version 4', CLASSIFIER_V4_OPTIONS],
  ['version 5', CLASSIFIER_V5_OPTIONS],
];
for (const [name, o] of configs) run(name, { ...CLASSIFIER_OPTIONS, ...o });

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
