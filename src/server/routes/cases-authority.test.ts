// Tests of right authority recorded over HTTP (POST /api/cases/:id/responses/:response/authority):
// the pathway situation set for a response is walked by the council's engine (vetoed in 2011, then
// recommended by the Assembly), and a malformed or foreign situation is a 400 naming the field,
// with nothing saved.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../../test/support.ts';
import { buildServer } from '../app.ts';

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

test('right authority from a pathway situation recorded over HTTP; bad situations refused by field', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  try {
    const who = { author: 'analyst', reason: 'test' };
    const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
    assert.equal(
      (
        await post('/api/cases', {
          country: 'MMR',
          title: 'Rakhine State',
          populations: ['Rohingya'],
          crimes: ['genocide'],
          since: '2017-08-25',
          status: 'current-crisis',
          ...who,
        })
      ).statusCode,
      201,
    );
    assert.equal(
      (
        await post('/api/cases/mmr-rakhine-state/responses', {
          description: 'Protection mandate',
          pillar: 'III',
          responsibility: 'react',
          military: true,
          ...who,
        })
      ).statusCode,
      200,
    );
    const url = '/api/cases/mmr-rakhine-state/responses/r1/authority';
    const rightAuthority = async () =>
      (await app.inject('/api/cases/mmr-rakhine-state'))
        .json()
        .evaluations[0].findings.find((f: { criterion: string }) => f.criterion === 'right-authority');

    const vetoed = await post(url, { situation: vetoed2011, ...who });
    assert.equal(vetoed.statusCode, 200, vetoed.body);
    assert.equal((await rightAuthority()).status, 'undetermined');
    assert.match((await rightAuthority()).reasons.join('\n'), /vetoed/);
    assert.equal(
      (await post(url, { situation: { ...vetoed2011, generalAssembly: { yes: 137, no: 12, abstain: 17 } }, ...who }))
        .statusCode,
      200,
    );
    assert.equal((await rightAuthority()).status, 'met');

    const badVote = await post(url, {
      situation: { ...vetoed2011, positions: { ...vetoed2011.positions, USA: 'maybe' } },
      ...who,
    });
    assert.equal(badVote.statusCode, 400);
    assert.match(badVote.json().error.message, /authority\.positions\.USA: "maybe" is not a vote/);
    const foreign = await post(url, { situation: { ...vetoed2011, state: 'SYR' }, ...who });
    assert.equal(foreign.statusCode, 400);
    assert.match(foreign.json().error.message, /the pathway situation concerns SYR, the case MMR/);
    assert.equal((await post(url, { situation: 'vetoed', ...who })).json().error.field, 'body.situation');
    assert.equal(
      (await app.inject('/api/cases/mmr-rakhine-state')).json().version.version,
      4,
      'nothing saved by the refusals',
    );
  } finally {
    await app.close();
    await store.close();
  }
});
