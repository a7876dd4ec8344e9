// `concord norms ...`: phrase series, adoption and the norm life cycle, two phrases compared, and
// Krause's optics (yearly balance, per-paragraph explanation, evaluation against the labelled
// sample), all over the derived norms index of a corpus, which `norms index` builds and every
// other command rebuilds when the corpus was re-imported since (the index records the import it
// was built from). Exports the pieces `corpus kwic` and the benchmark share.
import { csvLine } from '../../csv-writer.ts';
import { withStore } from '../with-store.ts';
import type { Command } from 'commander';
import {
  practiceConvergence,
  normUses,
  type NormUses,
  describeVariants,
  type VariantReport,
  variantReport,
  DEFAULT_OPTICS_METHOD,
  drawExtension,
  loadSample,
  sampleCandidates,
  sampleParagraphs,
  trainModel,
  buildIndex,
  ensureIndex,
  IndexedCorpus,
  PhraseSeries,
  seriesOf,
  adoptionOf,
  assertTables,
  corpusNames,
} from '../../app/norms.ts';
import { type AdoptionCurve, stageDefinitions } from '../../norms/adoption.ts';
import { agreement } from '../../norms/agreement.ts';
import { opticBalance } from '../../norms/optics-balance.ts';
import type { Convergence } from '../../norms/convergent.ts';
import { evaluateOptics, type MethodScore, type OpticsEvaluation } from '../../norms/optics-evaluation.ts';
import { type Question, questions as questionOrder } from '../../norms/optics-lexicon.ts';
import { classifyParagraph, strongestFeatures } from '../../norms/optics-classifier.ts';
import { drawSample, formatSample } from '../../norms/optics-sample.ts';
import {
  classifyOptics,
  decisionRules,
  type OpticLabel,
  opticLabels,
  paragraphWordRanges,
} from '../../norms/optics.ts';
import { paragraphs } from '../../norms/paragraphs.ts';
import { type Phrase, parsePhrase, phraseLabel } from '../../norms/phrase.ts';
import { compareSeries, type Grouping, peakRow, regionOf, type SeriesRow } from '../../norms/series.ts';
import { tokenize } from '../../norms/tokens.ts';
import type { Corpus, Store } from '../../store/store.ts';
import { resolutionTextGap } from '../../council/document.ts';
import { UsageError } from '../errors.ts';
import { countryOption, formatOption, intOption, stderrLog, yearRange } from '../options.ts';
import { formatTable } from '../table.ts';

const documentNoun: Record<Corpus, [string, string]> = {
  ungdc: ['speech', 'speeches'],
  resolutions: ['resolution', 'resolutions'],
  statements: ['statement', 'statements'],
};

// ---------------------------------------------------------------------------------------------
// Options shared by the commands

/** The options that narrow a corpus query, the same on every command that reads a corpus. */
export function corpusFilters(cmd: Command): Command {
  return cmd
    .option('--corpus <corpus>', 'ungdc (General Debate speeches) or resolutions', 'ungdc')
    .option('--country <iso3|name>', 'only speeches by this country (ISO3 code or name, or EU)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year');
}

export function corpusOption(value: string): Corpus {
  if (value !== 'ungdc' && value !== 'resolutions' && value !== 'statements')
    throw new UsageError(`--corpus must be ungdc, resolutions or statements, got "${value}"`);
  return value;
}

export function phraseOption(text: string): Phrase {
  return parsePhrase(text);
}

const percent = (share: number | null, digits = 1) => (share === null ? '' : `${(share * 100).toFixed(digits)}%`);
const decimal = (share: number | null) => (share === null ? '' : String(Number(share.toFixed(6))));

function seriesGroupOption(value: string, corpus: Corpus): Grouping {
  if (!['year', 'country', 'region'].includes(value))
    throw new UsageError(`--by must be year, country or region, got "${value}"`);
  if (corpus === 'resolutions' && value !== 'year')
    throw new UsageError(`--by ${value} needs speakers: resolutions have none (use --corpus ungdc)`);
  return value as Grouping;
}

/** A year of the resolutions corpus with no text because no source has one (1995-1999): shown as a gap, never as zero. */
const isTextGap = (corpus: Corpus, by: Grouping, group: number | string, documents: number): boolean =>
  corpus === 'resolutions' &&
  by === 'year' &&
  documents === 0 &&
  typeof group === 'number' &&
  group >= resolutionTextGap.fromYear &&
  group <= resolutionTextGap.toYear;

