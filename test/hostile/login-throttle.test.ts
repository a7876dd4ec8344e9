// Hostile logins (issue 12, items 2 and 6): bursts of simultaneous logins for one user from one
// address must not get more passwords checked than the throttle allows, a success must not clear
// a lock that concurrent failures set, and refused attempts during a lock must not flood the
// audit trail (the lock-out is recorded once per lock). Runs on both stores (tempStore).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressThrottle, userThrottle } from '../../src/accounts/policy.ts';
import { addUser } from '../../src/app/accounts.ts';
import { verifyAudit } from '../../src/app/audit.ts';
import { buildServer } from '../../src/server/app.ts';
import { tempStore } from '../support.ts';

const pw = 'a long enough passphrase';

async function setup() {
  const store = await tempStore();
  await addUser(store, 'ana', 'analyst', pw, 'cli:test');
  const app = buildServer({ store, webDist: null });
  return { store, app };
}

const attempt = (app: ReturnType<typeof buildServer>, username: string, password: string, remoteAddress = '10.1.2.3') =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

async function actions(store: Awaited<ReturnType<typeof tempStore>>, subject?: string): Promise<string[]> {
  return (await store.audit.list(subject ? { subject } : {})).map((e) => e.action);
}

test('60 simultaneous logins for one user: at most the allowed failures are checked, the lock holds, the right password does not clear it', async () => {
  const { store, app } = await setup();
  const burst = [
    ...Array.from({ length: 59 }, (_, i) => attempt(app, 'ana', `wrong password ${i}`)),
    attempt(app, 'ana', pw),
  ];
  const answers = await Promise.all(burst);
  const checked = (await actions(store, 'user:ana')).filter((a) => a === 'login.failure' || a === 'login.success');
  assert.ok(
    checked.length <= userThrottle.maxFailures,
    `${checked.length} passwords were checked, at most ${userThrottle.maxFailures} may be`,
  );
  const statuses = answers.map((r) => r.statusCode);
  assert.ok(
    statuses.every((s) => s === 401 || s === 429 || s === 200),
    statuses.join(','),
  );
  assert.ok(statuses.filter((s) => s === 429).length >= 60 - userThrottle.maxFailures);
  // The right password came last, after the lock was set: it is refused, and the lock still holds.
  assert.equal(statuses.at(-1), 429);
  assert.equal((await attempt(app, 'ana', pw)).statusCode, 429);
  assert.equal((await store.sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions'))?.n, 0);
  assert.equal((await verifyAudit(store)).broken, undefined);
});

test('a 150-request burst from one address over many user names: at most the address limit is checked', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  await addUser(store, 'ana', 'analyst', pw, 'cli:test');
  const answers = await Promise.all(
    Array.from({ length: 150 }, (_, i) => attempt(app, `user${i}`, `wrong password ${i}`, '10.9.9.9')),
  );
  const failures = (await actions(store)).filter((a) => a === 'login.failure');
  assert.ok(
    failures.length <= addressThrottle.maxFailures,
    `${failures.length} guesses were checked, at most ${addressThrottle.maxFailures} may be`,
  );
  assert.ok(answers.filter((r) => r.statusCode === 429).length >= 150 - addressThrottle.maxFailures);
});

test('refused attempts during a lock are not audited one by one: one login.locked per lock', async () => {
  const { store, app } = await setup();
  for (let i = 0; i < userThrottle.maxFailures; i++) await attempt(app, 'ana', `wrong password ${i}`);
  const before = (await store.audit.list()).length;
  for (let i = 0; i < 40; i++) assert.equal((await attempt(app, 'ana', `still wrong ${i}`)).statusCode, 429);
  await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(app, 'ana', `still wrong ${i}`)));
  assert.equal((await store.audit.list()).length, before, 'refused attempts added audit entries');
  assert.equal((await actions(store, 'user:ana')).filter((a) => a === 'login.locked').length, 1);
});

test('sequential failures then the right password before the lock: the success clears the counter', async () => {
  const { store, app } = await setup();
  for (let i = 0; i < userThrottle.maxFailures - 1; i++)
    assert.equal((await attempt(app, 'ana', `wrong password ${i}`)).statusCode, 401);
  assert.equal((await attempt(app, 'ana', pw)).statusCode, 200);
  for (let i = 0; i < userThrottle.maxFailures - 1; i++)
    assert.equal((await attempt(app, 'ana', `wrong password ${i}`)).statusCode, 401);
  assert.equal((await attempt(app, 'ana', pw)).statusCode, 200);
  assert.equal(
    (await store.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM login_throttle WHERE key = 'user:ana'"))?.n,
    0,
  );
});
