// Slow test on the real corpora (../shared/data, skipped when absent) of issue 17's instruments:
// phrase variants (the 8 speeches that say "humanitarian interventions", "peace-keeping" in 1992,
// "non-interference"), the norm's own sense of "responsibility to protect" (emergence from the
// norm's first use, not 1953, with the excluded uses listed), the optics evaluation figures quoted
// in docs/norms.md (lexicon and classifiers v3, v4 and v5 on the held-out paragraphs, and issue 17's
// final scoring on the fresh held-out set) and the convergent-validity
// totals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { realNormsCorpora } from '../../test/norms-corpora.ts';
import { runCli, sharedDataDir } from '../../test/support.ts';
import { parsePhrase } from '../norms/phrase.ts';
import { evaluateOpticsSample, finalOpticsScores } from './norms-optics.ts';
import { CLASSIFIER_V4_OPTIONS, classifyParagraph, trainOpticsClassifier } from '../norms/optics-classifier.ts';
import { type MethodScore, score } from '../norms/optics-evaluation.ts';
import { adoptionOf, loadSample, normUses, practiceConvergence, sampleParagraphs, variantReport } from './norms.ts';

test("issue 17 on the real corpora: variants, the norm's sense, the optics evaluation, convergent validity", {
  skip: sharedDataDir ? false : 'no shared data directory',
  timeout: 1_800_000,
}, async () => {
  const { home, store, indexed } = await realNormsCorpora();
  const ids = new Map(indexed.documents.map((d) => [d.doc, d.docId]));

  // variants: the 8 plural speeches of "humanitarian intervention", named in the issue
  const hi = parsePhrase('humanitarian intervention');
  const report = await variantReport(indexed, hi, true);
  const exact = await indexed.mentionCounts(hi);
  const withVariants = await indexed.mentionCounts(report.counted);
  const added = [...withVariants.keys()]
    .filter((d) => !exact.has(d))
    .map((d) => ids.get(d)!)
    .sort();
  assert.deepEqual(added, [
    'BWA_65_2010',
    'CUB_52_1997',
    'DEU_54_1999',
    'GNQ_66_2011',
    'MWI_75_2020',
    'POL_57_2002',
    'VAT_67_2012',
    'YEM_78_2023',
  ]);
  assert.equal(report.documentsOnlyByVariants, 8);
  assert.deepEqual(
    report.variants.map((v) => v.text),
    ['humanitarian interventions'],
  );
  const cli = runCli(['norms', 'series', 'humanitarian intervention', '--variants'], { CONCORD_HOME: home });
  assert.equal(cli.code, 0, cli.stderr);
  assert.match(cli.stdout, /^104 of 10,952 speeches/m);
  assert.match(
    cli.stdout,
    /variants of "humanitarian intervention" counted: "humanitarian interventions" \(9 speeches\); 8 speeches matched only through a variant/,
  );
  const plain = runCli(['norms', 'series', 'humanitarian intervention'], { CONCORD_HOME: home });
  assert.match(plain.stdout, /^96 of 10,952 speeches/m);
  assert.match(plain.stdout, /variants not counted: "humanitarian interventions"/);

  // "peacekeeping" in 1992: none exact, 105 through "peace-keeping"; "noninterference" and "non-interference"
  const pk = await variantReport(indexed, parsePhrase('peacekeeping'), true, { from: 1992, to: 1992 });
  const in1992 = new Set(indexed.select({ from: 1992, to: 1992 }).map((d) => d.doc));
  assert.equal(
    [...(await indexed.mentionCounts(parsePhrase('peacekeeping'))).keys()].filter((d) => in1992.has(d)).length,
    0,
  );
  assert.deepEqual(
    pk.variants.map((v) => [v.text, v.documents]),
    [['peace keeping', 105]],
  );
  const ni = await variantReport(indexed, parsePhrase('noninterference'), true);
  assert.ok(ni.variants.some((v) => v.text === 'non interference' && v.documents > 1000));

  // the norm's own sense: emergence from the first use of the norm (2002), not 1953
  const r2p = parsePhrase('responsibility to protect');
  const [lo, hi2] = indexed.years;
  const all = await adoptionOf(indexed, r2p, lo, hi2);
  assert.equal(all.emergenceYear, 1953);
  const sense = (await normUses(indexed, r2p, lo, hi2))!;
  const normCurve = await adoptionOf(indexed, r2p, lo, hi2, sense.documents);
  assert.equal(normCurve.emergenceYear, 2002);
  const irq = sense.excluded.find((e) => e.docId === 'IRQ_08_1953')!;
  assert.match(irq.reason, /^protects something else/);
  assert.ok(sense.excluded.every((e) => e.year >= 1953));
  assert.ok(sense.excluded.filter((e) => e.year < 2001).length >= 14, 'the pre-ICISS ordinary uses are excluded');
  const adoption = runCli(['norms', 'adoption', 'responsibility to protect'], { CONCORD_HOME: home });
  assert.equal(adoption.code, 0, adoption.stderr);
  assert.match(adoption.stdout, /emergence 2002/);
  assert.match(adoption.stdout, /IRQ_08_1953 protects something else/);

  // the optics evaluation figures quoted in docs/norms.md: the default method (classifier version 5,
  // trained on the 724 development paragraphs) on the held-out 80
  const { evaluation: e } = await evaluateOpticsSample(store, () => {});
  assert.deepEqual([e.dev, e.test], [724, 80]);
  assert.equal(e.lexiconTest.agreement.toFixed(3), '0.700');
  assert.equal(e.classifierTest.agreement.toFixed(4), '0.7875');
  assert.equal(e.classifierCrossValidated.agreement.toFixed(3), '0.744');

  // issue 17's final scoring (docs/norms.md, Evaluation): the fresh held-out set scored once, with
  // the first held-out 80 (their sixth use), for the lexicon, version 3 as it was the default (561),
  // version 3 retrained on the 724 and version 5; version 5 read more fresh paragraphs right than
  // both version 3 models (91 against 89 and 81), so by the rule fixed before it is the default
  const { sizes, scores } = await finalOpticsScores(store);
  assert.deepEqual(sizes, { dev561: 561, dev724: 724, test: 80, test2: 118 });
  const figures = (m: MethodScore) => [
    m.agreement.toFixed(4),
    m.accuracyInterval.low.toFixed(3),
    m.accuracyInterval.high.toFixed(3),
    m.kappa?.toFixed(3),
    m.kappaInterval?.low.toFixed(2),
    m.kappaInterval?.high.toFixed(2),
  ];
  const fresh = scores.test2;
  assert.deepEqual(figures(fresh.lexicon), ['0.6949', '0.607', '0.771', '0.580', '0.46', '0.69']);
  assert.deepEqual(figures(fresh.v3), ['0.6864', '0.598', '0.763', '0.571', '0.45', '0.68']);
  assert.deepEqual(figures(fresh['v3 (724)']), ['0.7542', '0.669', '0.823', '0.665', '0.55', '0.77']);
  assert.deepEqual(figures(fresh.v5), ['0.7712', '0.688', '0.838', '0.690', '0.58', '0.78']);
  assert.deepEqual(fresh.v5.confusion.stability, { stability: 24, order: 2, justice: 0, none: 4 });
  assert.deepEqual(fresh.v5.confusion.order, { stability: 2, order: 17, justice: 1, none: 2 });
  assert.deepEqual(fresh.v5.confusion.justice, { stability: 1, order: 3, justice: 19, none: 4 });
  assert.deepEqual(fresh.v5.confusion.none, { stability: 4, order: 1, justice: 3, none: 31 });
  assert.deepEqual(fresh.v3.confusion.stability, { stability: 22, order: 3, justice: 0, none: 5 });
  assert.deepEqual(fresh.v3.confusion.order, { stability: 1, order: 13, justice: 2, none: 6 });
  assert.deepEqual(fresh.v3.confusion.justice, { stability: 0, order: 5, justice: 15, none: 7 });
  assert.deepEqual(fresh.v3.confusion.none, { stability: 3, order: 1, justice: 4, none: 31 });
  const old = scores.test;
  // version 3 as the default was, on the held-out 80: its figures of its first scoring
  assert.deepEqual(figures(old.v3), ['0.7750', '0.672', '0.853', '0.662', '0.51', '0.79']);
  assert.deepEqual(old.v3.confusion.none, { stability: 0, order: 1, justice: 5, none: 32 });
  assert.deepEqual(figures(old['v3 (724)']), ['0.7375', '0.632', '0.821', '0.610', '0.45', '0.75']);
  assert.deepEqual(figures(old.v5), ['0.7875', '0.686', '0.863', '0.683', '0.53', '0.82']);
  assert.deepEqual(old.v5.confusion.justice, { stability: 0, order: 0, justice: 10, none: 2 });

  // the classifier version 4 (the third extension added: 724 development paragraphs), scored once on
  // the held-out 80 after its options were fixed: 61 right, one fewer than version 3, so not adopted
  const { items: withThird } = loadSample(true);
  const dev4 = await sampleParagraphs(
    store,
    withThird.filter((i) => i.set === 'dev'),
  );
  const test4 = await sampleParagraphs(
    store,
    withThird.filter((i) => i.set === 'test'),
  );
  assert.deepEqual([dev4.length, test4.length], [724, 80]);
  const v4 = trainOpticsClassifier(
    dev4.map((f) => ({ words: f.words, reading: f.reading, context: f.context, label: f.item.label })),
    CLASSIFIER_V4_OPTIONS,
  );
  const s4 = score(test4.map((f) => ({ truth: f.item.label, predicted: classifyParagraph(v4, f) })));
  assert.equal(s4.agreement.toFixed(4), '0.7625');
  assert.deepEqual([s4.accuracyInterval.low.toFixed(3), s4.accuracyInterval.high.toFixed(3)], ['0.659', '0.842']);
  assert.equal(s4.kappa?.toFixed(3), '0.637');
  assert.deepEqual([s4.kappaInterval?.low.toFixed(2), s4.kappaInterval?.high.toFixed(2)], ['0.48', '0.78']);
  assert.deepEqual(s4.confusion.stability, { stability: 12, order: 1, justice: 0, none: 6 });
  assert.deepEqual(s4.confusion.order, { stability: 0, order: 9, justice: 0, none: 2 });
  assert.deepEqual(s4.confusion.justice, { stability: 1, order: 0, justice: 7, none: 4 });
  assert.deepEqual(s4.confusion.none, { stability: 1, order: 0, justice: 4, none: 33 });

  // convergent validity, 1946-1994, read by the default method (the classifier v5)
  const { method, result } = await practiceConvergence(store);
  assert.equal(method, 'model');
  assert.deepEqual([result.total.resolutions, result.total.withPractice, result.total.agree], [900, 209, 108]);
  await store.close();
});
