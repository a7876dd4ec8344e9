// Account use cases shared by the CLI and the server: user administration (add, role, disable,
// enable, password reset) under the policy of src/accounts, and the login flow: throttle check,
// password check (a decoy check for unknown users, so timing does not reveal which names exist)
// counted in advance and atomically with the lock check (so concurrent attempts cannot outrun it),
// a fresh session token on every login (no session fixation), audited success, failure and
// lock-out (once per lock); resolving a session token to the user; logout.
import {
  addressThrottle,
  passwordProblems,
  sessionPolicy,
  userThrottle,
  usernameProblems,
} from '../accounts/policy.ts';
import { isRole, type Role, roles } from '../accounts/roles.ts';
import { decoyRecord, hashPassword, newSessionToken, tokenDigest, verifyPassword } from '../accounts/secrets.ts';
import { afterFailure, afterSuccess, lockedUntil, releaseClaim, type ThrottleState } from '../accounts/throttle.ts';
import type { SessionRecord, UserSummary } from '../store/accounts-store.ts';
import type { Store } from '../store/store.ts';
import { BadInputError } from '../errors.ts';

function checkRole(role: string): Role {
  if (!isRole(role)) throw new BadInputError(`role must be one of ${roles.join(', ')}; got "${role}"`);
  return role;
}

export async function addUser(
  store: Store,
  username: string,
  role: string,
  password: string,
  actor: string,
): Promise<UserSummary> {
  const problems = [...usernameProblems(username), ...passwordProblems(password, username)];
  if (problems.length) throw new BadInputError(problems.join('; '));
  return store.accounts.addUser({ username, role: checkRole(role), passwordHash: await hashPassword(password) }, actor);
}

export async function resetPassword(
  store: Store,
  username: string,
  password: string,
  actor: string,
): Promise<UserSummary> {
  const problems = passwordProblems(password, username);
  if (problems.length) throw new BadInputError(problems.join('; '));
  return store.accounts.updateUser(
    username,
    { passwordHash: await hashPassword(password) },
    actor,
    'user.password-reset',
  );
}

export function setRole(store: Store, username: string, role: string, actor: string): Promise<UserSummary> {
  return store.accounts.updateUser(username, { role: checkRole(role) }, actor, 'user.role');
}

export function setDisabled(store: Store, username: string, disabled: boolean, actor: string): Promise<UserSummary> {
  return store.accounts.updateUser(username, { disabled }, actor, disabled ? 'user.disable' : 'user.enable');
}

export type LoginResult =
  | { ok: true; token: string; user: { username: string; role: Role }; expiresAt: string }
  | { ok: false; reason: 'invalid' | 'locked'; retryAfterSeconds?: number };

/** A login attempt from `address` (the client's IP). Only the outcome is told, never which part was wrong. */
export async function login(
  store: Store,
  username: string,
  password: string,
  address: string,
  now = new Date(),
): Promise<LoginResult> {
  const userKey = `user:${username}`;
  const addressKey = `address:${address}`;
  const keys = [userKey, addressKey];
  const rule = (key: string) => (key === userKey ? userThrottle : addressThrottle);
  const actor = `anonymous@${address}`;
  const subject = `user:${username}`;

  const latest = (states: Map<string, ThrottleState>) =>
    keys
      .map((k) => lockedUntil(states.get(k), now))
      .filter((x): x is string => x !== undefined)
      .sort()
      .at(-1);
  const retryAfterSeconds = (until: string) => Math.ceil((Date.parse(until) - now.getTime()) / 1000);

  // The attempt is counted as a failure before the password is checked, in one write transaction
  // with the lock check: concurrent attempts (from any process) are claimed one after another, so
  // no more than the rule's maximum are ever checked in a window. A locked key refuses the attempt
  // unchecked and writes nothing: the lock-out was audited once, when it was set.
  const { before, after } = await store.accounts.claimLogin(keys, (current) =>
    latest(current) ? undefined : new Map(keys.map((k) => [k, afterFailure(current.get(k), now, rule(k))])),
  );
  if (!after) return { ok: false, reason: 'locked', retryAfterSeconds: retryAfterSeconds(latest(before)!) };
  const claimed = after.get(userKey)!.failures;
  const lockEnd = latest(after);

  const user = await store.accounts.user(username);
  const matches = await verifyPassword(password, user?.passwordHash ?? decoyRecord);
  if (!user || !matches || user.disabled) {
    await store.accounts.settleLogin(keys, () => new Map(), [
      {
        actor,
        action: 'login.failure',
        subject,
        after: {
          failures: claimed,
          lockedUntil: after.get(userKey)!.lockedUntil ?? after.get(addressKey)!.lockedUntil,
        },
        at: now.toISOString(),
      },
      ...(lockEnd
        ? [{ actor, action: 'login.locked', subject, after: { lockedUntil: lockEnd }, at: now.toISOString() }]
        : []),
    ]);
    return lockEnd
      ? { ok: false, reason: 'locked', retryAfterSeconds: retryAfterSeconds(lockEnd) }
      : { ok: false, reason: 'invalid' };
  }

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + sessionPolicy.absoluteMs).toISOString();
  const tokenHash = tokenDigest(token);
  await store.accounts.settleLogin(
    keys,
    (current) =>
      new Map([
        [userKey, afterSuccess(current.get(userKey), claimed, userThrottle)],
        [addressKey, releaseClaim(current.get(addressKey), addressThrottle)],
      ]),
    [
      {
        actor: `user:${username}`,
        action: 'login.success',
        subject,
        after: { session: tokenHash.slice(0, 12), address, expiresAt },
        at: now.toISOString(),
      },
    ],
    { tokenHash, username, createdAt: now.toISOString(), expiresAt },
  );
  return { ok: true, token, user: { username, role: user.role }, expiresAt };
}

export interface SessionUser {
  username: string;
  role: Role;
  tokenHash: string;
}

/** The user a session token belongs to, if the session is live (not expired, idle too long, revoked, or its user disabled). */
export async function sessionUser(
  store: Store,
  token: string,
  now = new Date(),
  /** How the session record is read (the server reuses one read while the store is unchanged). */
  lookup: (tokenHash: string) => Promise<SessionRecord | undefined> = (h) => store.accounts.session(h),
): Promise<SessionUser | undefined> {
  const tokenHash = tokenDigest(token);
  const s = await lookup(tokenHash);
  const t = now.getTime();
  if (
    !s ||
    s.revokedAt !== null ||
    s.disabled ||
    Date.parse(s.expiresAt) <= t ||
    t - Date.parse(s.lastSeenAt) >= sessionPolicy.idleMs
  )
    return undefined;
  if (t - Date.parse(s.lastSeenAt) >= sessionPolicy.touchEveryMs)
    await store.accounts.touchSession(tokenHash, now.toISOString());
  return { username: s.username, role: s.role, tokenHash };
}

export function logout(store: Store, user: SessionUser, now = new Date()): Promise<boolean> {
  return store.accounts.revokeSession(user.tokenHash, `user:${user.username}`, now.toISOString());
}
