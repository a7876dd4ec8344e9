// Issue 17's final scoring of the optics readers, run ONCE after version 5 and its adoption rule were
// committed (docs/norms.md, "Adoption rule for version 5"): the lexicon, version 3 as the default is
// trained (561), version 3 and version 5 trained on the 724 development paragraphs, on the fresh
// held-out set (test2) and the first held-out 80 (test, their sixth use). Prints accuracy (Wilson
// 95%), kappa (bootstrap 95%), per-class recall (Wilson) and precision, the confusion matrices, and
// the rule's verdict. The real-data test in src/app/norms-final.real-data.test.ts checks the figures.
//   CONCORD_HOME=... node --import tsx scripts/optics-score-final.mts
import { finalOpticsScores } from '../src/app/norms-optics.ts';
import { opticLabels } from '../src/norms/optics.ts';
import { openStore } from '../src/store/open.ts';

const store = await openStore();
const { sizes, scores } = await finalOpticsScores(store);
await store.close();
console.log(JSON.stringify(sizes));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const [set, methods] of Object.entries(scores)) {
  console.log(`\n== ${set} (${sizes[set]} paragraphs)`);
  for (const [name, s] of Object.entries(methods)) {
    const n = opticLabels.reduce((t, l) => t + s.perLabel[l].support, 0);
    const right = opticLabels.reduce((t, l) => t + s.confusion[l][l], 0);
    console.log(
      `${name.padEnd(9)} ${right}/${n} ${pct(s.agreement)} (${pct(s.accuracyInterval.low)}-${pct(s.accuracyInterval.high)}) kappa ${s.kappa?.toFixed(3)} (${s.kappaInterval?.low.toFixed(2)}-${s.kappaInterval?.high.toFixed(2)})`,
    );
    for (const t of opticLabels) {
      const r = s.recallIntervals[t];
      console.log(
        `   ${t.padEnd(10)} (${s.perLabel[t].support}) ${opticLabels.map((p) => String(s.confusion[t][p]).padStart(3)).join(' ')}  recall ${s.perLabel[t].recall?.toFixed(2)} (${r?.low.toFixed(2)}-${r?.high.toFixed(2)}) precision ${s.perLabel[t].precision?.toFixed(2)}`,
      );
    }
  }
}
const right = (m: string) => opticLabels.reduce((t, l) => t + scores.test2[m].confusion[l][l], 0);
const bar = Math.max(right('v3'), right('v3 (724)'));
console.log(
  `\nrule: v5 reads ${right('v5')} of ${sizes.test2} fresh paragraphs right; the better version 3 ${bar}: ${right('v5') > bar ? 'version 5 becomes the default' : 'version 3 stays the default'}`,
);
