// Hostile tests of accounts over HTTP: unauthenticated, forged or missing CSRF tokens, a token of
// another session, a viewer trying an analyst's change, an analyst trying an admin's, expired,
// idle, revoked and disabled sessions, lock-out after repeated failures, session fixation,
// cross-site requests, and the embedded single-user mode (loopback only). Each refusal is a
// clear JSON error and changes nothing: the case keeps its versions and the audit trail gains
// nothing but the audited login events.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type TestStore, tempStore } from '../../../test/support.ts';
import { userThrottle } from '../../accounts/policy.ts';
import { addUser } from '../../app/accounts.ts';
import { verifyAudit } from '../../app/audit.ts';
import { buildServer } from '../app.ts';

type App = ReturnType<typeof buildServer>;
const pw = 'a long enough passphrase';

const assessment = { date: '2026-01-10', factor: 1, rating: 'high', note: 'n', reason: 'new reports' };

async function setup() {
  const store = await tempStore();
  await addUser(store, 'root', 'admin', pw, 'cli:test');
  await addUser(store, 'ana', 'analyst', pw, 'cli:test');
  await addUser(store, 'vic', 'viewer', pw, 'cli:test');
  const app = buildServer({ store, webDist: null });
  return { store, app };
}

async function login(app: App, username: string, password = pw, headers: Record<string, string> = {}) {
  const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });
  const set = String(r.headers['set-cookie'] ?? '');
  const token = /concord_session=([^;]*)/.exec(set)?.[1] ?? '';
  return {
    r,
    set,
    cookie: `concord_session=${token}`,
    token,
    csrf: (r.json() as { csrfToken?: string }).csrfToken ?? '',
  };
}

/** What must not change when a request is refused. */
async function state(store: TestStore) {
  return { versions: (await store.cases.versions('mmr-test')).length, audit: (await store.audit.list()).length };
}

async function withCase(app: App, s: { cookie: string; csrf: string }) {
  const r = await app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    payload: {
      id: 'mmr-test',
      country: 'MMR',
      title: 'Test',
      populations: ['Rohingya'],
      since: '2017-08-25',
      reason: 'opened',
    },
  });
  assert.equal(r.statusCode, 201, r.body);
}

function refused(r: { statusCode: number; json(): unknown }, status: number, code: string, message: RegExp) {
  assert.equal(r.statusCode, status);
  const e = (r.json() as { error: { code: string; message: string } }).error;
  assert.equal(e.code, code);
  assert.match(e.message, message);
}

test('without a session every API route but the public ones is 401; login sets a strict HttpOnly cookie', async () => {
  const { app } = await setup();
  refused(await app.inject('/api/cases'), 401, 'unauthenticated', /log in/);
  refused(await app.inject('/api/countries'), 401, 'unauthenticated', /log in/);
  assert.equal((await app.inject('/api/health')).statusCode, 200);
  assert.deepEqual((await app.inject('/api/auth/me')).json(), { mode: 'accounts', user: null, csrfToken: null });
  const bad = await login(app, 'ana', 'wrong password here');
  refused(bad.r, 401, 'unauthenticated', /wrong user name or password/);
  assert.equal(bad.token, '');
  refused((await login(app, 'nobody')).r, 401, 'unauthenticated', /wrong user name or password/);
  const s = await login(app, 'ana');
  assert.equal(s.r.statusCode, 200);
  assert.match(s.set, /HttpOnly/);
  assert.match(s.set, /SameSite=Strict/);
  assert.match(s.set, /Path=\//);
  assert.doesNotMatch(s.set, /Secure/);
  const me = (await app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } })).json();
  assert.deepEqual(me, { mode: 'accounts', user: { username: 'ana', role: 'analyst' }, csrfToken: s.csrf });
  // Behind a TLS proxy (or told so), cookies are Secure.
  const tls = buildServer({ store: (await setup()).store, webDist: null, auth: { secureCookies: true } });
  assert.match((await login(tls, 'ana')).set, /; Secure/);
});

