// `concord serve --workers 2` (issue 18 item 4) on a temporary store (SQLite, or PostgreSQL on the
// suite's second pass): a session made through one worker is honoured by the other, an edit made
// through one worker is read back through the other (past its answer cache), the login throttle
// holds across workers, and stopping the primary stops every worker. Each "connection" below is
// one keep-alive socket, so its requests reach one worker, named by /api/health's pid.
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { test } from 'node:test';
import { addLoadUsers } from '../../bench/load-driver.ts';
import { userThrottle } from '../accounts/policy.ts';
import { tokenDigest } from '../accounts/secrets.ts';
import { cli, cliOk, processEnv, spawnServe } from '../../test/concord-process.ts';
import { homeStore, storeEnv, tempDir } from '../../test/support.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: an answer of the server, read freely by the test
  json: any;
}

/** One socket to the server: every request on it is answered by the same worker. */
function connection(base: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const send = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
    new Promise<Answer>((resolve, reject) => {
      const data = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        `${base}${path}`,
        {
          method,
          agent,
          headers: { ...headers, ...(data ? { 'content-type': 'application/json' } : {}) },
        },
        (res) => {
          let text = '';
          res.on('data', (b: Buffer) => (text += b.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  return {
    send,
    pid: async () => (await send('GET', '/api/health')).json.pid as number,
    close: () => agent.destroy(),
  };
}
type Connection = ReturnType<typeof connection>;

/** Connections until one reaches a worker other than `pid` (the primary deals connections out in turn). */
async function otherWorker(base: string, pid: number): Promise<{ c: Connection; pid: number }> {
  for (let i = 0; i < 20; i++) {
    const c = connection(base);
    const p = await c.pid();
    if (p !== pid) return { c, pid: p };
    c.close();
  }
  throw new Error(`20 connections all reached worker ${pid}`);
}

async function logIn(c: Connection, username: string, password: string) {
  const r = await c.send('POST', '/api/auth/login', {}, { username, password });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  const cookie = String(r.headers['set-cookie']).split(';')[0];
  const csrf = (await c.send('GET', '/api/auth/csrf', { cookie })).json.csrfToken as string;
  assert.ok(csrf, 'a CSRF token');
  return { cookie, csrf };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('serve --workers 2: sessions, edits and the answer cache hold across workers; the throttle too', {
  timeout: 300_000,
}, async () => {
  const home = tempDir();
  cliOk(home, 'data', 'import', '--from', tempDir()); // an empty data directory: migrates the store only
  const users = addLoadUsers(storeEnv(home), 2);
  const server = await spawnServe({
    args: ['--no-import', '--workers', '2'],
    env: processEnv(home),
    timeoutMs: 180_000,
  });
  const pids = new Set<number>();
  try {
    const a = connection(server.url);
    const pidA = await a.pid();
    const { c: b, pid: pidB } = await otherWorker(server.url, pidA);
    pids.add(pidA).add(pidB);
    assert.notEqual(server.child.pid, pidA, 'the primary serves no request itself');

    // A session made through worker A is a session on worker B (sessions live in the store).
    const analyst = users.analysts[0];
    const s = await logIn(a, analyst.username, analyst.password);
    const create = await b.send(
      'POST',
      '/api/cases',
      { cookie: s.cookie, 'x-csrf-token': s.csrf },
      {
        id: 'cluster-one',
        country: 'MMR',
        title: 'Situation cluster-one',
        populations: ['Rohingya'],
        crimes: ['genocide'],
        since: '2016-10-09',
        author: analyst.username,
        reason: 'opened',
      },
    );
    assert.equal(create.status, 201, JSON.stringify(create.json));

    // Both workers keep the case's answer; an edit through one is what the other answers next.
    const read = async (c: Connection) => (await c.send('GET', '/api/cases/cluster-one', { cookie: s.cookie })).json;
    assert.equal((await read(a)).summary.currentVersion, 1);
    assert.equal((await read(b)).summary.currentVersion, 1);
    let version = 1;
    for (const [writer, reader] of [
      [a, b],
      [b, a],
      [a, b],
    ] as const) {
      const edit = await writer.send(
        'POST',
        '/api/cases/cluster-one/ledger',
        { cookie: s.cookie, 'x-csrf-token': s.csrf },
        {
          pillar: 'II',
          responsibility: 'prevent',
          description: `measure after version ${version}`,
          actor: 'Test Envoy',
          date: '2017-01-01',
          basedOn: version,
          author: analyst.username,
          reason: `edit ${version}`,
        },
      );
      assert.equal(edit.status, 200, JSON.stringify(edit.json));
      version++;
      const seen = await read(reader);
      assert.equal(
        seen.summary.currentVersion,
        version,
        `worker ${reader === a ? pidA : pidB} answers the version just written`,
      );
      assert.ok(
        JSON.stringify(seen).includes(`measure after version ${version - 1}`),
        'the edit is in what the other worker answers',
      );
    }
    // A stale edit is refused whichever worker gets it (compare-and-set in the store).
    const stale = await b.send(
      'POST',
      '/api/cases/cluster-one/ledger',
      { cookie: s.cookie, 'x-csrf-token': s.csrf },
      {
        pillar: 'II',
        responsibility: 'prevent',
        description: 'from an old version',
        actor: 'Test Envoy',
        date: '2017-01-01',
        basedOn: 1,
        author: analyst.username,
        reason: 'stale',
      },
    );
    assert.equal(stale.status, 409);

    // A session ended behind the server's back (a direct write from this test process, no audit
    // entry) after both workers served it several times is refused by both at their next request.
    const s2 = await logIn(a, analyst.username, analyst.password);
    for (const c of [a, b, a, b]) assert.equal((await c.send('GET', '/api/cases', { cookie: s2.cookie })).status, 200);
    const direct = await homeStore(home);
    try {
      const ended = await direct.sql.run('UPDATE sessions SET revoked_at = ? WHERE token_hash = ?', [
        new Date().toISOString(),
        tokenDigest(s2.cookie.slice(s2.cookie.indexOf('=') + 1)),
      ]);
      assert.equal(ended.changes, 1);
    } finally {
      await direct.close();
    }
    for (const c of [a, b]) assert.equal((await c.send('GET', '/api/cases', { cookie: s2.cookie })).status, 401);

    // Logging out through B ends the session for A too.
    assert.equal((await b.send('POST', '/api/auth/logout', { cookie: s.cookie, 'x-csrf-token': s.csrf })).status, 200);
    const after = await a.send('GET', '/api/auth/me', { cookie: s.cookie });
    assert.equal(after.json.user, null, JSON.stringify(after.json));
    assert.equal((await a.send('GET', '/api/cases', { cookie: s.cookie })).status, 401);

    // The throttle across workers: 12 wrong passwords at once on fresh connections (both workers
    // get some): the first maxFailures - 1 are refused as wrong (401), the one that reaches the
    // maximum locks the name and the rest are refused unchecked (429), as in one process; then the
    // right password is refused through either worker.
    const victim = users.analysts[1];
    const guesses = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const c = connection(server.url);
        try {
          pids.add(await c.pid());
          return (await c.send('POST', '/api/auth/login', {}, { username: victim.username, password: `wrong-${i}` }))
            .status;
        } finally {
          c.close();
        }
      }),
    );
    assert.equal(
      guesses.filter((st) => st === 401).length,
      userThrottle.maxFailures - 1,
      `statuses ${guesses.join(' ')}`,
    );
    assert.equal(
      guesses.filter((st) => st === 429).length,
      13 - userThrottle.maxFailures,
      `statuses ${guesses.join(' ')}`,
    );
    for (const c of [a, b]) {
      const right = await c.send('POST', '/api/auth/login', {}, victim);
      assert.equal(right.status, 429, JSON.stringify(right.json));
    }
    assert.equal(pids.size, 2, `requests reached ${[...pids].join(', ')}`);
    a.close();
    b.close();
  } finally {
    await server.stop();
  }
  assert.deepEqual([...pids].filter(isAlive), [], 'stopping the primary stops its workers');
  assert.match(cliOk(home, 'audit', 'verify'), /intact|ok/i);
});

test('serve --workers outside 1..256 or not a number: exit 2 naming --workers, nothing started', () => {
  const home = tempDir();
  for (const n of ['0', '257', 'two']) {
    const r = cli(home, 'serve', '--port', '0', '--no-import', '--workers', n);
    assert.equal(r.code, 2, `${n}: ${r.stderr}`);
    assert.match(r.stderr, /--workers/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
});
