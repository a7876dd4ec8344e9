import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { tempDir, tempStore, testDialect } from '../../test/support.ts';
import { sources } from '../ingest/registry.ts';
import { latestVersion } from '../store/migrations.ts';
import { apiRoutes, buildServer } from './app.ts';

test('health and data status answer JSON over the store; unknown routes are JSON 404s', async () => {
  const store = await tempStore();
  await store.importSource(
    {
      id: 'unsc-records',
      title: 't',
      licence: 'CC0',
      attribution: 'a',
      upstream: 'u',
      tables: ['resolution_records'],
      fromDir: '/d',
      fingerprint: 'f',
      loaderVersion: 1,
    },
    async (sink) => {
      await sink.insert('resolution_records', { number: 1, record_url: 'https://example.org/1' });
    },
  );
  const app = buildServer({ store, webDist: null });
  const health = await app.inject('/api/health');
  assert.equal(health.statusCode, 200);
  // One source of many is loaded: the store is incomplete, and health says so (still 200).
  const { missing: notLoaded, ...rest } = health.json() as { missing: { id: string; title: string }[] };
  assert.equal(notLoaded.length, sources.length - 1);
  assert.ok(notLoaded.some((m) => m.id === 'ungdc' && m.title.length > 0));
  assert.ok(!notLoaded.some((m) => m.id === 'unsc-records'));
  assert.deepEqual(rest, {
    status: 'degraded',
    store: testDialect,
    schemaVersion: latestVersion,
    pid: process.pid,
  });
  const status = await app.inject('/api/data/status');
  const rows = status.json() as { id: string; loaded: boolean; rows: Record<string, number> }[];
  const rec = rows.find((r) => r.id === 'unsc-records');
  assert.deepEqual([rec?.loaded, rec?.rows], [true, { resolution_records: 1 }]);
  assert.ok(rows.every((r) => r.id === 'unsc-records' || !r.loaded));
  const csv = await app.inject('/api/data/status?format=csv');
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  assert.match(
    csv.body,
    /^id,title,loaded,rows,first_year,last_year,imported_at,licence,attribution,upstream,coverage_end,coverage_age_years,imported_days_ago,stale,stale_reason\r\n/,
  );
  assert.match(
    csv.body,
    /\r\nunsc-records,Security Council resolutions in the UN Digital Library \(CR-UNSC record table\),true,1,,,/,
  );
  const missing = await app.inject('/api/nope');
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error.code, 'not-found');
  const post = await app.inject({ method: 'POST', url: '/api/nope' });
  assert.equal(post.json().error.code, 'not-found');
  await app.close();
  await store.close();
});

test('invalid input is a 400 naming the field, never a 500', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  const cases: [string, string][] = [
    ['/api/countries/12', 'params.iso3'],
    ['/api/countries?kind=planet', 'query.kind'],
    ['/api/data/status?format=xml', 'query.format'],
    ['/api/health?format=csv', 'query.format'],
    ['/api/council/seats?year=1900', 'query.year'],
    ['/api/council/seats?year=abc', 'query.year'],
  ];
  for (const [url, field] of cases) {
    const r = await app.inject(url);
    assert.equal(r.statusCode, 400, url);
    assert.equal(r.json().error.code, 'invalid-input', url);
    assert.equal(r.json().error.field, field, url);
  }
  const body = await app.inject({ method: 'POST', url: '/api/council/vote', payload: { yes: ['USA'] } });
  assert.equal(body.statusCode, 400);
  assert.equal(body.json().error.field, 'body.year');
  const notJson = await app.inject({
    method: 'POST',
    url: '/api/council/vote',
    headers: { 'content-type': 'application/json' },
    payload: '{"year":',
  });
  assert.equal(notJson.statusCode, 400);
  assert.equal(notJson.json().error.code, 'bad-request');
  const unknown = await app.inject('/api/countries/ZZZ');
  assert.equal(unknown.statusCode, 404);
  await app.close();
  await store.close();
});

