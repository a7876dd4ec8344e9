// The readable assessment report of one version of a case: the situation, the latest
// assessment under the Framework of Analysis with its evidence table, the ICISS criteria of each
// proposed response (met, unmet or undetermined, and why), the response ledger by pillar and
// responsibility, and the gap between warning and action. It states findings; it does not
// recommend a course of action.
import { latestAssessment, type CaseDocument, type ResponseEvaluation } from './case.ts';
import { crimeLabels } from './crimes.ts';
import { isUnconfirmedSuggestion } from './evidence.ts';
import { riskFactor } from './framework.ts';
import { criterionLabels } from './iciss.ts';
import { ledgerGrid, pillarLabels, pillars, responsibilities, warningActionGap } from './ledger.ts';
import type { Block } from './report-blocks.ts';
import { currentStatus, statusLabels } from './situation.ts';
import type { VersionMeta } from './versions.ts';

function originLabel(x: { origin: 'analyst' | 'machine'; confirmedBy: string | null }): string {
  if (x.origin === 'analyst') return 'analyst';
  return isUnconfirmedSuggestion(x) ? 'machine-suggested (unconfirmed)' : `machine, confirmed by ${x.confirmedBy}`;
}

export interface ReportInput {
  doc: CaseDocument;
  meta: VersionMeta;
  countryName: string;
  evaluations: ResponseEvaluation[];
  generatedAt: string;
}

export function buildReport({ doc, meta, countryName, evaluations, generatedAt }: ReportInput): Block[] {
  const s = doc.situation;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `${s.title} (${countryName})` },
    {
      kind: 'paragraph',
      text: `Case ${doc.id}, version ${meta.version}, recorded ${meta.recordedAt} by ${meta.author} ("${meta.reason}"). Report generated ${generatedAt}. This report sets out findings against the Framework of Analysis and the ICISS criteria; it does not recommend a course of action.`,
    },
    { kind: 'heading', level: 2, text: 'Situation' },
    {
      kind: 'table',
      headers: ['', ''],
      empty: '',
      rows: [
        ['State or territory', `${countryName} (${s.iso3})`],
        ['Status', `${statusLabels[currentStatus(s)]} (since ${s.statusHistory[s.statusHistory.length - 1].from})`],
        ['Period', `${s.since} to ${s.until ?? 'present'}`],
        ['Populations at risk', s.populationsAtRisk.join('; ')],
        ['Atrocity crimes alleged', s.crimesAlleged.map((c) => crimeLabels[c]).join(', ') || 'none alleged'],
        ['Status history', s.statusHistory.map((h) => `${h.from}: ${statusLabels[h.status]}`).join('\n')],
      ],
    },
  ];

  const a = latestAssessment(doc);
  blocks.push({
    kind: 'heading',
    level: 2,
    text: a ? `Assessment of ${a.date} (Framework of Analysis, 2014)` : 'Assessment',
  });
  if (!a) {
    blocks.push({ kind: 'paragraph', text: 'No assessment recorded yet.' });
  } else {
    if (doc.assessments.length > 1)
      blocks.push({
        kind: 'paragraph',
        text: `Earlier assessments: ${doc.assessments
          .slice(0, -1)
          .map((x) => x.date)
          .join(', ')}.`,
      });
    blocks.push({
      kind: 'table',
      headers: ['Factor', 'Risk factor', 'Rating', 'Indicators', 'Rated by', 'Note'],
      empty: '',
      rows: a.factors.map((f) => [
        String(f.factor),
        riskFactor(f.factor)?.name ?? '',
        f.rating,
        f.indicators.join(', '),
        originLabel(f),
        f.note ?? '',
      ]),
    });
    blocks.push({ kind: 'heading', level: 3, text: 'Evidence' });
    blocks.push({
      kind: 'table',
      headers: ['Factor', 'Source', 'Date', 'Quote or note', 'Link', 'Entered by'],
      empty: 'No evidence recorded.',
      rows: a.factors.flatMap((f) =>
        f.evidence.map((e) => [
          String(f.factor),
          e.source,
          e.date,
          [e.quote && `"${e.quote}"`, e.note].filter(Boolean).join('\n'),
          e.link ?? '',
          originLabel(e),
        ]),
      ),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: 'Proposed responses and the ICISS criteria' });
  if (evaluations.length === 0) blocks.push({ kind: 'paragraph', text: 'No response proposed yet.' });
  for (const ev of evaluations) {
    const r = ev.response;
    blocks.push({ kind: 'heading', level: 3, text: `${r.id}: ${r.description}` });
    blocks.push({
      kind: 'paragraph',
      text: `Pillar ${r.pillar}, responsibility to ${r.responsibility}${r.military ? ', involving military force' : ', not involving military force'}. Criteria read as of ${ev.asOf}: ${ev.tally.met.length} met, ${ev.tally.unmet.length} unmet, ${ev.tally.undetermined.length} undetermined.`,
    });
    blocks.push({
      kind: 'table',
      headers: ['Criterion', 'Finding', 'Why'],
      empty: '',
      rows: ev.findings.map((f) => [criterionLabels[f.criterion], f.status, f.reasons.join('\n')]),
    });
    const evidence = (
      ['justCause', 'rightIntention', 'lastResort', 'proportionalMeans', 'reasonableProspects'] as const
    ).flatMap((k) =>
      (r[k]?.evidence ?? []).map((e) => [
        k.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`),
        e.source,
        e.date,
        [e.quote && `"${e.quote}"`, e.note].filter(Boolean).join('\n'),
        e.link ?? '',
      ]),
    );
    if (evidence.length > 0)
      blocks.push({
        kind: 'table',
        headers: ['Criterion', 'Source', 'Date', 'Quote or note', 'Link'],
        empty: '',
        rows: evidence,
      });
  }

  blocks.push({ kind: 'heading', level: 2, text: 'Response ledger' });
  const grid = ledgerGrid(doc.ledger);
  blocks.push({
    kind: 'table',
    headers: ['Pillar', ...responsibilities.map((r) => `to ${r}`)],
    empty: '',
    rows: pillars.map((p) => [p, ...responsibilities.map((r) => String(grid[p][r].length))]),
  });
  blocks.push({
    kind: 'table',
    headers: ['Id', 'Date', 'Pillar', 'Responsibility', 'Measure', 'By', 'Outcome', 'Source'],
    empty: 'No measures recorded.',
    rows: [...doc.ledger]
      .sort((x, y) => x.date.localeCompare(y.date))
      .map((m) => [
        m.id,
        m.date,
        m.pillar,
        m.responsibility,
        m.description,
        m.actor,
        [m.outcome, m.outcomeNote].filter(Boolean).join(': '),
        [m.source, m.link].filter(Boolean).join('\n'),
      ]),
  });

  const gap = warningActionGap(s, doc.assessments, doc.ledger);
  blocks.push({ kind: 'heading', level: 3, text: 'From warning to action' });
  if (!gap.warning) {
    blocks.push({
      kind: 'paragraph',
      text: 'No warning on record (no status of serious concern or worse, no risk factor rated high).',
    });
  } else {
    blocks.push({
      kind: 'list',
      items: [
        `First warning: ${gap.warning.date} (${gap.warning.why}).`,
        ...pillars.map((p) => {
          const g = gap.byPillar[p];
          return g
            ? `${pillarLabels[p]}: first measure ${g.days} days later (${g.measure.date}, ${g.measure.description}, ${g.measure.actor}).`
            : `${pillarLabels[p]}: no measure since the warning.`;
        }),
      ],
    });
  }
  return blocks;
}
