import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli, tempDir } from '../../test/support.ts';
import { openStore, StoreConfigError } from './open.ts';
import { defaultPoolSize, maskUrl, parseDatabaseUrl, poolSize } from './postgres/connect.ts';

test('a database URL is parsed with its schema, and its password never shows in errors', () => {
  const t = parseDatabaseUrl('postgresql://u:s%40cret@db.example:6543/concord?schema=team_a');
  assert.deepEqual(
    [t.config.host, t.config.port, t.config.user, t.config.password, t.config.database, t.schema],
    ['db.example', 6543, 'u', 's@cret', 'concord', 'team_a'],
  );
  assert.equal(maskUrl('postgres://u:s%40cret@h/d'), 'postgres://u:***@h/d');
  assert.throws(() => parseDatabaseUrl('postgres://u:pw@h:5432/'), /CONCORD_DATABASE_URL .*names no database/);
  assert.throws(() => parseDatabaseUrl('postgres://u:pw@h/d?schema=Bad-Name'), /schema "Bad-Name"/);
  assert.throws(
    () => parseDatabaseUrl('postgres://u:pw@h/d?sslcert=x'),
    (e: Error) => /unknown parameter "sslcert"/.test(e.message) && !e.message.includes(':pw@'),
  );
});

test('openStore refuses a non-PostgreSQL URL and an unreachable server, naming the variable', async () => {
  await assert.rejects(
    openStore({ CONCORD_DATABASE_URL: 'mysql://u:pw@h/d', CONCORD_HOME: tempDir() }),
    StoreConfigError,
  );
  await assert.rejects(openStore({ CONCORD_DATABASE_URL: 'postgres://u:topsecret@127.0.0.1:1/d' }), (e: Error) => {
    assert.ok(e instanceof StoreConfigError);
    assert.match(
      e.message,
      /^CONCORD_DATABASE_URL: cannot use the PostgreSQL database at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/d: .*ECONNREFUSED/,
    );
    assert.doesNotMatch(e.message, /topsecret/);
    return true;
  });
  const r = runCli(['data', 'status'], {
    CONCORD_HOME: tempDir(),
    CONCORD_DATABASE_URL: 'postgres://u:topsecret@127.0.0.1:1/d',
  });
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /CONCORD_DATABASE_URL: cannot use the PostgreSQL database at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/d/,
  );
  assert.doesNotMatch(r.stderr, /topsecret/);
});

test('CONCORD_PG_POOL sets the connections of each process (default 8); anything but 1..100 is refused naming it', () => {
  assert.equal(poolSize({}), defaultPoolSize);
  assert.equal(poolSize({ CONCORD_PG_POOL: ' 3 ' }), 3);
  for (const bad of ['0', '101', '2.5', 'many'])
    assert.throws(
      () => poolSize({ CONCORD_PG_POOL: bad }),
      /^.*CONCORD_PG_POOL must be a whole number of connections from 1 to 100/,
    );
});
