// Tests of the history in words: the edits an analyst makes (a response proposed, just cause
// judged with its threshold, a factor rated and re-rated, evidence added, a measure and its
// outcome, a status) each said in one sentence, never as raw JSON.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeInWords } from './change-words.ts';
import { diffDocuments } from './diff.ts';

const base = {
  situation: { title: 'Darfur', statusHistory: [{ status: 'serious-concern', from: '2003-04-25' }] },
  assessments: [{ date: '2004-05-01', factors: [{ factor: 3, rating: 'medium', indicators: [], evidence: [] }] }],
  responses: [] as unknown[],
  ledger: [] as unknown[],
};

test('each change in one sentence', () => {
  const after = structuredClone(base) as typeof base;
  after.situation.statusHistory.push({ status: 'current-crisis', from: '2004-02-01' });
  after.assessments[0].factors[0].rating = 'high';
  (after.assessments[0].factors[0].evidence as unknown[]).push({
    id: 'e1',
    source: 'UN Commission of Inquiry',
    date: '2005-01-25',
    quote: 'killing of civilians',
    origin: 'analyst',
  });
  after.responses.push({
    id: 'r1',
    description: 'Referral to the ICC',
    pillar: 'III',
    responsibility: 'react',
    military: false,
    justCause: {
      judgement: 'met',
      reasoning: 'mass killings reported',
      thresholds: ['large-scale-loss-of-life'],
      harm: 'actual',
      evidence: [{ id: 'e2' }],
    },
  });
  after.ledger.push({
    id: 'm1',
    description: 'Arms embargo',
    actor: 'Security Council',
    date: '2004-07-30',
    pillar: 'III',
    responsibility: 'react',
    outcome: 'pending',
  });
  const lines = diffDocuments(base, after).map(changeInWords);
  assert.deepEqual(
    lines.sort(),
    [
      'factor 3 of the 2004-05-01 assessment: evidence added (UN Commission of Inquiry, 2005-01-25: "killing of civilians")',
      'factor 3 of the 2004-05-01 assessment: rating medium -> high',
      'measure m1 recorded: "Arms embargo" by Security Council on 2004-07-30 (Pillar III, react; outcome pending)',
      'response r1 proposed: "Referral to the ICC" (Pillar III, react)',
      'status current crisis from 2004-02-01 recorded',
    ].sort(),
  );
  const judged = structuredClone(after);
  (judged.responses[0] as { justCause: unknown }).justCause = undefined;
  const withJudgement = diffDocuments(judged, after).map(changeInWords);
  assert.deepEqual(withJudgement, [
    'just cause of r1 judged met: "mass killings reported"; threshold: large scale loss of life (actual); 1 evidence item',
  ]);
  const outcome = structuredClone(after);
  (outcome.ledger[0] as { outcome: string }).outcome = 'partly-effective';
  assert.deepEqual(diffDocuments(after, outcome).map(changeInWords), [
    'measure m1: outcome "pending" -> "partly-effective"',
  ]);
  for (const l of [...lines, ...withJudgement]) assert.doesNotMatch(l, /[{}]/);
});
