// What accounts ask of the store (implemented once over SqlDb in sql/accounts.ts): users with
// their password record and role, sessions known only by the digest of their token, and the
// login throttle. Every change is audited in its own transaction (user administration, logins
// and their failures, session revocation); the caller says who acts.
import { ConcordError } from '../errors.ts';
import type { Role } from '../accounts/roles.ts';
import type { ThrottleState } from '../accounts/throttle.ts';
import type { AuditInput } from './audit-store.ts';

export interface UserSummary {
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface UserRecord extends UserSummary {
  /** The scrypt record (src/accounts/secrets.ts), never the password. */
  passwordHash: string;
}

export interface SessionRecord {
  tokenHash: string;
  username: string;
  /** The user's role and state now (not at login): a role change or a disable applies at once. */
  role: Role;
  disabled: boolean;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  revokedAt: string | null;
}

export interface NewSession {
  tokenHash: string;
  username: string;
  createdAt: string;
  expiresAt: string;
}

/** Changes to a user; a new password or a disable also revokes the user's sessions. */
export interface UserChange {
  role?: Role;
  disabled?: boolean;
  passwordHash?: string;
}

export class UserExistsError extends ConcordError {
  constructor(message: string) {
    super('conflict', message);
  }
}
export class UserNotFoundError extends ConcordError {
  constructor(message: string) {
    super('not-found', message);
  }
}

export interface AccountsStore {
  /** Whether any user exists (then login is required everywhere). */
  hasUsers(): Promise<boolean>;
  user(username: string): Promise<UserRecord | undefined>;
  listUsers(): Promise<UserSummary[]>;
  addUser(user: { username: string; role: Role; passwordHash: string }, actor: string): Promise<UserSummary>;
  /** Applies `change`, audited as `action` (user.disable, user.enable, user.password-reset, user.role). */
  updateUser(username: string, change: UserChange, actor: string, action: string): Promise<UserSummary>;
  session(tokenHash: string): Promise<SessionRecord | undefined>;
  /** Updates the last-seen time (not audited: not a change of state anyone acts on). */
  touchSession(tokenHash: string, at: string): Promise<void>;
  /** Revokes one session (logout); false when it was not active. */
  revokeSession(tokenHash: string, actor: string, at: string): Promise<boolean>;
  /** The throttle state of each key that has one. */
  throttle(keys: string[]): Promise<Map<string, ThrottleState>>;
  /**
   * Claims a login attempt before its password is checked, atomically (one write transaction:
   * concurrent attempts, in this process or another, are counted one after another):
   * `claim(current)` sees the keys' states read under the write lock and returns the states to
   * store (the attempt counted in advance) or undefined to refuse it unchecked (nothing written).
   * Returns the states read and the states written.
   */
  claimLogin(
    keys: string[],
    claim: (current: Map<string, ThrottleState>) => Map<string, ThrottleState> | undefined,
  ): Promise<{ before: Map<string, ThrottleState>; after: Map<string, ThrottleState> | undefined }>;
  /**
   * Settles a claimed attempt in one write transaction: each key's state becomes
   * `settle(current)` (null: removed), the session (a successful login) is inserted, and the
   * audit entries are appended.
   */
  settleLogin(
    keys: string[],
    settle: (current: Map<string, ThrottleState>) => Map<string, ThrottleState | null>,
    audits: AuditInput[],
    session?: NewSession,
  ): Promise<void>;
}
