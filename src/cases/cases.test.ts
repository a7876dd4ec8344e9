// Tests of the case workbench core: validation (the four crimes, the rating scale, indicators
// of their own factor, no future-dated measure), machine suggestions and their confirmation,
// the ICISS findings, right authority without and with an engine, the ledger's warning-action
// gap, the diff between versions, the exchange format and the report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateResponse, newCase, type CaseDocument } from './case.ts';
import { diffDocuments, describeChange } from './diff.ts';
import {
  addToLedger,
  assessFactor,
  confirmFactors,
  judgeCriterion,
  proposeResponse,
  recordAuthority,
  suggestFactors,
  updateSituation,
} from './edits.ts';
import { readExchange, toExchange } from './exchange.ts';
import { warningActionGap } from './ledger.ts';
import { buildReport } from './report.ts';
import { toHtml, toMarkdown } from './report-render.ts';
import { CaseValidationError, validateCase } from './schema.ts';
import { suggestionsFromEvidence } from './suggestions.ts';
import { versionAsOf } from './versions.ts';

const today = '2025-06-01';
const at = '2025-06-01T10:00:00.000Z';

function base(): CaseDocument {
  return newCase('xyz-test-situation', {
    iso3: 'MMR',
    title: 'Test situation',
    populationsAtRisk: ['Group A'],
    crimesAlleged: ['genocide', 'crimes-against-humanity'],
    since: '2017-08-25',
    until: null,
    statusHistory: [{ status: 'monitoring', from: '2016-10-01' }],
  });
}

function problems(doc: unknown): string[] {
  try {
    validateCase(doc, today);
    return [];
  } catch (e) {
    assert.ok(e instanceof CaseValidationError);
    return e.problems;
  }
}

test('a valid case passes; unknown crime, rating off the scale and future measure are each named', () => {
  assert.deepEqual(problems(base()), []);
  const crime = base();
  (crime.situation.crimesAlleged as string[]).push('looting');
  assert.match(
    problems(crime).join('\n'),
    /situation\.crimesAlleged\[2\]: unknown atrocity crime "looting"; expected one of: genocide, war-crimes, ethnic-cleansing, crimes-against-humanity/,
  );
  const rating = assessFactor(base(), '2025-01-01', { factor: 3, rating: 'severe' as never });
  assert.match(
    problems(rating).join('\n'),
    /assessments\[0\]\.factors\[2\]\.rating: unknown rating "severe"; expected one of: absent, low, medium, high, unknown/,
  );
  const future = addToLedger(base(), {
    pillar: 'II',
    responsibility: 'prevent',
    description: 'Envoy',
    actor: 'UN',
    date: '2025-06-02',
  }).doc;
  assert.match(
    problems(future).join('\n'),
    /ledger\[0\]\.date: measure date 2025-06-02 is in the future \(today is 2025-06-01\)/,
  );
});

test('indicators must belong to their factor; status dates must not go backwards; iso3 must be known', () => {
  const ind = assessFactor(base(), '2025-01-01', { factor: 2, indicators: ['2.1', '3.4', 'x'] });
  const p = problems(ind).join('\n');
  assert.match(p, /factors\[1\]\.indicators\[1\]: indicator "3\.4" belongs to factor 3, not factor 2/);
  assert.match(p, /factors\[1\]\.indicators\[2\]: indicator "x" must be written FACTOR\.NUMBER/);
  const back = updateSituation(base(), { status: { status: 'serious-concern', from: '2010-01-01' } });
  assert.match(problems(back).join('\n'), /statusHistory\[1\]\.from: status dates must not go backwards/);
  const where = base();
  where.situation.iso3 = 'XXZ';
  assert.match(problems(where).join('\n'), /situation\.iso3: unknown country or territory code "XXZ"/);
});

