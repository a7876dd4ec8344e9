// Connecting to PostgreSQL from a database URL: postgres://user:password@host:port/database,
// with an optional `?schema=name` (created when missing, and the connection's search_path) so
// that several stores can share one database (the test suite gives each test its own schema).
// Errors name the environment variable the URL came from, with the password masked.
import pg from 'pg';
import { portableTypes } from '../sql/postgres-db.ts';
import { isPostgresUrl, maskUrl, StoreConfigError } from './url.ts';

export { isPostgresUrl, maskUrl, StoreConfigError };

export interface PostgresTarget {
  config: pg.PoolConfig;
  /** The schema the store lives in (`public` unless the URL names one). */
  schema: string;
  masked: string;
}

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connections of a process's pool unless CONCORD_PG_POOL says otherwise. */
export const defaultPoolSize = 8;

/**
 * The pool size from CONCORD_PG_POOL (1..100; default 8): each Concord process (each server
 * worker) holds up to this many connections (docs/deploying.md).
 */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CONCORD_PG_POOL?.trim();
  if (raw === undefined || raw === '') return defaultPoolSize;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100)
    throw new StoreConfigError(`CONCORD_PG_POOL must be a whole number of connections from 1 to 100 (it is "${raw}")`);
  return n;
}

/** Parses a database URL; `variable` names where it came from, for the error message. */
export function parseDatabaseUrl(url: string, variable = 'CONCORD_DATABASE_URL'): PostgresTarget {
  const masked = maskUrl(url);
  const bad = (why: string) => new StoreConfigError(`${variable} is not a usable PostgreSQL URL (${masked}): ${why}`);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw bad('it does not parse as a URL; expected postgres://user:password@host:port/database');
  }
  if (!/^postgres(ql)?:$/i.test(u.protocol)) throw bad('the scheme must be postgres:// or postgresql://');
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!database) throw bad('it names no database (postgres://user:password@host:port/DATABASE)');
  const schema = u.searchParams.get('schema') ?? 'public';
  if (!schemaName.test(schema)) throw bad(`schema "${schema}" must be lower-case letters, digits and _`);
  for (const k of u.searchParams.keys()) {
    if (!['schema', 'sslmode', 'application_name'].includes(k))
      throw bad(`unknown parameter "${k}" (known: schema, sslmode, application_name)`);
  }
  const sslmode = u.searchParams.get('sslmode');
  return {
    schema,
    masked,
    config: {
      host: decodeURIComponent(u.hostname) || '127.0.0.1',
      port: u.port ? Number(u.port) : 5432,
      user: decodeURIComponent(u.username) || undefined,
      password: decodeURIComponent(u.password) || undefined,
      database,
      ssl: sslmode && sslmode !== 'disable' ? { rejectUnauthorized: sslmode === 'verify-full' } : undefined,
      application_name: u.searchParams.get('application_name') ?? 'concord',
      options: `-c search_path=${schema}`,
      types: portableTypes,
      max: poolSize(),
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
      connectionTimeoutMillis: 10_000,
    },
  };
}

/**
 * A pool on the URL's database whose connections use the URL's schema (created when missing).
 * Checks the server is reachable before returning.
 */
export async function connectPool(
  url: string,
  variable = 'CONCORD_DATABASE_URL',
): Promise<{ pool: pg.Pool; schema: string }> {
  const target = parseDatabaseUrl(url, variable);
  const pool = new pg.Pool(target.config);
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  try {
    const client = await pool.connect();
    try {
      if (target.schema !== 'public') {
        const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [target.schema]);
        if (exists.rowCount === 0) {
          // Two processes may create it at once; the loser's unique violation means it exists.
          await client.query(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`).catch((e: { code?: string }) => {
            if (e.code !== '23505') throw e;
          });
        }
      }
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    const err = e as Error & { code?: string };
    throw new StoreConfigError(
      `${variable}: cannot use the PostgreSQL database at ${target.masked}: ${err.message}${err.code ? ` (${err.code})` : ''}`,
    );
  }
  return { pool, schema: target.schema };
}
