// What the audit trail asks of the store (implemented once over SqlDb in sql/audit.ts). Entries
// are only appended, each in the transaction of the change it records (appendAudit(tx, ...)), so
// an entry exists for every committed change and for no rolled-back one.
import type { AuditEntry, ChainHead } from '../audit/chain.ts';

export type { AuditEntry, ChainHead };

/** A change to record: who did what to what, with the state before and after (JSON values). */
export interface AuditInput {
  actor: string;
  action: string;
  subject: string;
  before?: unknown;
  after?: unknown;
  /** ISO time (default now). */
  at?: string;
}

export interface AuditFilter {
  /** ISO time or date: entries at or after it. */
  since?: string;
  actor?: string;
  subject?: string;
  /** Entries with seq greater than this. */
  afterSeq?: number;
  limit?: number;
}

export interface AuditStore {
  /** Appends one entry in its own transaction. */
  append(entry: AuditInput): Promise<AuditEntry>;
  /** Entries in seq order. */
  list(filter?: AuditFilter): Promise<AuditEntry[]>;
  /** The head as recorded (last seq and hash), or undefined if its row is gone. */
  head(): Promise<ChainHead | undefined>;
  /** The last entry of each domain that has one (auditDomain: `case`, `user`, `source`, ...). */
  domains(): Promise<DomainHead[]>;
}

/** The last audit entry of a domain: it moves with every change recorded in that domain and with nothing else. */
export interface DomainHead {
  domain: string;
  seq: number;
  hash: string;
}