test('CSRF: missing, forged and other-session tokens are refused and change nothing', async () => {
  const { store, app } = await setup();
  const ana = await login(app, 'ana');
  await withCase(app, ana);
  const other = await login(app, 'root');
  const before = await state(store);
  const url = '/api/cases/mmr-test/assessment';
  refused(
    await app.inject({ method: 'POST', url, headers: { cookie: ana.cookie }, payload: assessment }),
    403,
    'csrf',
    /missing CSRF token/,
  );
  refused(
    await app.inject({
      method: 'POST',
      url,
      headers: { cookie: ana.cookie, 'x-csrf-token': 'forged' },
      payload: assessment,
    }),
    403,
    'csrf',
    /invalid CSRF token/,
  );
  // One character changed (always a different one: the token's last character is 'A' one time in 16).
  const altered = `${ana.csrf[0] === 'A' ? 'B' : 'A'}${ana.csrf.slice(1)}`;
  assert.notEqual(altered, ana.csrf);
  refused(
    await app.inject({
      method: 'POST',
      url,
      headers: { cookie: ana.cookie, 'x-csrf-token': altered },
      payload: assessment,
    }),
    403,
    'csrf',
    /invalid CSRF token/,
  );
  refused(
    await app.inject({
      method: 'POST',
      url,
      headers: { cookie: ana.cookie, 'x-csrf-token': other.csrf },
      payload: assessment,
    }),
    403,
    'csrf',
    /does not belong to this session/,
  );
  // A page of another site, even with the right token (say, leaked), is refused.
  refused(
    await app.inject({
      method: 'POST',
      url,
      headers: { cookie: ana.cookie, 'x-csrf-token': ana.csrf, origin: 'https://evil.example' },
      payload: assessment,
    }),
    403,
    'csrf',
    /cross-site/,
  );
  refused(
    await app.inject({
      method: 'POST',
      url,
      headers: { cookie: ana.cookie, 'x-csrf-token': ana.csrf, 'sec-fetch-site': 'cross-site' },
      payload: assessment,
    }),
    403,
    'csrf',
    /cross-site/,
  );
  refused(
    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: ana.cookie } }),
    403,
    'csrf',
    /missing/,
  );
  assert.deepEqual(await state(store), before);
  // With the token, the change goes through, recorded under the logged-in user.
  const ok = await app.inject({
    method: 'POST',
    url,
    headers: { cookie: ana.cookie, 'x-csrf-token': ana.csrf, origin: 'http://localhost:80' },
    payload: assessment,
  });
  assert.equal(ok.statusCode, 200, ok.body);
  const v = (await app.inject({ url: '/api/cases/mmr-test', headers: { cookie: ana.cookie } })).json() as {
    version: { author: string; version: number };
  };
  assert.deepEqual([v.version.version, v.version.author], [2, 'ana']);
  const last = (await store.audit.list()).at(-1)!;
  assert.deepEqual([last.actor, last.action, last.subject], ['user:ana', 'case.append', 'case:mmr-test']);
  // Someone else's name in the body is refused, not recorded.
  const n = await state(store);
  refused(
    await app.inject({
      method: 'POST',
      url,
      headers: { cookie: ana.cookie, 'x-csrf-token': ana.csrf },
      payload: { ...assessment, rating: 'medium', author: 'root' },
    }),
    400,
    'invalid-input',
    /logged in as ana/,
  );
  assert.deepEqual(await state(store), n);
});

test('roles: a viewer cannot change a case, an analyst cannot administer; nothing changes', async () => {
  const { store, app } = await setup();
  const ana = await login(app, 'ana');
  await withCase(app, ana);
  const vic = await login(app, 'vic');
  const before = await state(store);
  assert.equal((await app.inject({ url: '/api/cases/mmr-test', headers: { cookie: vic.cookie } })).statusCode, 200);
  refused(
    await app.inject({
      method: 'POST',
      url: '/api/cases/mmr-test/assessment',
      headers: { cookie: vic.cookie, 'x-csrf-token': vic.csrf },
      payload: assessment,
    }),
    403,
    'forbidden',
    /needs the analyst role; vic is viewer/,
  );
  refused(
    await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: vic.cookie, 'x-csrf-token': vic.csrf },
      payload: { country: 'SDN', title: 'x', populations: ['y'], since: '2020-01-01', reason: 'r' },
    }),
    403,
    'forbidden',
    /analyst/,
  );
  refused(
    await app.inject({
      method: 'POST',
      url: '/api/users/vic/disable',
      headers: { cookie: ana.cookie, 'x-csrf-token': ana.csrf },
    }),
    403,
    'forbidden',
    /needs the admin role; ana is analyst/,
  );
  refused(await app.inject({ url: '/api/audit', headers: { cookie: ana.cookie } }), 403, 'forbidden', /admin/);
  refused(await app.inject({ url: '/api/users', headers: { cookie: vic.cookie } }), 403, 'forbidden', /admin/);
  assert.deepEqual(await state(store), before);
  assert.equal((await store.accounts.user('vic'))?.disabled, false);
  // The viewer may still use the read-only calculators that are POSTs.
  assert.notEqual(
    (
      await app.inject({
        method: 'POST',
        url: '/api/council/vote',
        headers: { cookie: vic.cookie, 'x-csrf-token': vic.csrf },
        payload: { year: 2020, yes: ['USA'] },
      })
    ).statusCode,
    403,
  );
  // An admin disables the viewer: audited, and the viewer's session ends at once.
  const root = await login(app, 'root');
  const d = await app.inject({
    method: 'POST',
    url: '/api/users/vic/disable',
    headers: { cookie: root.cookie, 'x-csrf-token': root.csrf },
  });
  assert.equal(d.statusCode, 200, d.body);
  refused(
    await app.inject({ url: '/api/cases', headers: { cookie: vic.cookie } }),
    401,
    'unauthenticated',
    /expired or was ended/,
  );
  const audit = (await app.inject({ url: '/api/audit?subject=user:vic', headers: { cookie: root.cookie } })).json() as {
    action: string;
    actor: string;
    after: string;
  }[];
  assert.deepEqual(
    audit.map((e) => [e.action, e.actor]),
    [
      ['user.add', 'cli:test'],
      ['login.success', 'user:vic'],
      ['user.disable', 'user:root'],
    ],
  );
  assert.deepEqual(JSON.parse(audit[2].after), { role: 'viewer', disabled: true, sessionsRevoked: 1 });
  assert.equal(
    ((await app.inject({ url: '/api/audit/verify', headers: { cookie: root.cookie } })).json() as { ok: boolean }).ok,
    true,
  );
});