test('machine suggestions fill untouched factors only, stay marked until confirmed', () => {
  let doc = assessFactor(base(), '2025-01-01', {
    factor: 1,
    rating: 'low',
    evidence: { source: 'Analyst note', date: '2024-12-01', note: 'calm' },
  });
  doc = suggestFactors(doc, '2025-01-01', [
    {
      factor: 1,
      rating: 'high',
      evidence: [{ source: 'UCDP battle deaths', date: '2024-12-31', note: '1,200 deaths in 2024', link: null }],
    },
    {
      factor: 2,
      rating: 'medium',
      evidence: [{ source: 'Fariss latent human rights', date: '2019-12-31', note: 'score -1.4', link: null }],
    },
  ]);
  const [f1, f2] = doc.assessments[0].factors;
  assert.equal(f1.rating, 'low', 'the analyst rating is kept');
  assert.equal(f1.origin, 'analyst');
  assert.deepEqual(
    f1.evidence.map((e) => [e.id, e.origin]),
    [
      ['e1', 'analyst'],
      ['e2', 'machine'],
    ],
  );
  assert.equal(f2.rating, 'medium');
  assert.equal(f2.origin, 'machine');
  assert.equal(f2.confirmedBy, null);
  const again = suggestFactors(doc, '2025-01-01', [
    {
      factor: 2,
      rating: 'high',
      evidence: [{ source: 'Fariss latent human rights', date: '2019-12-31', note: 'score -1.4', link: null }],
    },
  ]);
  assert.deepEqual(
    again.assessments[0].factors[1],
    f2,
    'a second pre-fill neither duplicates evidence nor changes a suggested rating',
  );
  const confirmed = confirmFactors(doc, '2025-01-01', [1, 2], 'analyst-b');
  assert.equal(confirmed.assessments[0].factors[1].confirmedBy, 'analyst-b');
  assert.equal(confirmed.assessments[0].factors[0].confirmedBy, null, 'an analyst rating needs no confirmation');
  assert.equal(confirmed.assessments[0].factors[0].evidence[1].confirmedBy, 'analyst-b');
  assert.deepEqual(problems(confirmed), []);
});

test("the risk capability's evidence becomes dated, machine-suggested evidence, without a rating", () => {
  const suggestions = suggestionsFromEvidence([
    {
      factor: 1,
      name: 'Situations of armed conflict or other forms of instability',
      group: 'common',
      missing: [],
      evidence: [
        {
          factor: 1,
          indicator: '1.1',
          source: 'UCDP Battle-Related Deaths 25.1',
          measure: 'battle-related deaths, best estimate',
          year: 2017,
          value: 517,
          reading: '517 battle deaths',
          signal: 'risk',
        },
        {
          factor: 1,
          indicator: '1.6',
          source: 'V-Dem, as coded by EWP',
          measure: 'party bans',
          year: 2017,
          value: 0,
          reading: 'not the severest party bans',
          signal: 'mitigating',
        },
      ],
    },
    { factor: 4, name: 'Motives or incentives', group: 'common', missing: ['beyond the data'], evidence: [] },
  ]);
  assert.deepEqual(
    suggestions.map((s) => [s.factor, s.rating, s.evidence.length]),
    [[1, null, 2]],
  );
  assert.deepEqual(suggestions[0].evidence[0], {
    source: 'UCDP Battle-Related Deaths 25.1 (Concord data)',
    date: '2017-01-01',
    note: 'battle-related deaths, best estimate, 2017: 517 battle deaths [risk; indicator 1.1]',
    link: null,
  });
  const doc = suggestFactors(base(), '2017-08-01', suggestions);
  const f1 = doc.assessments[0].factors[0];
  assert.deepEqual(
    [f1.rating, f1.origin, f1.evidence.map((e) => [e.id, e.origin, e.confirmedBy])],
    [
      'unknown',
      'analyst',
      [
        ['e1', 'machine', null],
        ['e2', 'machine', null],
      ],
    ],
  );
  assert.deepEqual(problems(doc), []);
});

function withResponse(): { doc: CaseDocument; id: string } {
  return proposeResponse(base(), {
    description: 'Protection force',
    pillar: 'III',
    responsibility: 'react',
    military: true,
  });
}

