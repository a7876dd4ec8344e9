// Tests of the workbench's suggestion and import endpoints over HTTP: the pre-fill from data is
// refused in words (503) when the risk datasets are not imported, with nothing saved; machine
// suggestions in a case (made here by an imported case document, as a pre-fill writes them) are
// confirmed under the analyst's name or rejected (removed); a case exported as JSON is imported
// back under a new id with its history plus one version; malformed imports are 400s naming the
// field, with nothing saved.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../../test/support.ts';
import { buildServer } from '../app.ts';

test('suggestions refused without data, confirmed or rejected; a case imported from its JSON export', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  try {
    const who = { author: 'analyst', reason: 'test' };
    const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
    const made = await post('/api/cases', {
      country: 'MMR',
      title: 'Rakhine State',
      populations: ['Rohingya'],
      crimes: ['genocide'],
      since: '2017-08-25',
      ...who,
    });
    assert.equal(made.statusCode, 201, made.body);

    const prefill = await post('/api/cases/mmr-rakhine-state/suggestions', { date: '2017-08-25', ...who });
    assert.equal(prefill.statusCode, 503, prefill.body);
    assert.match(prefill.json().error.message, /need the datasets the evidence is read from; not imported: .*ucdp/);
    assert.doesNotMatch(prefill.json().error.message, /--suggest/);

    // A version holding machine suggestions, as a pre-fill leaves them (two factors).
    const exported = (await app.inject({ method: 'GET', url: '/api/cases/mmr-rakhine-state/export?as=json' })).json();
    const doc = exported.case ?? exported.versions[exported.versions.length - 1].document;
    const machine = (factor: number, source: string) => ({
      factor,
      rating: 'unknown',
      origin: 'analyst',
      confirmedBy: null,
      indicators: [],
      note: null,
      evidence: [
        {
          id: 'e1',
          source,
          date: '2017-01-01',
          quote: null,
          note: 'a reading from data',
          link: null,
          origin: 'machine',
          confirmedBy: null,
        },
      ],
    });
    const withSuggestions = {
      ...doc,
      id: 'mmr-suggested',
      assessments: [
        {
          date: '2017-08-25',
          factors: Array.from({ length: 14 }, (_, i) =>
            i === 0 ? machine(1, 'UCDP') : i === 8 ? machine(9, 'V-Dem') : { ...machine(i + 1, 'x'), evidence: [] },
          ),
        },
      ],
    };
    const imported = await post('/api/cases/import', { case: withSuggestions, ...who });
    assert.equal(imported.statusCode, 201, imported.body);
    const review = (factors: number[], decision: string) =>
      post('/api/cases/mmr-suggested/suggestions/review', { date: '2017-08-25', factors, decision, ...who });
    assert.equal((await review([1], 'confirm')).statusCode, 200);
    assert.equal((await review([9], 'reject')).statusCode, 200);
    const after = (await app.inject({ method: 'GET', url: '/api/cases/mmr-suggested' })).json();
    const factors = after.document.assessments[0].factors;
    assert.equal(factors[0].evidence[0].confirmedBy, 'analyst');
    assert.deepEqual(factors[8].evidence, []);
    const none = await review([3], 'reject');
    assert.equal(none.statusCode, 400, 'nothing to reject: nothing changes');

    // The JSON export imported back under a new id: every version, plus one recording the import.
    const copy = await post('/api/cases/import', { case: exported, id: 'mmr-copy', ...who, reason: 'desk copy' });
    assert.equal(copy.statusCode, 201, copy.body);
    assert.equal(copy.json().currentVersion, exported.versions.length + 1);
    const history = (await app.inject({ method: 'GET', url: '/api/cases/mmr-copy/history' })).json();
    assert.match(history.versions[history.versions.length - 1].reason, /^imported from the browser: desk copy$/);

    const bad = await post('/api/cases/import', {
      case: { ...doc, id: 'mmr-bad', situation: { iso3: 'MMR' } },
      ...who,
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.json().error.message, /situation/);
    assert.equal((await app.inject({ method: 'GET', url: '/api/cases/mmr-bad' })).statusCode, 404, 'nothing saved');
  } finally {
    await app.close();
    await store.close();
  }
});
