// Run by test/run-suite.sh at the end of a PostgreSQL pass: drops the databases of the shared
// real-data stores (test/real-store.ts) built and copied under the pass's CONCORD_TEST_CACHE,
// including copies left by a test process that was killed.
import pg from 'pg';
import { parseDatabaseUrl } from '../src/store/postgres/connect.ts';
import { passDatabases } from './real-store-names.ts';

const cache = process.argv[2];
const url = process.env.CONCORD_TEST_DATABASE_URL?.trim();
if (!cache || !url) {
  console.error('usage: CONCORD_TEST_DATABASE_URL=... node --import tsx test/real-store-cleanup.ts CACHE_DIR');
  process.exit(2);
}
const client = new pg.Client({ ...parseDatabaseUrl(url, 'CONCORD_TEST_DATABASE_URL').config, options: undefined });
await client.connect();

/**
 * Drops one database, asking again for up to a minute when PostgreSQL refuses because a session it
 * may not end is connected: FORCE ends the pass's own sessions, but an autovacuum worker on a
 * freshly copied database belongs to the superuser ("must be a member of the role whose process is
 * being terminated", 42501) and finishes or yields within seconds.
 */
async function dropDatabase(datname: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== '42501' || attempt >= 30) throw e;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

try {
  const [built, copied] = passDatabases(cache);
  const { rows } = await client.query<{ datname: string }>(
    // the copies first: a built database is their template
    'SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2 ORDER BY datname LIKE $1, datname',
    [built, copied],
  );
  for (const { datname } of rows) await dropDatabase(datname);
  console.log(`== dropped ${rows.length} shared real-data database(s) of this pass`);
} finally {
  await client.end();
}
