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
try {
  const [built, copied] = passDatabases(cache);
  const { rows } = await client.query<{ datname: string }>(
    // the copies first: a built database is their template
    'SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2 ORDER BY datname LIKE $1, datname',
    [built, copied],
  );
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  console.log(`== dropped ${rows.length} shared real-data database(s) of this pass`);
} finally {
  await client.end();
}