test('expired, idle, logged-out and revoked sessions are 401 and clear the cookie', async () => {
  const { store, app } = await setup();
  const a = await login(app, 'ana');
  assert.equal((await app.inject({ url: '/api/cases', headers: { cookie: a.cookie } })).statusCode, 200);
  await store.sql.run('UPDATE sessions SET expires_at = ? WHERE username = ?', ['2000-01-01T00:00:00.000Z', 'ana']);
  const expired = await app.inject({ url: '/api/cases', headers: { cookie: a.cookie } });
  refused(expired, 401, 'unauthenticated', /expired/);
  assert.match(String(expired.headers['set-cookie']), /concord_session=; .*Max-Age=0/);
  const b = await login(app, 'ana');
  await store.sql.run(
    'UPDATE sessions SET last_seen_at = ? WHERE username = ? AND revoked_at IS NULL AND expires_at > ?',
    [new Date(Date.now() - 3 * 3600e3).toISOString(), 'ana', new Date().toISOString()],
  );
  refused(await app.inject({ url: '/api/cases', headers: { cookie: b.cookie } }), 401, 'unauthenticated', /expired/);
  const c = await login(app, 'ana');
  assert.equal(
    (
      await app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: c.cookie, 'x-csrf-token': c.csrf },
      })
    ).statusCode,
    200,
  );
  refused(
    await app.inject({ url: '/api/cases', headers: { cookie: c.cookie } }),
    401,
    'unauthenticated',
    /expired or was ended/,
  );
  assert.equal((await store.audit.list({ actor: 'user:ana' })).filter((e) => e.action === 'session.revoke').length, 1);
  refused(
    await app.inject({ url: '/api/cases', headers: { cookie: 'concord_session=made-up' } }),
    401,
    'unauthenticated',
    /expired or was ended/,
  );
});

