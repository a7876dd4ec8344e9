// How `concord norms optics` reports an evaluation against the labelled sample (accuracy, kappa,
// macro-F1 with intervals, confusion and per-label tables) and the convergence of resolutions'
// text with the Council's practice, per decade (docs/norms.md).
import type { CorpusAgreement } from '../../../app/norms-optics.ts';
import type { Convergence } from '../../../norms/convergent.ts';
import type { MethodScore, OpticsEvaluation } from '../../../norms/optics-evaluation.ts';
import { opticLabels } from '../../../norms/optics.ts';
import { formatTable } from '../../table.ts';

function pct(x: number | null): string {
  return x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}

export function describeEvaluation(e: OpticsEvaluation, corpusAgreement: CorpusAgreement): string {
  const k = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
  const iv = (i: { low: number; high: number } | null, f: (x: number) => string) =>
    i ? ` (95% ${f(i.low)}-${f(i.high)})` : '';
  const line = (name: string, m: MethodScore) =>
    `${name}: accuracy ${pct(m.agreement)}${iv(m.accuracyInterval, (x) => pct(x))}, Cohen's kappa ${k(m.kappa)}${iv(m.kappaInterval, (x) => x.toFixed(2))}, macro-F1 ${k(m.macroF1)}`;
  const confusion = (a: MethodScore) =>
    formatTable(
      opticLabels.map((t) => ({ t, row: a.confusion[t] })),
      [
        { header: 'truth \\ predicted', value: (r) => r.t },
        ...opticLabels.map((p) => ({ header: p, value: (r: { row: Record<string, number> }) => r.row[p] })),
      ],
    );
  const perClass = (a: MethodScore) =>
    formatTable(
      opticLabels.map((l) => ({ l, p: a.perLabel[l], r: a.recallIntervals[l] })),
      [
        { header: 'label', value: (x) => x.l },
        { header: 'support', value: (x) => x.p.support },
        { header: 'precision', value: (x) => k(x.p.precision), align: 'right' },
        { header: 'recall', value: (x) => k(x.p.recall), align: 'right' },
        {
          header: 'recall 95%',
          value: (x) => (x.r ? `${x.r.low.toFixed(2)}-${x.r.high.toFixed(2)}` : ''),
          align: 'right',
        },
        { header: 'F1', value: (x) => k(x.p.f1), align: 'right' },
      ],
    );
  const o = e.classifierOptions;
  const lines = [
    `Labelled sample: ${e.dev} development and ${e.test} held-out test paragraphs (by the rules in docs/norms.md).`,
    '',
    line('Lexicon, development set', e.lexiconDev),
    line('Lexicon, held-out test set', e.lexiconTest),
    line(
      `Classifier (logistic regression, C ${o.C}; words ${o.words ? 'yes' : 'no'}, pairs ${o.pairs ? 'yes' : 'no'}, lexicon ${o.lexicon ? 'yes' : 'no'}), 5-fold cross-validated on the development set`,
      e.classifierCrossValidated,
    ),
    line('Classifier, trained on the development set, held-out test set', e.classifierTest),
    `Naive Bayes, 5-fold cross-validated on the development set: accuracy ${pct(e.modelCrossValidated)}`,
    line('Naive Bayes, trained on the development set, held-out test set', e.modelTest),
    `Baseline (always "${e.baselineTest.label}", the development set's most frequent label), test set: accuracy ${pct(e.baselineTest.accuracy)}`,
    `Inter-method agreement, test set: lexicon vs classifier ${pct(e.lexiconClassifierTest.agreement)} (kappa ${k(e.lexiconClassifierTest.kappa)}); lexicon vs naive Bayes ${pct(e.methodsTest.agreement)} (kappa ${k(e.methodsTest.kappa)})`,
  ];
  if (corpusAgreement) {
    lines.push(
      `Inter-method agreement (lexicon vs classifier) over every paragraph of the corpus (${corpusAgreement.items.toLocaleString('en-US')}): ${pct(corpusAgreement.agreement)}, Cohen's kappa ${k(corpusAgreement.kappa)}`,
    );
  }
  lines.push(
    '',
    'Lexicon, held-out test set (rows: hand label; columns: lexicon):',
    confusion(e.lexiconTest),
    perClass(e.lexiconTest),
    '',
  );
  lines.push(
    'Classifier, held-out test set (rows: hand label; columns: classifier):',
    confusion(e.classifierTest),
    perClass(e.classifierTest),
    '',
  );
  lines.push('Naive Bayes, held-out test set (rows: hand label; columns: naive Bayes):', confusion(e.modelTest));
  return lines.join('\n');
}

export function describeConvergence(method: 'lexicon' | 'model', c: Convergence): string {
  const share = (a: number, b: number) => (b === 0 ? '' : `${a} (${pct(a / b)})`);
  const rows = [...c.rows, c.total];
  const table = formatTable(rows, [
    { header: 'decade', value: (r) => (r.decade === null ? 'all' : `${r.decade}s`) },
    { header: 'resolutions', value: (r) => r.resolutions },
    { header: 'with practice', value: (r) => r.withPractice },
    { header: 'text agrees', value: (r) => share(r.agree, r.withPractice), align: 'right' },
    { header: 'text none', value: (r) => share(r.textNone, r.withPractice), align: 'right' },
    {
      header: 'force/Ch.VII -> stability',
      value: (r) => share(r.byOptic.stability.textSame, r.byOptic.stability.practice),
      align: 'right',
    },
    {
      header: 'consent -> order',
      value: (r) => share(r.byOptic.order.textSame, r.byOptic.order.practice),
      align: 'right',
    },
    {
      header: 'tribunal/civilians/R2P -> justice',
      value: (r) => share(r.byOptic.justice.textSame, r.byOptic.justice.practice),
      align: 'right',
    },
  ]);
  const lines = [
    `Practice (resolution coder) against the optic of the operative paragraphs (${method === 'model' ? 'classifier' : 'lexicon and rules R1-R5'}), per decade.`,
    'Practice names stability (Chapter VII or force), order (consent) or justice (tribunal, protection of civilians, R2P); the text agrees when',
    'the optic of most operative paragraphs is one the practice names. x -> y: of the resolutions with practice x, those whose text reads y.',
    '',
    table,
    '',
    `Divergences: ${c.divergences.length} (practice vs text); the first of each kind (all with --format json):`,
    ...[...new Set(c.divergences.map((d) => `${d.practice.join('+')} vs ${d.text}`))].map((kind) => {
      const of = c.divergences.filter((d) => `${d.practice.join('+')} vs ${d.text}` === kind);
      return `  ${kind} (${of.length}): ${of
        .slice(0, 6)
        .map((d) => `${d.number} (${d.year})`)
        .join(', ')}${of.length > 6 ? ', ...' : ''}`;
    }),
  ];
  return lines.join('\n');
}