test('ICISS findings: undetermined until judged with reasons; met needs evidence for just cause', () => {
  let { doc, id } = withResponse();
  let ev = evaluateResponse(doc, doc.responses[0], today);
  assert.deepEqual(ev.tally.undetermined.length, 6);
  doc = judgeCriterion(
    doc,
    id,
    'just-cause',
    { judgement: 'met', reasoning: 'mass killings reported', thresholds: ['large-scale-loss-of-life'], harm: 'actual' },
    'a',
    at,
  );
  ev = evaluateResponse(doc, doc.responses[0], today);
  assert.equal(ev.findings[0].status, 'undetermined');
  assert.match(ev.findings[0].reasons.join(' '), /asserted without evidence/);
  doc = judgeCriterion(
    doc,
    id,
    'just-cause',
    {
      judgement: 'met',
      reasoning: 'mass killings reported',
      evidence: { source: 'OHCHR report', date: '2025-05-01', quote: 'at least 6,700 killed' },
    },
    'a',
    at,
  );
  doc = judgeCriterion(
    doc,
    id,
    'right-intention',
    { judgement: 'unmet', reasoning: 'stated aims include regime change' },
    'a',
    at,
  );
  doc = judgeCriterion(doc, id, 'last-resort', { judgement: 'met', reasoning: 'mediation failed' }, 'a', at);
  doc = addToLedger(doc, {
    pillar: 'II',
    responsibility: 'prevent',
    description: 'Mediation',
    actor: 'ASEAN',
    date: '2025-02-01',
  }).doc;
  ev = evaluateResponse(doc, doc.responses[0], today);
  const [jc, ri, lr, , , ra] = ev.findings;
  assert.equal(jc.status, 'met');
  assert.equal(
    doc.responses[0].justCause!.thresholds[0],
    'large-scale-loss-of-life',
    'a later judgement keeps the recorded threshold',
  );
  assert.equal(ri.status, 'unmet');
  assert.equal(lr.status, 'met');
  assert.match(lr.reasons.join(' '), /measures already tried by 2025-06-01: Pillar I: 0, Pillar II: 1, Pillar III: 0/);
  assert.equal(ra.status, 'undetermined');
  assert.match(ra.reasons[0], /the routes of authorisation are not recorded/);
  assert.doesNotMatch(ra.reasons[0], /--|`/, 'the reason reaches the browser: no command-line flag');
  assert.deepEqual(problems(doc), []);
});

test('just cause "met" without a threshold is rejected by the schema', () => {
  let { doc, id } = withResponse();
  doc = judgeCriterion(doc, id, 'just-cause', { judgement: 'met', reasoning: 'x' }, 'a', at);
  assert.match(
    problems(doc).join('\n'),
    /responses\[0\]\.justCause\.thresholds: just cause "met" must say which threshold/,
  );
});

const vetoed2011 = {
  state: 'MMR',
  year: 2011,
  date: '2011-10-04',
  crimesAlleged: ['crimes against humanity'],
  draftMeasures: ['condemnation', 'sanctions'],
  positions: {
    BIH: 'yes',
    COL: 'yes',
    FRA: 'yes',
    GAB: 'yes',
    DEU: 'yes',
    NGA: 'yes',
    PRT: 'yes',
    GBR: 'yes',
    USA: 'yes',
    CHN: 'no',
    RUS: 'no',
    BRA: 'abstain',
    IND: 'abstain',
    LBN: 'abstain',
    ZAF: 'abstain',
  },
};

test('right authority comes from the council pathway engine, from the recorded situation', () => {
  let { doc, id } = withResponse();
  assert.match(
    evaluateResponse(doc, doc.responses[0], today).findings[5].reasons[0],
    /routes of authorisation are not recorded/,
  );
  doc = recordAuthority(doc, id, vetoed2011);
  let ra = evaluateResponse(doc, doc.responses[0], today).findings[5];
  assert.equal(ra.status, 'undetermined', 'vetoed, Uniting for Peace open, but no Assembly vote given');
  assert.match(ra.reasons.join('\n'), /security council: vetoed - .*China and Russia/);
  doc = recordAuthority(doc, id, { ...vetoed2011, generalAssembly: { yes: 137, no: 12, abstain: 17 } });
  ra = evaluateResponse(doc, doc.responses[0], today).findings[5];
  assert.equal(ra.status, 'met');
  assert.match(ra.reasons[0], /the General Assembly, in emergency special session, would recommend the measures/);
  doc = recordAuthority(doc, id, { ...vetoed2011, generalAssembly: { yes: 60, no: 70, abstain: 17 } });
  assert.equal(evaluateResponse(doc, doc.responses[0], today).findings[5].status, 'unmet');
  assert.deepEqual(problems(doc), []);
  const wrongState = recordAuthority(doc, id, { ...vetoed2011, state: 'SYR' });
  assert.match(
    problems(wrongState).join('\n'),
    /responses\[0\]\.authority\.state: the pathway situation concerns SYR, the case MMR/,
  );
  const badVote = recordAuthority(doc, id, { ...vetoed2011, positions: { ...vetoed2011.positions, USA: 'maybe' } });
  assert.match(problems(badVote).join('\n'), /responses\[0\]\.authority\.positions\.USA: "maybe" is not a vote/);
});

test("warning-action gap: from the first serious concern or high rating to each pillar's first measure", () => {
  let doc = updateSituation(base(), { status: { status: 'serious-concern', from: '2017-01-10' } });
  doc = assessFactor(doc, '2016-12-01', { factor: 1, rating: 'high' });
  doc = addToLedger(doc, {
    pillar: 'II',
    responsibility: 'prevent',
    description: 'Envoy',
    actor: 'UN',
    date: '2016-12-31',
  }).doc;
  doc = addToLedger(doc, {
    pillar: 'III',
    responsibility: 'react',
    description: 'Sanctions',
    actor: 'EU',
    date: '2018-04-16',
  }).doc;
  const gap = warningActionGap(doc.situation, doc.assessments, doc.ledger);
  assert.deepEqual(gap.warning, { date: '2016-12-01', why: 'risk factor 1 rated high' });
  assert.equal(gap.byPillar.I, null);
  assert.equal(gap.byPillar.II!.days, 30);
  assert.equal(gap.byPillar.III!.days, 501);
});

test('diff: records matched by key, value lists as sets', () => {
  const a = assessFactor(base(), '2025-01-01', { factor: 1, rating: 'low' });
  let b = assessFactor(a, '2025-01-01', { factor: 1, rating: 'high', indicators: ['1.2'] });
  b = updateSituation(b, { populationsAtRisk: ['Group A', 'Group B'] });
  b = addToLedger(b, {
    pillar: 'I',
    responsibility: 'prevent',
    description: 'Inquiry',
    actor: 'Government',
    date: '2025-01-05',
  }).doc;
  const lines = diffDocuments(a, b).map(describeChange);
  assert.deepEqual(lines, [
    '+ situation.populationsAtRisk: Group B',
    '~ assessments[2025-01-01].factors[factor 1].rating: low -> high',
    '+ assessments[2025-01-01].factors[factor 1].indicators: 1.2',
    '+ ledger[m1]: {"id":"m1","pillar":"I","responsibility":"prevent","description":"Inquiry","actor":"Government","date":"2025-01-05","...',
  ]);
  assert.deepEqual(diffDocuments(a, a), []);
  // Equality is that of the JSON: key order does not matter, an undefined key counts as absent.
  assert.deepEqual(
    diffDocuments({ x: { p: 1, q: [1, { r: 2 }] } }, { x: { q: [1, { r: 2 }], p: 1, s: undefined } }),
    [],
  );
  assert.deepEqual(diffDocuments({ x: [[1, 2]] }, { x: [[1, 3]] }).map(describeChange), ['- x[0]: 2', '+ x[0]: 3']);
  assert.deepEqual(diffDocuments({ x: { p: null } }, { x: { p: 0 } }).map(describeChange), ['~ x.p: null -> 0']);
});

test('versions: the one in force at a date', () => {
  const vs = [
    { version: 1, author: 'a', recordedAt: '2025-01-01T09:00:00.000Z', reason: 'opened' },
    { version: 2, author: 'b', recordedAt: '2025-03-01T09:00:00.000Z', reason: 'assessed' },
  ];
  assert.equal(versionAsOf(vs, '2024-12-31'), undefined);
  assert.equal(versionAsOf(vs, '2025-01-01')!.version, 1);
  assert.equal(versionAsOf(vs, '2025-02-28')!.version, 1);
  assert.equal(versionAsOf(vs, '2025-03-01T09:00:00Z')!.version, 2);
});

test('exchange: a full history round-trips; a bad version is named; renaming renames every version', () => {
  const v1 = base();
  const v2 = assessFactor(v1, '2025-01-01', { factor: 4, rating: 'medium' });
  const versions = [
    { version: 1, author: 'a', recordedAt: '2025-01-01T09:00:00.000Z', reason: 'opened', document: v1 },
    { version: 2, author: 'b', recordedAt: '2025-03-01T09:00:00.000Z', reason: 'assessed', document: v2 },
  ];
  const file = JSON.parse(JSON.stringify(toExchange(versions, at)));
  const back = readExchange(file, today);
  assert.equal(back.kind, 'history');
  assert.deepEqual(back.kind === 'history' && back.versions, versions);
  const renamed = readExchange(file, today, 'copy-of-case');
  assert.deepEqual(renamed.kind === 'history' && renamed.versions.map((v) => v.document.id), [
    'copy-of-case',
    'copy-of-case',
  ]);
  file.versions[1].document.ledger.push({
    id: 'm1',
    pillar: 'II',
    responsibility: 'prevent',
    description: 'x',
    actor: 'y',
    date: '2025-04-01',
    outcome: 'unknown',
    outcomeNote: null,
    source: null,
    link: null,
  });
  assert.throws(
    () => readExchange(file, today),
    /versions\[1\]\.document\.ledger\[0\]\.date: measure date 2025-04-01 is in the future \(today is 2025-03-01\)/,
  );
  file.versions[1].version = 3;
  file.versions[1].document.ledger = [];
  assert.throws(() => readExchange(file, today), /versions must be numbered 1, 2, 3/);
});

test('report: evidence table in Markdown and HTML, escaped, and no recommendation', () => {
  let { doc, id } = withResponse();
  doc = assessFactor(doc, '2025-01-01', {
    factor: 10,
    rating: 'high',
    evidence: {
      source: 'Report <A> | B',
      date: '2024-11-01',
      quote: 'they must be "erased"',
      link: 'https://example.org/r',
    },
  });
  doc = judgeCriterion(
    doc,
    id,
    'proportional-means',
    { judgement: 'undetermined', reasoning: 'force size unknown' },
    'a',
    at,
  );
  const meta = { version: 3, author: 'a', recordedAt: at, reason: 'test' };
  const blocks = buildReport({
    doc,
    meta,
    countryName: 'Myanmar',
    evaluations: [evaluateResponse(doc, doc.responses[0], today)],
    generatedAt: at,
  });
  const md = toMarkdown(blocks);
  assert.match(
    md,
    /\| 10 \| Report \\<A\\> \\\| B \| 2024-11-01 \| "they must be "erased"" \| https:\/\/example\.org\/r \| analyst \|/,
  );
  assert.match(md, /\| Right authority \| undetermined \| the routes of authorisation are not recorded/);
  const html = toHtml(blocks);
  assert.match(html, /<td>Report &lt;A&gt; \| B<\/td>/);
  assert.doesNotMatch(`${md}${html}`, /\bintervene\b|\bintervention is\b/i);
});
