// Tests of the case API schemas: a document the cases core builds (assessment with evidence, a
// response with a just-cause judgement, a ledger measure) is answered whole and unchanged, a
// drifted one is refused, and OpenAPI now describes the document's parts instead of "anything".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newCase } from '../../cases/case.ts';
import { addToLedger, assessFactor, judgeCriterion, proposeResponse } from '../../cases/edits.ts';
import { openApiDocument } from '../openapi.ts';
import { casesRoutes } from '../routes/cases.ts';
import { caseDocument } from './cases.ts';

function builtDocument() {
  let doc = newCase('mmr-rakhine', {
    iso3: 'MMR',
    title: 'Rakhine State',
    populationsAtRisk: ['Rohingya'],
    crimesAlleged: ['genocide'],
    since: '2017-08-25',
    until: null,
    statusHistory: [{ status: 'monitoring', from: '2017-08-25' }],
  });
  doc = assessFactor(doc, '2017-09-01', {
    factor: 1,
    rating: 'high',
    indicators: ['1.1'],
    note: 'armed conflict',
    evidence: { source: 'a report', date: '2017-08-30', quote: 'fighting' },
  });
  const proposed = proposeResponse(doc, {
    description: 'an arms embargo',
    pillar: 'III',
    responsibility: 'react',
    military: false,
  });
  doc = judgeCriterion(
    proposed.doc,
    proposed.id,
    'just-cause',
    { judgement: 'met', reasoning: 'mass killing', thresholds: ['large-scale-loss-of-life'], harm: 'actual' },
    'ana',
    '2017-09-02T10:00:00Z',
  );
  return addToLedger(doc, {
    pillar: 'III',
    responsibility: 'react',
    description: 'a statement',
    actor: 'Security Council',
    date: '2017-09-03',
  }).doc;
}

test('a document built by the cases core is answered whole; a drifted one is refused naming the field', () => {
  const doc = builtDocument();
  assert.deepEqual(caseDocument.parse(doc), doc);
  const drifted = { ...doc, ledger: [{ ...doc.ledger[0], outcome: 'excellent' }] };
  const r = caseDocument.safeParse(drifted);
  assert.equal(r.success, false);
  assert.deepEqual(r.error?.issues[0].path, ['ledger', 0, 'outcome']);
});

test('OpenAPI describes the case document: assessments, responses and ledger items have their properties', () => {
  const api = openApiDocument(casesRoutes, { version: 'test' }) as {
    paths: Record<
      string,
      { get?: { responses: Record<string, { content: { 'application/json': { schema: unknown } } }> } }
    >;
  };
  const schema = JSON.stringify(api.paths['/api/cases/{id}'].get?.responses['200'].content['application/json'].schema);
  for (const property of ['"factors"', '"rating"', '"justCause"', '"thresholds"', '"outcomeNote"', '"pillar"'])
    assert.ok(schema.includes(property), `${property} missing from the schema of GET /api/cases/{id}`);
});
