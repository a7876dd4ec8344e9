// Every use of node:crypto by the accounts capability, and nothing else: password hashing with
// scrypt, session tokens, their stored digests, and the CSRF token tied to a session.
//
// Password record: `scrypt$N$r$p$salt$key` (salt and key base64url). Parameters: N = 2^15,
// r = 8, p = 1 (about 32 MiB of memory and some tens of milliseconds per hash), a 16-byte random
// salt and a 64-byte derived key. The parameters are kept in each record, so raising them later
// leaves existing passwords verifiable. Verification compares in constant time.
import { createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export const scryptParameters = { N: 2 ** 15, r: 8, p: 1, keyLength: 64, saltLength: 16 } as const;

function derive(password: string, salt: Buffer, N: number, r: number, p: number, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** A password record for storage (never the password itself). */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p, keyLength, saltLength } = scryptParameters;
  const salt = randomBytes(saltLength);
  const key = await derive(password, salt, N, r, p, keyLength);
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches the record; false for a malformed record. */
export async function verifyPassword(password: string, record: string): Promise<boolean> {
  const parts = record.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((x) => Number.isInteger(x) && x > 0) || N > 2 ** 20) return false;
  const salt = Buffer.from(parts[4], 'base64url');
  const expected = Buffer.from(parts[5], 'base64url');
  if (expected.length < 16) return false;
  const key = await derive(password, salt, N, r, p, expected.length);
  return timingSafeEqual(key, expected);
}

/**
 * A record no password matches, verified when a login names an unknown user so that the answer
 * takes as long as for a known one (user names cannot be probed by timing).
 */
export const decoyRecord = `scrypt$${scryptParameters.N}$${scryptParameters.r}$${scryptParameters.p}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(64, 1).toString('base64url')}`;

/** A new session token: 32 random bytes (256 bits), base64url. Only the client holds it. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps of a session token: its SHA-256 (a stolen table yields no usable token). */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The CSRF token of a session: an HMAC of a fixed label keyed by the session token (a synchronizer token, not stored). */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('concord-csrf-v1').digest('base64url');
}

/** Whether `given` is the CSRF token of the session, compared in constant time. */
export function csrfTokenValid(sessionToken: string, given: string): boolean {
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const got = Buffer.from(given);
  return got.length === expected.length && timingSafeEqual(got, expected);
}
