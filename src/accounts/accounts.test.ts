// Tests of the accounts core: role inclusion, the password and user-name policy, scrypt records
// (verify, wrong password, tampered record, parameters kept in the record), tokens and CSRF
// tokens, and the login throttle's lock-out decision.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressThrottle, passwordProblems, userThrottle, usernameProblems } from './policy.ts';
import { isRole, roleAllows } from './roles.ts';
import {
  csrfTokenFor,
  csrfTokenValid,
  decoyRecord,
  hashPassword,
  newSessionToken,
  scryptParameters,
  tokenDigest,
  verifyPassword,
} from './secrets.ts';
import { afterFailure, lockedUntil } from './throttle.ts';

test('each role includes the ones below it', () => {
  assert.equal(roleAllows('admin', 'analyst'), true);
  assert.equal(roleAllows('analyst', 'analyst'), true);
  assert.equal(roleAllows('viewer', 'analyst'), false);
  assert.equal(roleAllows('analyst', 'admin'), false);
  assert.equal(isRole('root'), false);
});

test('password and user-name policy', () => {
  assert.deepEqual(passwordProblems('correct horse battery', 'alice'), []);
  assert.match(passwordProblems('short', 'alice')[0], /at least 12 characters \(got 5\)/);
  assert.match(passwordProblems('alice-is-the-best', 'alice').join(), /user name/);
  assert.match(passwordProblems('aaaaaaaaaaaaaaa', 'bob').join(), /4 different/);
  assert.match(passwordProblems(' leading space pw', 'bob').join(), /white space/);
  assert.deepEqual(usernameProblems('alice.b'), []);
  assert.equal(usernameProblems('Alice').length, 1);
  assert.equal(usernameProblems("x'; DROP TABLE users;--").length, 1);
});

test('scrypt records verify the right password only and carry their parameters', async () => {
  const rec = await hashPassword('correct horse battery');
  assert.match(rec, new RegExp(`^scrypt\\$${scryptParameters.N}\\$8\\$1\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{86}$`));
  assert.equal(await verifyPassword('correct horse battery', rec), true);
  assert.equal(await verifyPassword('correct horse batterY', rec), false);
  assert.notEqual(await hashPassword('correct horse battery'), rec, 'a fresh salt each time');
  const parts = rec.split('$');
  parts[5] = Buffer.alloc(64).toString('base64url');
  assert.equal(await verifyPassword('correct horse battery', parts.join('$')), false);
  assert.equal(await verifyPassword('x', 'plain'), false);
  assert.equal(await verifyPassword('anything at all', decoyRecord), false);
});

test('session tokens are random; the store keeps a digest; CSRF tokens are tied to the session', () => {
  const a = newSessionToken();
  const b = newSessionToken();
  assert.notEqual(a, b);
  assert.equal(Buffer.from(a, 'base64url').length, 32);
  assert.match(tokenDigest(a), /^[0-9a-f]{64}$/);
  assert.notEqual(tokenDigest(a), a);
  assert.equal(csrfTokenValid(a, csrfTokenFor(a)), true);
  assert.equal(csrfTokenValid(b, csrfTokenFor(a)), false);
  assert.equal(csrfTokenValid(a, ''), false);
  assert.equal(csrfTokenValid(a, `${csrfTokenFor(a)}x`), false);
});

test('the throttle locks after the maximum failures within the window, for the lock time', () => {
  const t0 = new Date('2026-01-01T00:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);
  let s = undefined as ReturnType<typeof afterFailure> | undefined;
  for (let i = 0; i < userThrottle.maxFailures - 1; i++) s = afterFailure(s, at(i * 1000), userThrottle);
  assert.equal(s!.failures, 4);
  assert.equal(lockedUntil(s, at(5000)), undefined);
  s = afterFailure(s, at(5000), userThrottle);
  assert.equal(lockedUntil(s, at(6000)), new Date(t0.getTime() + 5000 + userThrottle.lockMs).toISOString());
  assert.equal(lockedUntil(s, at(5000 + userThrottle.lockMs + 1)), undefined);
  // After the lock ends, counting starts again.
  assert.equal(afterFailure(s, at(5000 + userThrottle.lockMs + 1), userThrottle).failures, 1);
  // Failures spread wider than the window do not add up.
  let w = afterFailure(undefined, t0, userThrottle);
  w = afterFailure(w, at(userThrottle.windowMs + 1), userThrottle);
  assert.equal(w.failures, 1);
  assert.ok(addressThrottle.maxFailures > userThrottle.maxFailures);
});
