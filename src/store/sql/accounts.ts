// Accounts over SqlDb, for every dialect: users, sessions (by token digest), the login throttle.
// Each write is one write transaction that also appends its audit entry (appendAudit), so the
// audit trail holds an entry for every committed change and none for a rolled-back one.
import type { Role } from '../../accounts/roles.ts';
import type { ThrottleState } from '../../accounts/throttle.ts';
import {
  type AccountsStore,
  type NewSession,
  type SessionRecord,
  type UserChange,
  UserExistsError,
  UserNotFoundError,
  type UserRecord,
  type UserSummary,
} from '../accounts-store.ts';
import type { AuditInput } from '../audit-store.ts';
import { appendAudit } from './audit.ts';
import type { SqlDb } from './db.ts';
import { isUniqueViolation } from './errors.ts';

interface UserRow {
  username: string;
  role: string;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

const toSummary = (r: UserRow): UserSummary => ({
  username: r.username,
  role: r.role as Role,
  disabled: r.disabled === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toRecord = (r: UserRow): UserRecord => ({ ...toSummary(r), passwordHash: r.password_hash });
/** What the audit trail shows of a user (never the password record). */
const audited = (u: UserSummary) => ({ role: u.role, disabled: u.disabled });

export class SqlAccountsStore implements AccountsStore {
  constructor(private readonly db: SqlDb) {}

  async hasUsers(): Promise<boolean> {
    return (await this.db.get('SELECT 1 AS one FROM users LIMIT 1')) !== undefined;
  }

  private async row(db: SqlDb, username: string): Promise<UserRow | undefined> {
    return db.get<UserRow>('SELECT * FROM users WHERE username = ?', [username]);
  }

  async user(username: string): Promise<UserRecord | undefined> {
    const r = await this.row(this.db, username);
    return r && toRecord(r);
  }

  async listUsers(): Promise<UserSummary[]> {
    return (await this.db.all<UserRow>('SELECT * FROM users ORDER BY username')).map(toSummary);
  }

  async addUser(user: { username: string; role: Role; passwordHash: string }, actor: string): Promise<UserSummary> {
    const now = new Date().toISOString();
    try {
      return await this.db.transaction(
        async (tx) => {
          await tx.run(
            'INSERT INTO users (username, role, password_hash, disabled, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)',
            [user.username, user.role, user.passwordHash, now, now],
          );
          const s = toSummary((await this.row(tx, user.username))!);
          await appendAudit(tx, {
            actor,
            action: 'user.add',
            subject: `user:${user.username}`,
            before: null,
            after: audited(s),
            at: now,
          });
          return s;
        },
        { write: true },
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw new UserExistsError(`a user "${user.username}" already exists`);
      throw e;
    }
  }

  async updateUser(username: string, change: UserChange, actor: string, action: string): Promise<UserSummary> {
    const now = new Date().toISOString();
    return this.db.transaction(
      async (tx) => {
        const r = await this.row(tx, username);
        if (!r) throw new UserNotFoundError(`no user "${username}" (see \`concord users list\`)`);
        const before = toSummary(r);
        await tx.run('UPDATE users SET role = ?, disabled = ?, password_hash = ?, updated_at = ? WHERE username = ?', [
          change.role ?? r.role,
          change.disabled === undefined ? r.disabled : change.disabled ? 1 : 0,
          change.passwordHash ?? r.password_hash,
          now,
          username,
        ]);
        let revoked = 0;
        if (change.disabled === true || change.passwordHash !== undefined) {
          revoked = (
            await tx.run(
              'UPDATE sessions SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL AND expires_at > ?',
              [now, username, now],
            )
          ).changes;
        }
        const after = toSummary((await this.row(tx, username))!);
        await appendAudit(tx, {
          actor,
          action,
          subject: `user:${username}`,
          before: audited(before),
          after: {
            ...audited(after),
            ...(change.passwordHash !== undefined ? { passwordChanged: true } : {}),
            ...(revoked ? { sessionsRevoked: revoked } : {}),
          },
          at: now,
        });
        return after;
      },
      { write: true },
    );
  }

  async session(tokenHash: string): Promise<SessionRecord | undefined> {
    const r = await this.db.get<{
      token_hash: string;
      username: string;
      role: string;
      disabled: number;
      created_at: string;
      expires_at: string;
      last_seen_at: string;
      revoked_at: string | null;
    }>(
      'SELECT s.token_hash, s.username, u.role, u.disabled, s.created_at, s.expires_at, s.last_seen_at, s.revoked_at FROM sessions s JOIN users u ON u.username = s.username WHERE s.token_hash = ?',
      [tokenHash],
    );
    return (
      r && {
        tokenHash: r.token_hash,
        username: r.username,
        role: r.role as Role,
        disabled: r.disabled === 1,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        lastSeenAt: r.last_seen_at,
        revokedAt: r.revoked_at,
      }
    );
  }

  async touchSession(tokenHash: string, at: string): Promise<void> {
    await this.db.run('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ? AND last_seen_at < ?', [
      at,
      tokenHash,
      at,
    ]);
  }

  async revokeSession(tokenHash: string, actor: string, at: string): Promise<boolean> {
    return this.db.transaction(
      async (tx) => {
        const r = await tx.get<{ username: string }>(
          'SELECT username FROM sessions WHERE token_hash = ? AND revoked_at IS NULL',
          [tokenHash],
        );
        if (!r) return false;
        await tx.run('UPDATE sessions SET revoked_at = ? WHERE token_hash = ?', [at, tokenHash]);
        await appendAudit(tx, {
          actor,
          action: 'session.revoke',
          subject: `user:${r.username}`,
          before: { session: tokenHash.slice(0, 12) },
          after: { revokedAt: at },
          at,
        });
        return true;
      },
      { write: true },
    );
  }

  private async throttleOn(db: SqlDb, keys: string[]): Promise<Map<string, ThrottleState>> {
    const out = new Map<string, ThrottleState>();
    for (const key of keys) {
      const r = await db.get<{ failures: number; window_start: string; locked_until: string | null }>(
        'SELECT failures, window_start, locked_until FROM login_throttle WHERE key = ?',
        [key],
      );
      if (r) out.set(key, { failures: r.failures, windowStart: r.window_start, lockedUntil: r.locked_until });
    }
    return out;
  }

  throttle(keys: string[]): Promise<Map<string, ThrottleState>> {
    return this.throttleOn(this.db, keys);
  }

  private async writeThrottle(tx: SqlDb, key: string, s: ThrottleState | null, exists: boolean): Promise<void> {
    if (s === null) {
      if (exists) await tx.run('DELETE FROM login_throttle WHERE key = ?', [key]);
      return;
    }
    const params = [s.failures, s.windowStart, s.lockedUntil, key];
    if (exists)
      await tx.run('UPDATE login_throttle SET failures = ?, window_start = ?, locked_until = ? WHERE key = ?', params);
    else
      await tx.run(
        'INSERT INTO login_throttle (failures, window_start, locked_until, key) VALUES (?, ?, ?, ?)',
        params,
      );
  }

  async claimLogin(
    keys: string[],
    claim: (current: Map<string, ThrottleState>) => Map<string, ThrottleState> | undefined,
  ): Promise<{ before: Map<string, ThrottleState>; after: Map<string, ThrottleState> | undefined }> {
    return this.db.transaction(
      async (tx) => {
        const before = await this.throttleOn(tx, keys);
        const after = claim(before);
        if (after) for (const [key, s] of after) await this.writeThrottle(tx, key, s, before.has(key));
        return { before, after };
      },
      { write: true },
    );
  }

  async settleLogin(
    keys: string[],
    settle: (current: Map<string, ThrottleState>) => Map<string, ThrottleState | null>,
    audits: AuditInput[],
    session?: NewSession,
  ): Promise<void> {
    await this.db.transaction(
      async (tx) => {
        const current = await this.throttleOn(tx, keys);
        for (const [key, s] of settle(current)) await this.writeThrottle(tx, key, s, current.has(key));
        if (session) {
          await tx.run(
            'INSERT INTO sessions (token_hash, username, created_at, expires_at, last_seen_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL)',
            [session.tokenHash, session.username, session.createdAt, session.expiresAt, session.createdAt],
          );
        }
        for (const a of audits) await appendAudit(tx, a);
      },
      { write: true },
    );
  }
}
