// The audit trail's hash chain. Each entry's hash is SHA-256 over a canonical serialization of
// its fields and the previous entry's hash: the JSON array
//   [seq, at, actor, action, subject, before, after, prevHash]
// (before/after are the JSON texts as stored, or null). The first entry's prevHash is 64 zeros.
// A verifier walks the entries in seq order and reports the first break: an entry whose content
// no longer matches its hash (edited), a gap in seq (deleted), a prevHash that is not the hash
// before it (deleted or replaced), or a log that ends before the head (tail deleted).
// node:crypto is used only for the digest; no other I/O.
import { createHash } from 'node:crypto';

export const genesisHash = '0'.repeat(64);

export interface AuditEntry {
  seq: number;
  /** ISO time. */
  at: string;
  /** Who: `user:NAME` (logged in), `local:OSUSER` (embedded mode), `cli:OSUSER` (command line), `anonymous` (failed login). */
  actor: string;
  /** What: `case.create`, `case.append`, `user.add`, `login.failure`, ... */
  action: string;
  /** What it was done to: `case:ID`, `user:NAME`, `session:...`. */
  subject: string;
  /** JSON text of the state before / after, or null. */
  before: string | null;
  after: string | null;
  prevHash: string;
  hash: string;
}

export type AuditFields = Omit<AuditEntry, 'hash'>;

/**
 * The domain of an entry: its subject up to the first colon (`case:X` -> `case`, `user:NAME` ->
 * `user`, `sovereignty` -> `sovereignty`). The store keeps the last entry of each domain
 * (audit_domains), so a reader can tell whether anything in a domain changed with one query.
 */
export function auditDomain(subject: string): string {
  const colon = subject.indexOf(':');
  return colon < 0 ? subject : subject.slice(0, colon);
}

export function entryHash(e: AuditFields): string {
  const canonical = JSON.stringify([e.seq, e.at, e.actor, e.action, e.subject, e.before, e.after, e.prevHash]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The chain's head as the store records it: the last seq and hash appended. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export interface ChainBreak {
  seq: number;
  problem: string;
}

export interface ChainReport {
  entries: number;
  head: ChainHead;
  broken?: ChainBreak;
}

/** Walks entries in seq order (fed in pages); `finish` compares the end with the recorded head. */
export class ChainVerifier {
  private last: ChainHead = { seq: 0, hash: genesisHash };
  private count = 0;
  private broken: ChainBreak | undefined;
  private anchorSeen = false;

  /** An anchor (seq and hash kept elsewhere) the chain must still contain. */
  constructor(private readonly anchor?: ChainHead) {}

  push(e: AuditEntry): void {
    if (this.broken) return;
    this.count++;
    const expectedSeq = this.last.seq + 1;
    if (e.seq !== expectedSeq) {
      this.broken =
        e.seq > expectedSeq
          ? {
              seq: expectedSeq,
              problem: `entr${e.seq - expectedSeq > 1 ? `ies ${expectedSeq} to ${e.seq - 1} are` : `y ${expectedSeq} is`} missing (deleted): the log jumps from ${this.last.seq} to ${e.seq}`,
            }
          : { seq: e.seq, problem: `entry ${e.seq} is out of order after ${this.last.seq}` };
      return;
    }
    if (e.prevHash !== this.last.hash) {
      this.broken = {
        seq: e.seq,
        problem: `entry ${e.seq} does not follow entry ${this.last.seq}: its prev_hash is not that entry's hash (an entry was replaced or deleted)`,
      };
      return;
    }
    if (entryHash(e) !== e.hash) {
      this.broken = { seq: e.seq, problem: `entry ${e.seq} was edited: its content no longer matches its hash` };
      return;
    }
    if (this.anchor && e.seq === this.anchor.seq) {
      if (e.hash !== this.anchor.hash) {
        this.broken = {
          seq: e.seq,
          problem: `entry ${e.seq} is not the one anchored (hash ${e.hash.slice(0, 16)}…, anchor ${this.anchor.hash.slice(0, 16)}…): the chain was rewritten from here or earlier`,
        };
        return;
      }
      this.anchorSeen = true;
    }
    this.last = { seq: e.seq, hash: e.hash };
  }

  finish(head: ChainHead | undefined): ChainReport {
    const report = (broken?: ChainBreak): ChainReport => ({
      entries: this.count,
      head: this.last,
      ...(broken ? { broken } : {}),
    });
    if (this.broken) return report(this.broken);
    if (!head) return report({ seq: this.last.seq + 1, problem: 'the chain head record is missing (deleted)' });
    if (head.seq > this.last.seq) {
      return report({
        seq: this.last.seq + 1,
        problem: `the log ends at entry ${this.last.seq} but the head records entry ${head.seq}: entries were deleted from the end`,
      });
    }
    if (head.seq < this.last.seq || head.hash !== this.last.hash) {
      return report({
        seq: head.seq,
        problem: `the head records entry ${head.seq} with a different hash than the log's last entry ${this.last.seq}: the head or the tail was altered`,
      });
    }
    if (this.anchor && !this.anchorSeen) {
      return report({
        seq: this.anchor.seq,
        problem: `the anchored entry ${this.anchor.seq} is not in the log (the log has ${this.last.seq} entries)`,
      });
    }
    return report();
  }
}

/** Parses an anchor written `SEQ:HASH` (as `concord audit verify` prints the head). */
export function parseAnchor(s: string): ChainHead | undefined {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(s.trim());
  return m ? { seq: Number(m[1]), hash: m[2] } : undefined;
}

/** SHA-256 (hex) of a text, as audit entries record stored documents they do not copy. */
export function textDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