function printSeries(
  corpus: Corpus,
  all: PhraseSeries[],
  by: Grouping,
  unit: 'documents' | 'mentions',
  format: 'table' | 'csv' | 'json',
  variants: readonly VariantReport[],
): void {
  const [one, many] = documentNoun[corpus];
  const variantLines = all.map((s, k) => describeVariants(s.phrase, variants[k], documentNoun[corpus]));
  const mentions = unit === 'mentions';
  if (format === 'json') {
    const out = {
      corpus,
      by,
      unit,
      phrases: all.map((s, k) => {
        const peak = peakRow(s.rows);
        return {
          phrase: s.phrase.text,
          alternatives: s.phrase.alternatives.map((a) => a.join(' ')),
          variants: {
            counted: variants[k].variantsCounted,
            occurring: variants[k].variants,
            documentsOnlyByVariants: variants[k].documentsOnlyByVariants,
          },
          rows: s.rows.map((r) => ({
            [by]: r.group,
            documents: r.documents,
            matches: r.matches,
            share: r.share,
            ...(mentions ? { mentions: r.mentions, words: r.words } : {}),
          })),
          peak: peak ? { [by]: peak.group, matches: peak.matches, documents: peak.documents, share: peak.share } : null,
        };
      }),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  if (format === 'csv') {
    const head = [by, 'documents', 'matches', 'share', ...(mentions ? ['mentions', 'words'] : [])];
    const lines = [csvLine(all.length > 1 ? ['phrase', ...head] : head)];
    for (const s of all) {
      for (const r of s.rows) {
        const gap = isTextGap(corpus, by, r.group, r.documents);
        const cells = gap
          ? [r.group, '', '', '', ...(mentions ? ['', ''] : [])]
          : [r.group, r.documents, r.matches, decimal(r.share), ...(mentions ? [r.mentions, r.words] : [])];
        lines.push(csvLine(all.length > 1 ? [s.phrase.text, ...cells] : cells));
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    for (const v of variantLines) if (v) process.stderr.write(`concord: ${v}\n`);
    return;
  }
  const rows = all[0].rows.map((r, k) => ({ group: r.group, documents: r.documents, per: all.map((s) => s.rows[k]) }));
  const columns = [
    { header: by, value: (r: (typeof rows)[number]) => (typeof r.group === 'number' ? String(r.group) : r.group) },
    {
      header: many,
      value: (r: (typeof rows)[number]) => (isTextGap(corpus, by, r.group, r.documents) ? 'source gap' : r.documents),
    },
    ...all.flatMap((s, k) => {
      const tag = all.length > 1 ? ` ${k + 1}` : '';
      return [
        {
          header: `matches${tag}`,
          value: (r: (typeof rows)[number]) => (isTextGap(corpus, by, r.group, r.documents) ? '' : r.per[k].matches),
        },
        {
          header: `share${tag}`,
          value: (r: (typeof rows)[number]) => percent(r.per[k].share),
          align: 'right' as const,
        },
        ...(mentions
          ? [
              { header: `mentions${tag}`, value: (r: (typeof rows)[number]) => r.per[k].mentions },
              {
                header: `per 10k words${tag}`,
                value: (r: (typeof rows)[number]) =>
                  r.per[k].words === 0 ? '' : ((r.per[k].mentions / r.per[k].words) * 10_000).toFixed(2),
                align: 'right' as const,
              },
            ]
          : []),
      ];
    }),
  ];
  const lines: string[] = [];
  all.forEach((s, k) => {
    const tag = all.length > 1 ? `${k + 1}: ` : '';
    lines.push(`${tag}"${s.phrase.text}" (${phraseLabel(s.phrase)})`);
  });
  lines.push(
    `in the ${corpusNames[corpus]}, by ${by}; matches = ${many} mentioning the phrase, share = matches / ${many}`,
    '',
  );
  lines.push(formatTable(rows, columns), '');
  all.forEach((s, k) => {
    const tag = all.length > 1 ? `${k + 1}: ` : '';
    const total = s.rows.reduce((a, r) => ({ m: a.m + r.matches, d: a.d + r.documents, n: a.n + r.mentions }), {
      m: 0,
      d: 0,
      n: 0,
    });
    const peak = peakRow(s.rows);
    const peakText = peak
      ? `; peak ${peak.group}: ${peak.matches.toLocaleString('en-US')} of ${peak.documents.toLocaleString('en-US')} ${peak.documents === 1 ? one : many} (${percent(peak.share)})`
      : '';
    lines.push(
      `${tag}${total.m.toLocaleString('en-US')} of ${total.d.toLocaleString('en-US')} ${many}, ${total.n.toLocaleString('en-US')} mentions${peakText}`,
    );
    if (variantLines[k]) lines.push(`${tag}${variantLines[k]}`);
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------
// norms adoption

function describeSense(sense: NormUses | null): string[] {
  if (!sense) return [];
  const out = [
    `The norm's own sense (docs/norms.md): ${sense.normMentions} of ${sense.mentions} mentions are uses of the norm; ` +
      `${sense.excluded.length} ordinary uses are not counted (${sense.excluded.filter((e) => !e.documentStillCounts).length} in speeches with no use of the norm; --all-senses counts them):`,
  ];
  for (const e of sense.excluded)
    out.push(
      `  ${e.docId} ${e.reason}${e.documentStillCounts ? ' (the speech counts through another mention)' : ''}: ...${e.context}...`,
    );
  return out;
}

function printAdoption(
  phrase: Phrase,
  curve: AdoptionCurve,
  format: 'table' | 'csv' | 'json',
  states: boolean,
  variants: VariantReport,
  sense: NormUses | null,
): void {
  if (format === 'json') {
    const senseOut = sense
      ? { mentions: sense.mentions, normMentions: sense.normMentions, excluded: sense.excluded }
      : null;
    const variantsOut = {
      counted: variants.variantsCounted,
      occurring: variants.variants,
      documentsOnlyByVariants: variants.documentsOnlyByVariants,
    };
    process.stdout.write(
      `${JSON.stringify({ phrase: phrase.text, ...curve, variants: variantsOut, sense: senseOut, stageDefinitions }, null, 2)}\n`,
    );
    return;
  }
  const notes = [describeVariants(phrase, variants, ['speech', 'speeches']), ...describeSense(sense)].filter(
    (n) => n !== '',
  );
  if (format === 'csv') {
    const lines = states
      ? [
          csvLine(['state', 'first_year', 'last_year', 'years_used', 'continued', 'member_at_first_use']),
          ...curve.states.map((s) =>
            csvLine([s.state, s.firstYear, s.lastYear, s.yearsUsed, s.continued ? 1 : 0, s.memberAtFirstUse ? 1 : 0]),
          ),
        ]
      : [
          csvLine(['year', 'members', 'adopters', 'share', 'new_adopters', 'users', 'continuing', 'stage']),
          ...curve.years.map((y) =>
            csvLine([
              y.year,
              y.members,
              y.adopters,
              decimal(y.share),
              y.newAdopters.join(' '),
              y.users,
              y.continuing,
              y.stage,
            ]),
          ),
        ];
    process.stdout.write(`${lines.join('\n')}\n`);
    for (const n of notes) process.stderr.write(`concord: ${n}\n`);
    return;
  }
  const out: string[] = [`Adoption of "${phrase.text}" (${phraseLabel(phrase)}) in the General Debate`, ''];
  if (states) {
    out.push(
      formatTable(
        [...curve.states],
        [
          { header: 'state', value: (s) => s.state },
          { header: 'first use', value: (s) => String(s.firstYear), align: 'right' },
          { header: 'last use', value: (s) => String(s.lastYear), align: 'right' },
          { header: 'years used', value: (s) => s.yearsUsed },
          { header: 'continued', value: (s) => (s.continued ? 'yes' : 'no') },
          { header: 'member then', value: (s) => (s.memberAtFirstUse ? 'yes' : 'no') },
        ],
      ),
    );
  } else {
    out.push(
      formatTable(
        [...curve.years],
        [
          { header: 'year', value: (y) => String(y.year) },
          { header: 'members', value: (y) => y.members },
          { header: 'adopted', value: (y) => y.adopters },
          { header: 'share', value: (y) => percent(y.share), align: 'right' },
          { header: 'new', value: (y) => y.newAdopters.length },
          { header: 'used', value: (y) => y.users },
          { header: 'continuing', value: (y) => y.continuing },
          { header: 'stage', value: (y) => y.stage },
        ],
      ),
    );
  }
  const at = (y: number | null) => (y === null ? 'not reached' : String(y));
  const continued = curve.states.filter((s) => s.continued).length;
  out.push(
    '',
    `${curve.states.length} states have used it (${continued} again in a later year); emergence ${at(curve.emergenceYear)}, ` +
      `tipping point ${at(curve.tippingYear)}, internalisation ${at(curve.internalisationYear)}.`,
    'adopted = UN Members of the year that have used the phrase in any General Debate speech so far (first use = adoption);',
    'share = adopted / members; used = Members using it that year; continuing = adopters that have used it in two or more years.',
    'Stages (Finnemore and Sikkink 1998, measured on usage, not belief):',
    ...Object.entries(stageDefinitions).map(([k, v]) => `  ${k}: ${v}`),
  );
  if (!states) out.push('Per state: add --states.');
  out.push('', ...notes);
  process.stdout.write(`${out.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------
// norms optics

const opticShort: Record<string, string> = { stability: 'S', order: 'O', justice: 'J' };

async function explainDocument(store: Store, corpus: Corpus, docId: string, format: 'text' | 'json'): Promise<void> {
  const key = corpus === 'resolutions' ? resolutionNumber(docId) : docId.trim();
  const doc = await store.norms.documentById(corpus, key);
  if (!doc) {
    throw new UsageError(
      corpus === 'ungdc'
        ? `no speech "${docId}" in the store (speech ids look like USA_75_2020; for a resolution add --corpus resolutions)`
        : `no resolution "${docId}" in the store`,
    );
  }
  const { model } = await trainModel(store);
  const tokens = tokenize(doc.text);
  const paras = classifyOptics(doc.text);
  const items = paras.map((p) => ({ words: tokens.words.slice(p.firstWord, p.endWord), reading: p }));
  const modelLabels = items.map((item) => (model ? classifyParagraph(model, item) : null));
  const method = model ? DEFAULT_OPTICS_METHOD : 'lexicon';
  const chosen = (k: number) => (method === 'model' ? modelLabels[k]! : paras[k].optic);
  if (format === 'json') {
    const out = {
      docId: doc.docId,
      year: doc.year,
      country: doc.country,
      method,
      rules: decisionRules,
      paragraphs: paras.map((p, k) => ({
        index: p.paragraph.index,
        start: p.paragraph.start,
        end: p.paragraph.end,
        words: p.words,
        optic: chosen(k),
        lexicon: p.optic,
        rule: p.rule,
        scores: p.scores,
        questions: p.questions,
        hits: p.hits.map((h) => ({ optic: h.optic, question: h.question, words: h.words, entry: h.entry })),
        model: modelLabels[k],
        modelFeatures: model && modelLabels[k] ? strongestFeatures(model, items[k], modelLabels[k]!) : [],
      })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const lines = [`${doc.docId} (${doc.year}${doc.country ? `, ${doc.country}` : ''}): ${paras.length} paragraphs`, ''];
  paras.forEach((p, k) => {
    const excerpt = doc.text.slice(p.paragraph.start, p.paragraph.end).replace(/\s+/g, ' ');
    const strongest =
      model && modelLabels[k]
        ? strongestFeatures(model, items[k], modelLabels[k]!, 4)
            .map((f) => f.feature)
            .join(', ')
        : '';
    lines.push(
      (method === 'lexicon'
        ? `[${p.paragraph.index}] ${p.optic.toUpperCase()} by ${p.rule} (${decisionRules[p.rule]})`
        : `[${p.paragraph.index}] ${chosen(k).toUpperCase()} by the model; lexicon ${p.optic} by ${p.rule} (${decisionRules[p.rule]})`) +
        `; scores S ${p.scores.stability} O ${p.scores.order} J ${p.scores.justice}; ${p.words} words` +
        (modelLabels[k] ? `; model: ${modelLabels[k]}${strongest ? ` (${strongest})` : ''}` : ''),
    );
    lines.push(`    "${excerpt.length > 160 ? `${excerpt.slice(0, 157)}...` : excerpt}"`);
    const byOptic = new Map<string, Map<Question, string[]>>();
    for (const h of p.hits) {
      const q = byOptic.get(h.optic) ?? new Map<Question, string[]>();
      q.set(h.question, [...(q.get(h.question) ?? []), h.words]);
      byOptic.set(h.optic, q);
    }
    for (const optic of ['stability', 'order', 'justice']) {
      const qs = byOptic.get(optic);
      if (!qs) continue;
      const parts = questionOrder.filter((q) => qs.has(q)).map((q) => `${q}: ${qs.get(q)!.join(', ')}`);
      lines.push(`    ${opticShort[optic]} ${optic}: ${parts.join('; ')}`);
    }
  });
  lines.push(
    '',
    'Rules: ' +
      Object.entries(decisionRules)
        .map(([r, t]) => `${r} ${t}`)
        .join('; ') +
      '.',
  );
  lines.push(
    model
      ? "model: logistic regression on the words and the lexicon's reading, trained on the labelled sample (docs/norms.md); in brackets the features that pushed it most towards its label."
      : 'model: not available (the labelled sample is not in this store); the lexicon decides.',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** `688`, `S/RES/688`, `S/RES/688 (1991)` or `res 688` -> `688`. */
export function resolutionNumber(docId: string): string {
  const m = /^\s*(?:S\/RES\/|res(?:olution)?\s*)?(\d{1,5})(?:\s*\(\d{4}\))?\s*$/i.exec(docId);
  if (!m) throw new UsageError(`"${docId}" is not a resolution number (write 688 or S/RES/688 (1991))`);
  return String(Number(m[1]));
}

function pct(x: number | null): string {
  return x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}

function describeEvaluation(
  e: OpticsEvaluation,
  corpusAgreement: { items: number; agreement: number; kappa: number | null } | null,
): string {
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

function describeConvergence(method: 'lexicon' | 'model', c: Convergence): string {
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

// ---------------------------------------------------------------------------------------------
// Registration

export function registerNorms(program: Command): void {
  const norms = program
    .command('norms')
    .description("norm diffusion and discourse: phrase series, adoption and the norm life cycle, Krause's optics");

  norms
    .command('index')
    .description(
      'build (or rebuild) the norms index of a corpus: word positions, paragraphs and their optics (other norms commands do it when needed)',
    )
    .option('--corpus <corpus>', 'ungdc, resolutions, statements or all', 'all')
    .action(async (opts: { corpus: string }) => {
      const corpora: Corpus[] = opts.corpus === 'all' ? ['ungdc', 'resolutions'] : [corpusOption(opts.corpus)];
      await withStore(async (store) => {
        for (const c of corpora) await buildIndex(store, c, (line) => process.stdout.write(`${line}\n`));
      });
    });

  norms
    .command('series')
    .description('how many documents mention a phrase, per year, country or regional group')
    .argument(
      '<phrases...>',
      'one or more phrases; words in order, case and punctuation ignored; "a|b" is a synonym set',
    )
    .option('--corpus <corpus>', 'ungdc (General Debate speeches) or resolutions', 'ungdc')
    .option('--by <group>', 'year, country or region (UN regional group of the speaker)', 'year')
    .option(
      '--unit <unit>',
      'documents (matching documents and their share), or mentions (also mention counts and rates)',
      'documents',
    )
    .option('--country <iso3|name>', 'only speeches by this country (ISO3 code or name)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table, csv or json', 'table')
    .option(
      '--variants',
      'also count plural/singular and compound spellings (peace-keeping, peacekeeping, peace keeping) and say which occurred',
    )
    .action(
      async (
        texts: string[],
        opts: {
          corpus: string;
          by: string;
          unit: string;
          country?: string;
          from?: string;
          to?: string;
          format: string;
          variants?: boolean;
        },
      ) => {
        const corpus = corpusOption(opts.corpus);
        const by = seriesGroupOption(opts.by, corpus);
        if (opts.unit !== 'documents' && opts.unit !== 'mentions')
          throw new UsageError(`--unit must be documents or mentions, got "${opts.unit}"`);
        const format = formatOption(opts.format, ['table', 'csv', 'json'] as const);
        const country = countryOption(opts.country);
        if (country && corpus === 'resolutions')
          throw new UsageError('--country needs speakers: resolutions have none');
        const phrases = texts.map(phraseOption);
        const range = yearRange(opts);
        await withStore(async (store) => {
          const indexed = await IndexedCorpus.open(store, corpus, stderrLog);
          const reports: VariantReport[] = [];
          for (const p of phrases)
            reports.push(await variantReport(indexed, p, Boolean(opts.variants), { country, ...range }));
          const all = await seriesOf(
            indexed,
            reports.map((r) => r.counted),
            { by, country, ...range },
          );
          printSeries(corpus, all, by, opts.unit as 'documents' | 'mentions', format, reports);
        });
      },
    );

  norms
    .command('adoption')
    .description(
      'per state the first year it used a phrase in the General Debate, cumulative adoption among UN Members, and the norm life-cycle stage of each year',
    )
    .argument('<phrase>', 'the phrase ("a|b" is a synonym set)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option(
      '--states',
      'print the per-state table (first use, last use, years used, continued) instead of the yearly curve',
    )
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--variants', 'also count plural/singular and compound spellings of the phrase, and say which occurred')
    .option(
      '--all-senses',
      'count every mention, also ordinary uses of a norm phrase ("responsibility to protect the environment")',
    )
    .action(
      async (
        text: string,
        opts: { from?: string; to?: string; states?: boolean; format: string; variants?: boolean; allSenses?: boolean },
      ) => {
        const format = formatOption(opts.format, ['table', 'csv', 'json'] as const);
        const phrase = phraseOption(text);
        const range = yearRange(opts);
        await withStore(async (store) => {
          const indexed = await IndexedCorpus.open(store, 'ungdc', stderrLog);
          const [lo, hi] = indexed.years;
          const [from, to] = [range.from ?? lo, range.to ?? hi];
          const variants = await variantReport(indexed, phrase, Boolean(opts.variants), { from, to });
          const sense = opts.allSenses ? null : await normUses(indexed, variants.counted, from, to);
          const curve = await adoptionOf(indexed, variants.counted, from, to, sense?.documents);
          printAdoption(phrase, curve, format, Boolean(opts.states), variants, sense);
        });
      },
    );

  norms
    .command('compare')
    .description(
      'two phrases over time, side by side (e.g. "humanitarian intervention" and "responsibility to protect")',
    )
    .argument('<a>', 'first phrase')
    .argument('<b>', 'second phrase')
    .option('--corpus <corpus>', 'ungdc, resolutions or statements', 'ungdc')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (ta: string, tb: string, opts: { corpus: string; from?: string; to?: string; format: string }) => {
      const corpus = corpusOption(opts.corpus);
      const format = formatOption(opts.format, ['table', 'csv', 'json'] as const);
      const [a, b] = [phraseOption(ta), phraseOption(tb)];
      const range = yearRange(opts);
      await withStore(async (store) => {
        const indexed = await IndexedCorpus.open(store, corpus, stderrLog);
        const [sa, sb] = await seriesOf(indexed, [a, b], { by: 'year', ...range });
        const cmp = compareSeries(sa.rows, sb.rows);
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify({ corpus, a: a.text, b: b.text, ...cmp }, null, 2)}\n`);
          return;
        }
        if (format === 'csv') {
          const lines = [csvLine(['year', 'documents', 'a_matches', 'a_share', 'b_matches', 'b_share'])];
          for (const r of cmp.rows)
            lines.push(
              csvLine([r.year, r.documents, r.a.matches, decimal(r.a.share), r.b.matches, decimal(r.b.share)]),
            );
          process.stdout.write(`${lines.join('\n')}\n`);
          return;
        }
        const many = documentNoun[corpus][1];
        const table = formatTable(
          [...cmp.rows],
          [
            { header: 'year', value: (r) => String(r.year) },
            { header: many, value: (r) => r.documents },
            { header: 'A', value: (r) => r.a.matches },
            { header: 'A share', value: (r) => percent(r.a.share), align: 'right' },
            { header: 'B', value: (r) => r.b.matches },
            { header: 'B share', value: (r) => percent(r.b.share), align: 'right' },
            {
              header: 'leads',
              value: (r) =>
                (r.a.share ?? 0) === (r.b.share ?? 0) ? '' : (r.a.share ?? 0) > (r.b.share ?? 0) ? 'A' : 'B',
            },
          ],
        );
        const peak = (rows: SeriesRow[]) => {
          const p = peakRow(rows);
          return p ? `peak ${p.group} (${p.matches} of ${p.documents}, ${percent(p.share)})` : 'never used';
        };
        const changes = cmp.leadChanges.map((c) => `${c.year} ${c.leader.toUpperCase()}`).join(', ');
        process.stdout.write(
          `A: "${a.text}"; B: "${b.text}" in the ${corpusNames[corpus]} (${many} mentioning each)\n\n${table}\n\n` +
            `A: ${peak(sa.rows)}; B: ${peak(sb.rows)}\nLead (higher share) from: ${changes || 'neither is used'}\n`,
        );
      });
    });

  corpusFilters(norms.command('optics'))
    .description(
      "Krause's three optics (stability, order, justice) per paragraph: yearly balance, explanation of one document, or evaluation",
    )
    .option('--by <period>', 'year', 'year')
    .option(
      '--method <method>',
      `lexicon (transparent rules) or model (logistic regression on the labelled sample); default ${DEFAULT_OPTICS_METHOD}`,
      DEFAULT_OPTICS_METHOD,
    )
    .option(
      '--explain <doc>',
      'show the words and rules that decided each paragraph of one document (speech id, or resolution number with --corpus resolutions)',
    )
    .option('--evaluate', 'evaluate both methods against the hand-labelled sample')
    .option(
      '--convergence',
      "compare the optic of resolutions' operative paragraphs with the practice the resolution coder finds, 1946-1994, per decade",
    )
    .option('--format <format>', 'table, csv or json (text or json with --explain and --evaluate)', 'table')
    .action(
      async (opts: {
        by: string;
        corpus: string;
        country?: string;
        from?: string;
        to?: string;
        method: string;
        explain?: string;
        evaluate?: boolean;
        convergence?: boolean;
        format: string;
      }) => {
        const corpus = corpusOption(opts.corpus);
        if (opts.explain !== undefined && opts.evaluate)
          throw new UsageError('--explain and --evaluate cannot be combined');
        if (opts.convergence) {
          if (opts.explain !== undefined || opts.evaluate)
            throw new UsageError('--convergence cannot be combined with --explain or --evaluate');
          const format = formatOption(opts.format === 'table' ? 'text' : opts.format, ['text', 'json'] as const);
          const range = yearRange(opts);
          await withStore(async (store) => {
            await assertTables(store);
            if ((await store.norms.corpusSize('resolutions')) === 0)
              throw new UsageError(
                'the Security Council resolutions are not in the store: run `concord data import` first',
              );
            const { method, result } = await practiceConvergence(store, range.from ?? 1946, range.to ?? 1994);
            process.stdout.write(
              format === 'json'
                ? `${JSON.stringify({ method, ...result }, null, 2)}\n`
                : `${describeConvergence(method, result)}\n`,
            );
          });
          return;
        }
        if (opts.explain !== undefined || opts.evaluate) {
          const format = formatOption(opts.format === 'table' ? 'text' : opts.format, ['text', 'json'] as const);
          await withStore(async (store) => {
            await assertTables(store);
            if (opts.explain !== undefined) {
              await explainDocument(store, corpus, opts.explain, format);
              return;
            }
            const { items } = loadSample();
            const found = await sampleParagraphs(store, items);
            if (found.length < items.length) {
              throw new UsageError(
                `only ${found.length} of the ${items.length} labelled paragraphs are in this store: import the full corpora (concord data import) to evaluate`,
              );
            }
            const evaluation = evaluateOptics(
              found.map((f) => ({
                set: f.item.set,
                label: f.item.label,
                words: f.words,
                lexicon: f.lexicon,
                reading: f.reading,
              })),
            );
            await ensureIndex(store, 'ungdc', stderrLog);
            const pairs = await store.norms.opticLabelPairs('ungdc');
            const corpusAgreement = pairs.length
              ? agreement(
                  opticLabels,
                  pairs.map((p) => ({
                    truth: p.lexicon as OpticLabel,
                    predicted: p.model as OpticLabel,
                    count: p.paragraphs,
                  })),
                )
              : null;
            if (format === 'json') {
              process.stdout.write(`${JSON.stringify({ ...evaluation, corpusAgreement }, null, 2)}\n`);
              return;
            }
            process.stdout.write(`${describeEvaluation(evaluation, corpusAgreement)}\n`);
          });
          return;
        }
        if (opts.by !== 'year') throw new UsageError(`--by must be year, got "${opts.by}"`);
        if (opts.method !== 'lexicon' && opts.method !== 'model')
          throw new UsageError(`--method must be lexicon or model, got "${opts.method}"`);
        const format = formatOption(opts.format, ['table', 'csv', 'json'] as const);
        const country = countryOption(opts.country);
        if (country && corpus === 'resolutions')
          throw new UsageError('--country needs speakers: resolutions have none');
        const range = yearRange(opts);
        await withStore(async (store) => {
          const indexed = await IndexedCorpus.open(store, corpus, stderrLog);
          if (opts.method === 'model' && indexed.state.opticsSample === null) {
            throw new UsageError(
              'no model labels in this store: the labelled sample is not in it (import the full corpora)',
            );
          }
          const counts = await store.norms.opticCounts({
            corpus,
            method: opts.method as 'lexicon' | 'model',
            country,
            ...range,
          });
          const [lo, hi] = indexed.years;
          const balance = opticBalance(counts, range.from ?? lo, range.to ?? hi);
          if (format === 'json') {
            process.stdout.write(
              `${JSON.stringify({ corpus, country: country ?? null, method: opts.method, years: balance }, null, 2)}\n`,
            );
            return;
          }
          if (format === 'csv') {
            const lines = [
              csvLine([
                'year',
                'paragraphs',
                'stability',
                'order',
                'justice',
                'none',
                'stability_share',
                'order_share',
                'justice_share',
              ]),
            ];
            for (const b of balance) {
              lines.push(
                csvLine([
                  b.year,
                  b.paragraphs,
                  b.stability,
                  b.order,
                  b.justice,
                  b.none,
                  decimal(b.shares.stability),
                  decimal(b.shares.order),
                  decimal(b.shares.justice),
                ]),
              );
            }
            process.stdout.write(`${lines.join('\n')}\n`);
            return;
          }
          const who = country ? `${country}'s ${corpusNames[corpus]}` : `the ${corpusNames[corpus]}`;
          const table = formatTable(balance, [
            { header: 'year', value: (b) => String(b.year) },
            { header: 'paragraphs', value: (b) => b.paragraphs },
            { header: 'stability', value: (b) => percent(b.shares.stability), align: 'right' },
            { header: 'order', value: (b) => percent(b.shares.order), align: 'right' },
            { header: 'justice', value: (b) => percent(b.shares.justice), align: 'right' },
            { header: 'read', value: (b) => b.stability + b.order + b.justice },
            { header: 'none', value: (b) => b.none },
          ]);
          process.stdout.write(
            `Krause's optics in ${who}, by year (${opts.method === 'lexicon' ? 'lexicon and rules R1-R5' : 'logistic-regression classifier'})\n` +
              'stability, order, justice = share of the paragraphs read through an optic; read = their number; none = paragraphs no optic answers\n\n' +
              `${table}\n`,
          );
        });
      },
    );

  norms
    .command('sample')
    .description(
      'the hand-labelled optics sample: show its paragraphs (for review or a second annotator), or draw a fresh one by the same design',
    )
    .option('--draw', 'print a fresh unlabelled draw (CSV) by the documented design instead')
    .option(
      '--extension',
      'with --draw: the extension drawn to train the supervised reader (EXTENSION_DESIGN, documents not in the sample)',
    )
    .option('--set <set>', 'only dev or test')
    .option('--limit <n>', 'at most this many paragraphs')
    .action(async (opts: { draw?: boolean; extension?: boolean; set?: string; limit?: string }) => {
      if (opts.set !== undefined && opts.set !== 'dev' && opts.set !== 'test')
        throw new UsageError(`--set must be dev or test, got "${opts.set}"`);
      const limit = intOption('--limit', opts.limit);
      await withStore(async (store) => {
        await assertTables(store);
        if (opts.draw) {
          process.stdout.write(
            formatSample(opts.extension ? await drawExtension(store) : drawSample(await sampleCandidates(store))),
          );
          return;
        }
        const { items } = loadSample();
        const chosen = items
          .filter((i) => opts.set === undefined || i.set === opts.set)
          .slice(0, limit ?? items.length);
        for (const item of chosen) {
          const doc = await store.norms.documentById(item.corpus, item.document);
          const p = doc ? paragraphs(doc.text)[item.paragraph] : undefined;
          const text = doc && p ? doc.text.slice(p.start, p.end).replace(/\s+/g, ' ') : '(not in this store)';
          process.stdout.write(
            `${item.corpus} ${item.document} [${item.paragraph}] ${item.set} ${item.label} ${item.rule}\n${text}\n\n`,
          );
        }
      });
    });
}
