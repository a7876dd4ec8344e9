// The load test of issue 8 in its reduced CI form (the full one is `npm run bench:load`): readers
// and analysts at once against `concord serve` on the test store (SQLite, or PostgreSQL on the
// suite's second pass), with accounts, cookies and CSRF as in a browser. Asserts what must hold
// at any speed: no failed request, every acknowledged edit stored under its author, real
// optimistic-concurrency refusals retried, and an intact audit chain with an entry per edit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addLoadUsers, openLoadCases, runLoad } from '../bench/load-driver.ts';
import { cliOk, startServer } from './concord-process.ts';
import { homeStore, storeEnv, tempDir } from './support.ts';

test('readers and analysts at once: no errors, no lost edits, contiguous versions, an audit entry per edit, chain intact', {
  timeout: 180_000,
}, async () => {
  const home = tempDir();
  cliOk(home, 'data', 'import', '--from', tempDir()); // an empty data directory: migrates the store only
  const users = addLoadUsers(storeEnv(home), 4);
  const server = await startServer(home);
  try {
    const caseIds = await openLoadCases(server.url, users.analysts[0], 2);
    const r = await runLoad({
      url: server.url,
      seconds: 5,
      readers: 20,
      analysts: 4,
      caseIds,
      readPaths: [
        '/api/cases',
        ...caseIds.map((id) => `/api/cases/${id}`),
        `/api/cases/${caseIds[0]}/history`,
        '/api/auth/me',
      ],
      viewer: users.viewer,
      analystAccounts: users.analysts,
    });
    assert.ok(r.reads.requests > 100, `only ${r.reads.requests} reads`);
    assert.equal(r.reads.errors + r.reads.non2xx + r.reads.timeouts, 0, JSON.stringify(r.reads));
    assert.equal(r.edits.errors, 0, r.edits.errorSamples.join(' | '));
    assert.ok(r.edits.acknowledged >= 8, `only ${r.edits.acknowledged} edits acknowledged`);
    assert.deepEqual(r.lost.missing, []);
    const store = await homeStore(home);
    try {
      // versions are contiguous and each case's latest version is what the analysts were last told
      for (const id of caseIds) {
        const versions = await store.cases.versions(id);
        assert.deepEqual(
          versions.map((v) => v.version),
          versions.map((_, i) => i + 1),
        );
      }
      const edits = await store.audit.list({ limit: 100_000 });
      const ledgerEdits = edits.filter((e) => e.subject.startsWith('case:') && e.actor.startsWith('user:analyst'));
      assert.ok(
        ledgerEdits.length >= r.edits.acknowledged + 1,
        `${ledgerEdits.length} audit entries for ${r.edits.acknowledged} edits`,
      );
    } finally {
      await store.close();
    }
    assert.match(cliOk(home, 'audit', 'verify'), /intact|ok/i);
  } finally {
    await server.stop();
  }
});
