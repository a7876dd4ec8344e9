// Crash safety of case edits: analysts edit one case through the HTTP API (each edit made from the
// version it read, `basedOn`), and the server is killed with SIGKILL at a random moment while edits
// are in flight, several times over; CLI edits are killed mid-command likewise. After each kill the
// store is opened again: the integrity check passes, versions are contiguous and the case row
// agrees with them, every acknowledged edit (a 2xx answer, or exit 0 with its version printed) is
// there with its content, and nothing is there that was never attempted.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, test } from 'node:test';
import {
  closeSessions,
  concordBin,
  createCaseHttp,
  ledgerEdit,
  processEnv,
  quick,
  type Server,
  startServer,
  withStore,
} from '../concord-process.ts';
import { tempDir } from '../support.ts';

after(closeSessions);

/** After a kill: a sound store holding every acknowledged edit (version -> tag), and only attempted ones. */
async function checkAfterKill(
  home: string,
  id: string,
  acked: Map<number, string>,
  attempted: Set<string>,
): Promise<number> {
  return withStore(home, async (store) => {
    assert.equal(await store.integrityCheck(), 'ok');
    const versions = await store.cases.versions(id);
    const n = versions.length;
    assert.deepEqual(
      versions.map((v) => v.version),
      Array.from({ length: n }, (_, k) => k + 1),
      'versions are contiguous from 1',
    );
    assert.equal((await store.cases.summary(id))?.currentVersion, n, 'the case row agrees with its versions');
    for (const [version, tag] of acked) {
      const v = versions[version - 1];
      assert.ok(v, `acknowledged version ${version} (${tag}) is present`);
      assert.equal(
        v.reason,
        tag === 'created' ? 'opened' : `edit ${tag}`,
        `version ${version} is the acknowledged edit`,
      );
      if (tag !== 'created')
        assert.ok(JSON.stringify(v.snapshot).includes(`"measure ${tag}"`), `version ${version} holds its content`);
    }
    for (const v of versions.slice(1))
      assert.ok(attempted.has(v.reason.replace(/^edit /, '')), `version ${v.version} was attempted (${v.reason})`);
    return n;
  });
}

test('the server killed while analysts edit a case loses no acknowledged edit', async (t) => {
  const home = tempDir();
  const id = 'mmr-crash-edits';
  const acked = new Map<number, string>([[1, 'created']]);
  const attempted = new Set<string>();
  let server: Server = await startServer(home);
  await createCaseHttp(server.url, id);
  for (let round = 0; round < 3; round++) {
    if (round > 0) server = await startServer(home);
    const base = server.url;
    let killed = false;
    let ackedThisRound = 0;
    const analyst = async (name: string) => {
      for (let k = 0; !killed; k++) {
        const tag = `${name}-${round}-${k}`;
        try {
          const current = (await (await fetch(`${base}/api/cases/${id}`)).json()) as {
            summary: { currentVersion: number };
          };
          attempted.add(tag);
          const r = await ledgerEdit(base, id, current.summary.currentVersion, tag);
          if (r.status === 200) {
            acked.set(r.json.summary.currentVersion as number, tag);
            ackedThisRound++;
          } else assert.equal(r.status, 409, `an edit answered ${r.status}: ${JSON.stringify(r.json)}`);
        } catch (e) {
          if (killed) return; // the request died with the server: not acknowledged
          throw e;
        }
      }
    };
    const analysts = ['ana', 'ben', 'cho'].map(analyst);
    while (ackedThisRound < 3) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, Math.random() * 400));
    killed = true;
    server.child.kill('SIGKILL');
    await Promise.all(analysts);
    await server.exited;
    const n = await checkAfterKill(home, id, acked, attempted);
    assert.ok(n >= Math.max(...acked.keys()));
    t.diagnostic(
      `round ${round}: killed with ${n} versions stored, ${acked.size} acknowledged, ${attempted.size} attempted`,
    );
  }
  assert.ok(acked.size > 9, `edits were acknowledged in every round (${acked.size})`);
});

test('CLI edits killed mid-command lose no acknowledged edit', async (t) => {
  const home = tempDir();
  const id = 'mmr-crash-cli';
  await quick(
    home,
    'cases',
    'create',
    '--id',
    id,
    '--country',
    'MMR',
    '--title',
    'CLI crash',
    '--population',
    'p',
    '--since',
    '2016-01-01',
    '--reason',
    'opened',
  );
  const acked = new Map<number, string>([[1, 'created']]);
  const attempted = new Set<string>();
  const edit = (tag: string, killAfterMs: number) =>
    new Promise<void>((done) => {
      attempted.add(tag);
      const child = spawn(
        concordBin,
        [
          'cases',
          'ledger',
          id,
          '--add',
          `measure ${tag}`,
          '--pillar',
          'II',
          '--responsibility',
          'prevent',
          '--by',
          'Test Envoy',
          '--date',
          '2017-01-01',
          '--reason',
          `edit ${tag}`,
        ],
        { env: processEnv(home), stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      child.on('close', (code) => {
        clearTimeout(timer);
        const m = /version (\d+) recorded/.exec(out);
        if (code === 0 && m) acked.set(Number(m[1]), tag);
        done();
      });
    });
  // One edit left to finish gives the length of a command; the others are killed at random
  // moments around its end (store open, transaction, output), one after the other.
  const t0 = Date.now();
  await edit('cli-whole', 60_000);
  const length = Date.now() - t0;
  assert.ok(acked.has(2), 'an edit that is not killed completes');
  // Kill points spread around the command's length; if the machine's speed changes so that
  // every command finishes first, the kills move earlier, until some land mid-command.
  let scale = 1;
  for (let k = 0; k < 5 || (attempted.size - (acked.size - 1) < 2 && k < 20); k++) {
    const killedBefore = attempted.size - (acked.size - 1);
    await edit(`cli-${k}`, length * scale * (0.4 + Math.random() * 1.2));
    if (attempted.size - (acked.size - 1) === killedBefore) scale *= 0.8;
    if (k % 2 === 0) await checkAfterKill(home, id, acked, attempted);
  }
  await checkAfterKill(home, id, acked, attempted);
  assert.ok(attempted.size > acked.size - 1, 'some CLI edits were killed before they answered');
  t.diagnostic(`${attempted.size} CLI edits, ${acked.size - 1} acknowledged, command length ${length} ms`);
});
