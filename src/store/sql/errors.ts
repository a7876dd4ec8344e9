// Recognizing the database's own refusals across dialects, so stores can turn them into the
// domain's errors: a unique-key violation (SQLite SQLITE_CONSTRAINT_PRIMARYKEY/UNIQUE,
// PostgreSQL SQLSTATE 23505).
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
