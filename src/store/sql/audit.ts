// The audit trail over SqlDb, for every dialect. appendAudit(tx, entry) is called inside the
// transaction of the change it records: it takes the store's write lock (lockWrites: nothing to
// do when the transaction holds it from its start; a 'deferred' one, a case edit on PostgreSQL,
// takes it here, so it is held for the append and COMMIT only), bumps the one-row audit_head
// (whose row lock also orders concurrent PostgreSQL appenders: the chain cannot fork), then
// inserts the entry chained to the previous hash, stores the new hash in the head, and records it
// as the last entry of its domain (audit_domains): on PostgreSQL these three in one statement
// (data-modifying WITH), so the lock is held for two round trips and COMMIT (issue 18 item 4).
import {
  auditDomain,
  ChainVerifier,
  entryHash,
  type AuditEntry,
  type ChainHead,
  type ChainReport,
} from '../../audit/chain.ts';
import type { AuditFilter, AuditInput, AuditStore, DomainHead } from '../audit-store.ts';
import type { SqlDb } from './db.ts';

/** The columns of audit_log as AuditEntry fields. */
const entryColumns = 'seq, at, actor, action, subject, before, after, prev_hash AS "prevHash", hash';

/** An entry appended, the head's new hash, the domain's last entry: one statement each, or one in all on PostgreSQL. */
const insertEntry =
  'INSERT INTO audit_log (seq, at, actor, action, subject, before, after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
const setHeadHash = 'UPDATE audit_head SET hash = ? WHERE id = 1';
const setDomainHead =
  'INSERT INTO audit_domains (domain, seq, hash) VALUES (?, ?, ?) ON CONFLICT (domain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash';

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

/** Appends an audit entry on `tx`, which must be inside the write transaction of the change it records. */
export async function appendAudit(tx: SqlDb, input: AuditInput): Promise<AuditEntry> {
  // Serialised from here to COMMIT: the next entry hashes this one.
  await tx.lockWrites();
  // Bumped and read in one statement (RETURNING: one round trip fewer on PostgreSQL; with the
  // write lock in the same round trip in a 'deferred' transaction).
  const head = await tx.get<{ seq: number; hash: string }>(
    'UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash',
  );
  if (!head) throw new Error('the audit chain head (audit_head) is missing: run `concord audit verify`');
  const fields = {
    seq: head.seq,
    at: input.at ?? new Date().toISOString(),
    actor: input.actor,
    action: input.action,
    subject: input.subject,
    before: json(input.before),
    after: json(input.after),
    prevHash: head.hash,
  };
  const entry: AuditEntry = { ...fields, hash: entryHash(fields) };
  const logged = [
    entry.seq,
    entry.at,
    entry.actor,
    entry.action,
    entry.subject,
    entry.before,
    entry.after,
    entry.prevHash,
    entry.hash,
  ];
  // The domain's last entry (appenders are serialised by the write lock and the head's row lock).
  const domain = [auditDomain(entry.subject), entry.seq, entry.hash];
  if (tx.dialect === 'postgres')
    await tx.run(`WITH logged AS (${insertEntry}), head AS (${setHeadHash}) ${setDomainHead}`, [
      ...logged,
      entry.hash,
      ...domain,
    ]);
  else {
    await tx.run(insertEntry, logged);
    await tx.run(setHeadHash, [entry.hash]);
    await tx.run(setDomainHead, domain);
  }
  return entry;
}

export class SqlAuditStore implements AuditStore {
  constructor(private readonly db: SqlDb) {}

  append(entry: AuditInput): Promise<AuditEntry> {
    return this.db.transaction((tx) => appendAudit(tx, entry), { write: true });
  }

  async list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.since !== undefined) where.push('at >= ?'), params.push(filter.since);
    if (filter.actor !== undefined) where.push('actor = ?'), params.push(filter.actor);
    if (filter.subject !== undefined) where.push('subject = ?'), params.push(filter.subject);
    if (filter.afterSeq !== undefined) where.push('seq > ?'), params.push(filter.afterSeq);
    const limit = filter.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(filter.limit))}` : '';
    return this.db.all<AuditEntry>(
      `SELECT ${entryColumns} FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq${limit}`,
      params,
    );
  }

  async head(): Promise<ChainHead | undefined> {
    return this.db.get<ChainHead>('SELECT seq, hash FROM audit_head WHERE id = 1');
  }

  async domains(): Promise<DomainHead[]> {
    return this.db.all<DomainHead>('SELECT domain, seq, hash FROM audit_domains');
  }
}

/** The hash chain of the store behind `db` checked whole (in pages) against its head: used before a restore swaps a backup in. */
export async function verifyChainOn(db: SqlDb): Promise<ChainReport> {
  const verifier = new ChainVerifier();
  const audit = new SqlAuditStore(db);
  for (let afterSeq = 0; ; ) {
    const entries = await audit.list({ afterSeq, limit: 2000 });
    for (const e of entries) verifier.push(e);
    if (entries.length < 2000) break;
    afterSeq = entries[entries.length - 1].seq;
  }
  return verifier.finish(await audit.head());
}