test('lock-out: after the maximum failures even the right password is refused (429), audited, no session made', async () => {
  const { store, app } = await setup();
  for (let i = 0; i < userThrottle.maxFailures - 1; i++)
    refused((await login(app, 'ana', `wrong password ${i}`)).r, 401, 'unauthenticated', /wrong/);
  const last = await login(app, 'ana', 'wrong password again');
  refused(last.r, 429, 'locked', /too many failed logins: try again in 15 minutes/);
  assert.equal(last.r.headers['retry-after'], String(userThrottle.lockMs / 1000));
  const right = await login(app, 'ana');
  refused(right.r, 429, 'locked', /too many failed logins/);
  assert.equal(right.token, '');
  assert.equal((await store.sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions'))?.n, 0);
  const actions = (await store.audit.list({ subject: 'user:ana' })).map((e) => e.action);
  assert.deepEqual(actions, ['user.add', ...Array(userThrottle.maxFailures).fill('login.failure'), 'login.locked']);
  // Another user from the same address is not locked by ana's failures (the address limit is higher).
  assert.equal((await login(app, 'vic')).r.statusCode, 200);
  assert.equal((await verifyAudit(store)).broken, undefined);
});

test('session fixation: a token planted before login is never adopted; each login gets a new token', async () => {
  const { app } = await setup();
  const planted = 'attacker-chosen-token-0123456789abcdef';
  const s1 = await login(app, 'ana', pw, { cookie: `concord_session=${planted}` });
  assert.equal(s1.r.statusCode, 200);
  assert.notEqual(s1.token, planted);
  assert.equal(Buffer.from(s1.token, 'base64url').length, 32);
  refused(
    await app.inject({ url: '/api/cases', headers: { cookie: `concord_session=${planted}` } }),
    401,
    'unauthenticated',
    /expired or was ended/,
  );
  const s2 = await login(app, 'ana');
  assert.notEqual(s2.token, s1.token);
  assert.notEqual(s2.csrf, s1.csrf);
});

test('embedded mode: no accounts, loopback only, no login; cross-site writes refused; actor local:<user>', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  const me = (await app.inject('/api/auth/me')).json() as { mode: string; user: { username: string; role: string } };
  assert.equal(me.mode, 'local');
  assert.match(me.user.username, /^local:/);
  const create = {
    id: 'mmr-test',
    country: 'MMR',
    title: 'Test',
    populations: ['Rohingya'],
    since: '2017-08-25',
    reason: 'opened',
    author: 'Analyst A',
  };
  refused(
    await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { origin: 'https://evil.example' },
      payload: create,
    }),
    403,
    'csrf',
    /cross-site/,
  );
  refused(
    await app.inject({ url: '/api/cases', headers: { host: 'evil.example' } }),
    403,
    'forbidden',
    /only on this machine/,
  );
  refused(await app.inject({ url: '/api/cases', remoteAddress: '10.0.0.5' }), 403, 'forbidden', /only on this machine/);
  assert.equal((await store.audit.list()).length, 0);
  const r = await app.inject({ method: 'POST', url: '/api/cases', payload: create });
  assert.equal(r.statusCode, 201, r.body);
  assert.equal((await store.cases.version('mmr-test'))?.author, 'Analyst A');
  assert.equal((await store.audit.list())[0].actor, me.user.username);
  refused(
    await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } }),
    409,
    'conflict',
    /single-user mode/,
  );
  // A server not allowed the embedded mode (bound beyond loopback) answers nothing without accounts.
  const remote = buildServer({ store, webDist: null, auth: { allowLocal: false } });
  refused(await remote.inject('/api/cases'), 401, 'unauthenticated', /concord users add --role admin/);
  // Once a user exists, login is required here too.
  await addUser(store, 'ana', 'analyst', pw, 'cli:test');
  refused(await app.inject('/api/cases'), 401, 'unauthenticated', /log in/);
});

test("the OpenAPI document shows each route's role; every state-changing route needs analyst or admin", async () => {
  const store = await tempStore();
  const doc = (await buildServer({ store, webDist: null }).inject('/api/openapi.json')).json() as {
    paths: Record<string, Record<string, { 'x-concord-role': string }>>;
  };
  const role = (path: string, m: string) => doc.paths[path][m]['x-concord-role'];
  assert.equal(role('/api/cases', 'get'), 'viewer');
  assert.equal(role('/api/cases', 'post'), 'analyst');
  assert.equal(role('/api/cases/{id}/assessment', 'post'), 'analyst');
  assert.equal(role('/api/users/{username}/disable', 'post'), 'admin');
  assert.equal(role('/api/auth/login', 'post'), 'public');
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      if (m !== 'get' && path.startsWith('/api/cases'))
        assert.ok(['analyst', 'admin'].includes(op['x-concord-role']), `${m} ${path}`);
    }
  }
});

test('behind a TLS-terminating proxy: https, host and client address from X-Forwarded-*; Secure cookies; never the single-user mode', async () => {
  const { store } = await setup();
  const app = buildServer({ store, webDist: null, auth: { trustProxy: true } });
  const proxied = {
    'x-forwarded-for': '203.0.113.9',
    'x-forwarded-proto': 'https',
    'x-forwarded-host': 'concord.example.org',
    origin: 'https://concord.example.org',
  };
  const s = await login(app, 'ana', pw, proxied);
  assert.equal(s.r.statusCode, 200, s.r.body);
  assert.match(s.set, /; Secure/);
  await login(app, 'ana', 'wrong password here', proxied);
  assert.equal((await store.audit.list({ subject: 'user:ana' })).at(-1)?.actor, 'anonymous@203.0.113.9');
  refused((await login(app, 'ana', pw, { ...proxied, origin: 'https://evil.example' })).r, 403, 'csrf', /cross-site/);
  const empty = await tempStore();
  refused(
    await buildServer({ store: empty, webDist: null, auth: { trustProxy: true } }).inject('/api/cases'),
    401,
    'unauthenticated',
    /requires accounts/,
  );
});
