// Slow test on the real corpora (../shared/data, skipped when absent) of issue 17's instruments:
// phrase variants (the 8 speeches that say "humanitarian interventions", "peace-keeping" in 1992,
// "non-interference"), the norm's own sense of "responsibility to protect" (emergence from the
// norm's first use, not 1953, with the excluded uses listed), the optics evaluation figures quoted
// in docs/norms.md (lexicon and classifiers v3 and v4 on the held-out paragraphs) and the convergent-validity
// totals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { realNormsCorpora } from '../../test/norms-corpora.ts';
import { runCli, sharedDataDir } from '../../test/support.ts';
import { parsePhrase } from '../norms/phrase.ts';
import { evaluateOpticsSample } from './norms-optics.ts';
import { CLASSIFIER_V4_OPTIONS, classifyParagraph, trainOpticsClassifier } from '../norms/optics-classifier.ts';
import { score } from '../norms/optics-evaluation.ts';
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

  // the optics evaluation figures quoted in docs/norms.md
  const { evaluation: e } = await evaluateOpticsSample(store, () => {});
  assert.deepEqual([e.dev, e.test], [561, 80]);
  assert.equal(e.lexiconTest.agreement.toFixed(3), '0.700');
  // the classifier (version 3), scored once on the held-out 80 after its options were fixed
  const c = e.classifierTest;
  assert.equal(c.agreement.toFixed(4), '0.7750');
  assert.deepEqual([c.accuracyInterval.low.toFixed(3), c.accuracyInterval.high.toFixed(3)], ['0.672', '0.853']);
  assert.equal(c.kappa?.toFixed(3), '0.662');
  assert.deepEqual([c.kappaInterval?.low.toFixed(2), c.kappaInterval?.high.toFixed(2)], ['0.51', '0.79']);
  assert.deepEqual(c.confusion.stability, { stability: 13, order: 1, justice: 0, none: 5 });
  assert.deepEqual(c.confusion.order, { stability: 0, order: 9, justice: 0, none: 2 });
  assert.deepEqual(c.confusion.justice, { stability: 1, order: 0, justice: 8, none: 3 });
  assert.deepEqual(c.confusion.none, { stability: 0, order: 1, justice: 5, none: 32 });
  assert.equal(e.classifierCrossValidated.agreement.toFixed(3), '0.717');

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

  // convergent validity, 1946-1994, read by the default method (the classifier v3)
  const { method, result } = await practiceConvergence(store);
  assert.equal(method, 'model');
  assert.deepEqual([result.total.resolutions, result.total.withPractice, result.total.agree], [900, 209, 115]);
  await store.close();
});
