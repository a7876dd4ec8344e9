// Tests of the audit trail in the store: appends chain and advance the head; an entry appended
// in a transaction that rolls back leaves no trace; UPDATE and DELETE are refused by the table's
// guard; and with the guard dropped (as someone with write access to the database could),
// editing a field, deleting a middle entry, deleting the last entry, or rewriting a case
// snapshot are each found by verifyAudit at the right place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../../test/support.ts';
import { verifyAudit } from '../../app/audit.ts';
import { genesisHash } from '../../audit/chain.ts';
import { auditDomainsDdl } from '../schema/accounts.ts';
import { appendAudit } from './audit.ts';

async function storeWith(n: number) {
  const store = await tempStore();
  for (let i = 1; i <= n; i++)
    await store.audit.append({
      actor: 'cli:t',
      action: 'test.step',
      subject: `thing:${i}`,
      before: { i: i - 1 },
      after: { i },
    });
  return store;
}

/** Drops the append-only guard, as someone with write access to the database could. */
async function unguard(store: Awaited<ReturnType<typeof tempStore>>) {
  await store.sql.exec(
    store.dialect === 'sqlite'
      ? 'DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;'
      : 'DROP TRIGGER audit_log_no_change ON audit_log;',
  );
}

test('appends chain, advance the head, and verify', async () => {
  const store = await storeWith(4);
  const all = await store.audit.list();
  assert.deepEqual(
    all.map((e) => e.seq),
    [1, 2, 3, 4],
  );
  assert.equal(all[0].prevHash, genesisHash);
  assert.equal(all[2].prevHash, all[1].hash);
  assert.deepEqual(await store.audit.head(), { seq: 4, hash: all[3].hash });
  const r = await verifyAudit(store);
  assert.equal(r.broken, undefined);
  assert.equal(r.entries, 4);
  assert.equal((await verifyAudit(store, { seq: 2, hash: all[1].hash })).broken, undefined);
  assert.deepEqual(
    (await store.audit.list({ subject: 'thing:3' })).map((e) => e.seq),
    [3],
  );
  assert.deepEqual(
    (await store.audit.list({ afterSeq: 2, limit: 1 })).map((e) => e.seq),
    [3],
  );
});

test('an entry appended in a rolled-back transaction leaves nothing', async () => {
  const store = await storeWith(1);
  await assert.rejects(
    store.sql.transaction(
      async (tx) => {
        await appendAudit(tx, { actor: 'cli:t', action: 'test.fail', subject: 'x' });
        throw new Error('the change failed');
      },
      { write: true },
    ),
    /the change failed/,
  );
  assert.equal((await store.audit.list()).length, 1);
  assert.equal((await store.audit.head())?.seq, 1);
  assert.equal((await verifyAudit(store)).broken, undefined);
});

test('the table refuses UPDATE and DELETE', async () => {
  const store = await storeWith(2);
  await assert.rejects(store.sql.run("UPDATE audit_log SET actor = 'x' WHERE seq = 1"), /append-only/);
  await assert.rejects(store.sql.run('DELETE FROM audit_log WHERE seq = 2'), /append-only/);
});

test('an edited field is found at its seq', async () => {
  const store = await storeWith(5);
  await unguard(store);
  await store.sql.exec(`UPDATE audit_log SET after = '{"i":42}' WHERE seq = 3`);
  const r = await verifyAudit(store);
  assert.equal(r.broken?.seq, 3);
  assert.match(r.broken!.problem, /edited/);
});

test('a deleted middle entry is found', async () => {
  const store = await storeWith(5);
  await unguard(store);
  await store.sql.exec('DELETE FROM audit_log WHERE seq = 2');
  const r = await verifyAudit(store);
  assert.equal(r.broken?.seq, 2);
  assert.match(r.broken!.problem, /missing/);
});

test('a deleted last entry is found through the head', async () => {
  const store = await storeWith(5);
  await unguard(store);
  await store.sql.exec('DELETE FROM audit_log WHERE seq = 5');
  const r = await verifyAudit(store);
  assert.equal(r.broken?.seq, 5);
  assert.match(r.broken!.problem, /deleted from the end/);
  // Deleting the head row too is still found.
  await store.sql.exec('DELETE FROM audit_head');
  assert.match((await verifyAudit(store)).broken!.problem, /head record is missing/);
});

test('a case snapshot rewritten in the database no longer matches its audit entry', async () => {
  const store = await tempStore();
  await store.cases.createCase(
    'c1',
    { iso3: 'MMR', title: 'T', status: 'monitoring' },
    [{ version: 1, author: 'a', recordedAt: new Date().toISOString(), reason: 'r', snapshot: { finding: 'genocide' } }],
    'user:a',
  );
  assert.deepEqual((await verifyAudit(store)).caseProblems, []);
  await store.sql.exec(`UPDATE case_versions SET snapshot = '{"finding":"none"}' WHERE case_id = 'c1'`);
  assert.match((await verifyAudit(store)).caseProblems.join(), /case c1 version 1 differs/);
  await store.sql.exec(
    `INSERT INTO case_versions (case_id, version, author, recorded_at, reason, snapshot) VALUES ('c1', 2, 'x', '${new Date().toISOString()}', 'x', '{}')`,
  );
  assert.match((await verifyAudit(store)).caseProblems.join(), /case c1 version 2 has no audit entry/);
});

test("each domain's last entry moves with that domain's changes only, in the change's transaction", async () => {
  const store = await tempStore();
  const domains = async () =>
    Object.fromEntries((await store.audit.domains()).map((d) => [d.domain, `${d.seq}:${d.hash.slice(0, 8)}`]));
  assert.deepEqual(await domains(), {});
  const add = (subject: string) => store.audit.append({ actor: 'cli:t', action: 'test.step', subject });
  const c1 = await add('case:a');
  const u = await add('user:x');
  const c2 = await add('case:b');
  const s = await add('sovereignty');
  const short = (e: { seq: number; hash: string }) => `${e.seq}:${e.hash.slice(0, 8)}`;
  assert.notEqual(short(c1), short(c2));
  assert.deepEqual(await domains(), { case: short(c2), user: short(u), sovereignty: short(s) });
  // rolled back with its change: the domain keeps its last committed entry
  await assert.rejects(
    store.sql.transaction(
      async (tx) => {
        await appendAudit(tx, { actor: 'cli:t', action: 'test.step', subject: 'user:y' });
        throw new Error('abandoned');
      },
      { write: true },
    ),
  );
  assert.equal((await domains()).user, short(u));
  // a store migrated from before the table (migration 10) gets the same from its log
  const kept = await domains();
  await store.sql.exec('DROP TABLE audit_domains');
  await store.sql.exec(auditDomainsDdl(store.dialect));
  assert.deepEqual(await domains(), kept);
  await store.close();
});
