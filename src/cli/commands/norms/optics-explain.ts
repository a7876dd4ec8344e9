// `concord norms optics --explain`: the words and rules that decided each paragraph of one
// document (a speech id, or a resolution number), with the model's label and its strongest
// features when a model can be trained in this store (docs/norms.md).
import { explainOptics } from '../../../app/norms-optics.ts';
import { strongestFeatures } from '../../../norms/optics-classifier.ts';
import { type Question, questions as questionOrder } from '../../../norms/optics-lexicon.ts';
import { decisionRules } from '../../../norms/optics.ts';
import type { Corpus, Store } from '../../../store/store.ts';
import { UsageError } from '../../errors.ts';

const opticShort: Record<string, string> = { stability: 'S', order: 'O', justice: 'J' };

/** Prints the explanation of one document's optics (`norms optics --explain`). */
export async function explainDocument(
  store: Store,
  corpus: Corpus,
  docId: string,
  format: 'text' | 'json',
): Promise<void> {
  const key = corpus === 'resolutions' ? resolutionNumber(docId) : docId.trim();
  const { doc, method, paragraphs: paras, items, model, modelLabels } = await explainOptics(store, corpus, key, docId);
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
