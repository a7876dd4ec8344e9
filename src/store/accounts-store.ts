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
  /** Records a successful login: the new session, the user's throttle cleared, the audit entry. */
  createSession(session: NewSession, audit: AuditInput): Promise<void>;
  session(tokenHash: string): Promise<SessionRecord | undefined>;
  /** Updates the last-seen time (not audited: not a change of state anyone acts on). */
  touchSession(tokenHash: string, at: string): Promise<void>;
  /** Revokes one session (logout); false when it was not active. */
  revokeSession(tokenHash: string, actor: string, at: string): Promise<boolean>;
  /** The throttle state of each key that has one. */
  throttle(keys: string[]): Promise<Map<string, ThrottleState>>;
  /**
   * Records a failed (or refused) login in one transaction: each key's state becomes
   * `next(key, current)` (read under the write lock, so concurrent failures all count) and the
   * audit entry made from the new states is appended. Returns the new states.
   */
  recordLoginFailure(keys: string[], next: (key: string, current: ThrottleState | undefined) => ThrottleState, audit: (states: Map<string, ThrottleState>) => AuditInput): Promise<Map<string, ThrottleState>>;
}