test('the OpenAPI document lists every route with its parameters, and the reference renders it', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  const doc = (await app.inject('/api/openapi.json')).json() as {
    openapi: string;
    paths: Record<string, Record<string, { parameters: { name: string }[] }>>;
  };
  assert.equal(doc.openapi, '3.1.0');
  for (const r of apiRoutes) {
    const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    assert.ok(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${path} missing`);
  }
  assert.deepEqual(
    doc.paths['/api/countries/{iso3}'].get.parameters.map((p) => p.name),
    ['iso3'],
  );
  assert.ok(doc.paths['/api/countries'].get.parameters.some((p) => p.name === 'format'));
  const html = await app.inject('/api/docs');
  assert.match(String(html.headers['content-type']), /text\/html/);
  assert.match(html.body, /\/api\/countries\/\{iso3\}/);
  await app.close();
  await store.close();
});

test('countries and the Council vote answer from the cores', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  const sdn = (await app.inject('/api/countries/sdn')).json();
  assert.deepEqual([sdn.iso3, sdn.isoNumeric, sdn.name], ['SDN', 729, 'Sudan']);
  const seats = (await app.inject('/api/council/seats?year=1960')).json();
  assert.deepEqual([seats.councilSize, seats.threshold, seats.electedSeats], [11, 7, 6]);
  assert.deepEqual(
    seats.permanent.map((p: { name: string }) => p.name),
    ['China', 'France', 'USSR', 'UK', 'USA'],
  );
  const veto = (
    await app.inject({
      method: 'POST',
      url: '/api/council/vote',
      payload: { year: 2024, yes: ['China', 'France', 'UK', 'USA', 'DZA', 'ECU', 'GUY', 'JPN', 'MLT'], no: ['Russia'] },
    })
  ).json();
  assert.deepEqual([veto.reason, veto.vetoedBy], ['veto', ['Russia']]);
  const invalid = (
    await app.inject({ method: 'POST', url: '/api/council/vote', payload: { year: 1950, yes: ['Germany'] } })
  ).json();
  assert.equal(invalid.reason, 'invalid');
  await app.close();
  await store.close();
});

test('cases: open, assess with evidence, propose and judge a response, add a measure, history with diff, export; refusals are 400/404/409', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  const who = { author: 'analyst', reason: 'test' };
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
  const created = await post('/api/cases', {
    country: 'mmr',
    title: 'Rakhine State',
    populations: ['Rohingya'],
    crimes: ['genocide'],
    since: '2017-08-25',
    status: 'current-crisis',
    ...who,
  });
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;
  assert.equal(id, 'mmr-rakhine-state');
  assert.equal(
    (
      await post('/api/cases', {
        country: 'MMR',
        title: 'Rakhine State',
        populations: ['Rohingya'],
        since: '2017-08-25',
        ...who,
      })
    ).statusCode,
    409,
  );
  const bad = await post('/api/cases', { country: 'MMR', title: 'x', populations: [], since: '2017-02-30', ...who });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.field, 'body.populations');
  const assessed = await post(`/api/cases/${id}/assessment`, {
    date: '2024-01-01',
    factor: 10,
    rating: 'high',
    indicators: ['10.1'],
    evidence: { source: 'UN FFM report', date: '2018-09-18', quote: 'genocidal intent' },
    basedOn: 1,
    ...who,
  });
  assert.equal(assessed.statusCode, 200, assessed.body);
  assert.equal(assessed.json().summary.currentVersion, 2);
  assert.equal(
    (await post(`/api/cases/${id}/assessment`, { date: '2024-01-01', factor: 3, rating: 'low', basedOn: 1, ...who }))
      .statusCode,
    409,
  );
  assert.equal(
    (
      await post(`/api/cases/${id}/responses`, {
        description: 'Protection mandate',
        pillar: 'III',
        responsibility: 'react',
        military: true,
        ...who,
      })
    ).statusCode,
    200,
  );
  const judged = await post(`/api/cases/${id}/responses/r1/criteria`, {
    criterion: 'just-cause',
    judgement: 'met',
    reasoning: 'mass killings documented',
    evidence: { source: 'UN FFM report A/HRC/39/64', date: '2018-09-12', quote: 'mass killings' },
    thresholds: ['large-scale-loss-of-life'],
    harm: 'actual',
    ...who,
  });
  assert.equal(judged.statusCode, 200, judged.body);
  assert.equal(
    (
      await post(`/api/cases/${id}/responses/r9/criteria`, {
        criterion: 'last-resort',
        judgement: 'met',
        reasoning: 'x',
        ...who,
      })
    ).statusCode,
    400,
  );
  assert.equal(
    (
      await post(`/api/cases/${id}/ledger`, {
        pillar: 'II',
        responsibility: 'prevent',
        description: 'Special envoy',
        actor: 'Secretary-General',
        date: '2018-04-26',
        ...who,
      })
    ).statusCode,
    200,
  );
  const shown = (await app.inject(`/api/cases/${id}`)).json();
  assert.equal(shown.version.version, 5);
  assert.ok(
    shown.evaluations[0].findings.some(
      (f: { criterion: string; status: string }) => f.criterion === 'just-cause' && f.status === 'met',
    ),
  );
  const history = (await app.inject(`/api/cases/${id}/history?from=1&to=2`)).json();
  assert.equal(history.versions.length, 5);
  assert.ok(
    history.changes.some((c: string) => /assessments\[2024-01-01\]/.test(c)),
    history.changes.join('\n'),
  );
  const html = await app.inject(`/api/cases/${id}/export?as=html`);
  assert.match(String(html.headers['content-type']), /text\/html/);
  assert.match(String(html.headers['content-disposition']), /mmr-rakhine-state\.html/);
  assert.match(html.body, /Rakhine State/);
  const json = await app.inject(`/api/cases/${id}/export?as=json`);
  assert.equal(JSON.parse(json.body).versions.length, 5);
  assert.equal((await app.inject('/api/cases/nope')).statusCode, 404);
  await app.close();
  await store.close();
});

test('cached answers keep their type: JSON and CSV of the same endpoint are kept apart by URL', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  const meta = {
    id: 'unsc-vetoes',
    title: 't',
    licence: 'MIT',
    attribution: 'a',
    upstream: 'u',
    tables: ['vetoes'],
    fromDir: '/d',
    fingerprint: 'f',
    loaderVersion: 1,
  };
  await store.importSource(meta, async () => {});
  const first = await app.inject('/api/council/vetoes');
  assert.deepEqual(first.json(), []);
  const csv = await app.inject('/api/council/vetoes?format=csv');
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  assert.match(String((await app.inject('/api/council/vetoes?format=csv')).headers['content-type']), /^text\/csv/);
  assert.match(String((await app.inject('/api/council/vetoes')).headers['content-type']), /^application\/json/);
  await app.close();
  await store.close();
});

test('answers of recorded state are kept until that state changes, whoever changes it', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  const created = await app.inject({
    method: 'POST',
    url: '/api/cases',
    payload: {
      country: 'MMR',
      title: 'Rakhine State',
      populations: ['Rohingya'],
      since: '2017-08-25',
      author: 'a',
      reason: 'opened',
    },
  });
  assert.equal(created.statusCode, 201, created.body);
  const get = async (url: string) => (await app.inject(url)).json();
  const first = await get('/api/cases/mmr-rakhine-state');
  assert.equal((await get('/api/cases'))[0].title, 'Rakhine State');
  // A change made behind Concord's back (no version, no audit entry) is not seen: the answers are kept.
  await store.sql.run('UPDATE cases SET title = ? WHERE id = ?', ['Changed behind the back', 'mmr-rakhine-state']);
  assert.deepEqual(await get('/api/cases/mmr-rakhine-state'), first);
  assert.equal((await get('/api/cases'))[0].title, 'Rakhine State');
  // A version appended by another writer (as the CLI would, through the store) is seen at once.
  const now = new Date().toISOString();
  const doc = { ...first.document, situation: { ...first.document.situation, title: 'Rakhine and Chin States' } };
  await store.cases.appendVersion(
    'mmr-rakhine-state',
    1,
    { iso3: 'MMR', title: 'Rakhine and Chin States', status: first.summary.status },
    { author: 'cli', recordedAt: now, reason: 'renamed', snapshot: doc },
    'cli:test',
  );
  const second = await get('/api/cases/mmr-rakhine-state');
  assert.deepEqual([second.version.version, second.document.situation.title], [2, 'Rakhine and Chin States']);
  assert.equal((await get('/api/cases'))[0].title, 'Rakhine and Chin States');
  assert.equal((await get('/api/cases/mmr-rakhine-state/history')).versions.length, 2);
  // An earlier version asked for by URL is kept apart from the current one.
  assert.equal((await get('/api/cases/mmr-rakhine-state?version=1')).document.situation.title, 'Rakhine State');
  // A case that does not exist is a 404, and not kept: once created it is found.
  assert.equal((await app.inject('/api/cases/sdn-darfur')).statusCode, 404);
  assert.equal(
    (
      await app.inject({
        method: 'POST',
        url: '/api/cases',
        payload: {
          id: 'sdn-darfur',
          country: 'SDN',
          title: 'Darfur',
          populations: ['Masalit'],
          since: '2023-04-15',
          author: 'a',
          reason: 'opened',
        },
      })
    ).statusCode,
    201,
  );
  assert.equal((await get('/api/cases/sdn-darfur')).summary.id, 'sdn-darfur');
  await app.close();
  await store.close();
});

test('kept answers carry an ETag (If-None-Match: 304 until the state changes) and are sent gzipped to clients that accept it', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  // The reference list (68 KB): kept gzipped; the same bytes whichever way it is sent.
  const plain = await app.inject('/api/countries');
  const zipped = await app.inject({ url: '/api/countries', headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(zipped.headers['content-encoding'], 'gzip');
  assert.equal(zipped.headers.vary, 'accept-encoding');
  assert.match(String(zipped.headers['content-type']), /^application\/json/);
  assert.ok(zipped.rawPayload.length * 4 < plain.rawPayload.length, `gzip ${zipped.rawPayload.length} bytes`);
  assert.equal(gunzipSync(zipped.rawPayload).toString(), plain.body);
  assert.equal(
    (await app.inject({ url: '/api/countries', headers: { 'accept-encoding': 'gzip;q=0' } })).headers[
      'content-encoding'
    ],
    undefined,
  );
  const etag = String(plain.headers.etag);
  assert.match(etag, /^"[\w-]+"$/);
  assert.equal(zipped.headers.etag, etag);
  const again = await app.inject({ url: '/api/countries', headers: { 'if-none-match': `"other", ${etag}` } });
  assert.deepEqual([again.statusCode, again.body, again.headers.etag], [304, '', etag]);
  // Recorded state: the case list's ETag holds until a case changes, then the new answer is sent.
  const open = (title: string) =>
    app.inject({
      method: 'POST',
      url: '/api/cases',
      payload: { country: 'MMR', title, populations: ['Rohingya'], since: '2017-08-25', author: 'a', reason: 'opened' },
    });
  assert.equal((await open('Rakhine State')).statusCode, 201);
  const list = await app.inject('/api/cases');
  const tag = String(list.headers.etag);
  assert.equal((await app.inject({ url: '/api/cases', headers: { 'if-none-match': tag } })).statusCode, 304);
  assert.equal((await open('Chin State')).statusCode, 201);
  const changed = await app.inject({ url: '/api/cases', headers: { 'if-none-match': tag } });
  assert.equal(changed.statusCode, 200);
  assert.notEqual(changed.headers.etag, tag);
  assert.equal(changed.json().length, 2);
  // An answer that is not kept (a 404) has no ETag.
  assert.equal((await app.inject('/api/cases/nope')).headers.etag, undefined);
  await app.close();
  await store.close();
});

test('the web application is sent gzipped only to clients that accept gzip (gzip;q=0 gets it plain)', async () => {
  const dist = tempDir();
  const page = `<!doctype html><title>Concord</title>${'<p>the situation room</p>'.repeat(40)}`;
  writeFileSync(join(dist, 'index.html'), page);
  const store = await tempStore();
  const app = buildServer({ store, webDist: dist });
  try {
    const zipped = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(zipped.rawPayload).toString(), page);
    for (const refusing of ['gzip;q=0', 'br', 'gzip;q=0, *']) {
      const plain = await app.inject({ url: '/', headers: { 'accept-encoding': refusing } });
      assert.equal(plain.headers['content-encoding'], undefined, refusing);
      assert.equal(plain.body, page);
    }
  } finally {
    await app.close();
    await store.close();
  }
});
