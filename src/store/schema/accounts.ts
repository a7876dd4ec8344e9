// Tables of accounts and the audit trail (migration 6). Users with their scrypt password record
// and role; sessions keyed by the SHA-256 of their token (the token itself is never stored);
// the login throttle per user name and per client address; and the audit log, append-only and
// hash-chained, with a one-row head that every append updates first (so concurrent PostgreSQL
// transactions queue on its row lock and cannot fork the chain), which also records the last seq
// and hash so a deleted tail is detected. UPDATE and DELETE on audit_log are refused by a trigger
// (a guard against mistakes, not against someone who can drop the trigger: see docs/security.md).
export const accountsDdl = (dialect: 'sqlite' | 'postgres'): string => `
CREATE TABLE users (
  username TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  username TEXT NOT NULL REFERENCES users (username),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX sessions_username ON sessions (username);

CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  window_start TEXT NOT NULL,
  locked_until TEXT
);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  before TEXT,
  after TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject);
CREATE INDEX audit_log_actor ON audit_log (actor);

CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '${'0'.repeat(64)}');
${dialect === 'sqlite' ? sqliteGuard : postgresGuard}`;

const sqliteGuard = `
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;

const postgresGuard = `
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
`;

/**
 * The last audit entry of each domain (the subject up to its first colon, auditDomain): kept by
 * appendAudit in the transaction of the change, so whether anything in a domain (cases,
 * accounts and sessions, the registry, imports...) changed is one small read (issue 18 item 4).
 * Filled from the existing log when the table is made.
 */
export function auditDomainsDdl(dialect: 'sqlite' | 'postgres'): string {
  const domain =
    dialect === 'sqlite'
      ? "CASE WHEN instr(subject, ':') > 0 THEN substr(subject, 1, instr(subject, ':') - 1) ELSE subject END"
      : "split_part(subject, ':', 1)";
  return `
CREATE TABLE audit_domains (
  domain TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_domains (domain, seq, hash)
SELECT ${domain}, seq, hash FROM audit_log
WHERE seq IN (SELECT max(seq) FROM audit_log GROUP BY ${domain});
`;
}
