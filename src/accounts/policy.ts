// The account rules, in one place (docs/security.md quotes them): user names, the password
// policy, session lifetimes, and the login throttle (lock-out after repeated failures).
export const usernamePattern = /^[a-z][a-z0-9._-]{1,39}$/;

export const passwordPolicy = {
  minLength: 12,
  maxLength: 1024,
};

export const sessionPolicy = {
  /** A session ends this long after login, however active. */
  absoluteMs: 12 * 60 * 60 * 1000,
  /** ... or after this long without a request. */
  idleMs: 2 * 60 * 60 * 1000,
  /** The last-seen time is written at most this often (so reads do not each write). */
  touchEveryMs: 60 * 1000,
};

export interface ThrottleRule {
  /** Failures within `windowMs` that lock the key. */
  maxFailures: number;
  windowMs: number;
  /** How long a lock lasts. */
  lockMs: number;
}

/** Per user name: 5 failed logins within 15 minutes lock the account for 15 minutes. */
export const userThrottle: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 };
/** Per client address: 20 failed logins within 15 minutes (any user names) block it for 15 minutes. */
export const addressThrottle: ThrottleRule = { maxFailures: 20, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 };

/** Problems with a user name (empty when acceptable). */
export function usernameProblems(name: string): string[] {
  return usernamePattern.test(name)
    ? []
    : [
        `user name "${name}" must be 2-40 characters: a lower-case letter, then lower-case letters, digits, ".", "_" or "-"`,
      ];
}

/** Problems with a new password (empty when acceptable); the password itself is never echoed. */
export function passwordProblems(password: string, username: string): string[] {
  const out: string[] = [];
  const length = [...password].length;
  if (length < passwordPolicy.minLength)
    out.push(`a password needs at least ${passwordPolicy.minLength} characters (got ${length})`);
  if (length > passwordPolicy.maxLength) out.push(`a password may have at most ${passwordPolicy.maxLength} characters`);
  if (password.trim() !== password) out.push('a password may not begin or end with white space');
  if (password.toLowerCase().includes(username.toLowerCase())) out.push('a password may not contain the user name');
  if (length >= passwordPolicy.minLength && new Set(password).size < 4)
    out.push('a password needs at least 4 different characters');
  return out;
}
