// Use cases of the audit trail shared by the CLI and the server: verifying the hash chain (in
// pages, so a long log is never held whole) against its recorded head and an optional anchor,
// and checking that every stored case version still matches the snapshot digest its audit entry
// recorded (a case rewritten in the database behind the application's back is found).
import { type ChainBreak, type ChainHead, type ChainReport, ChainVerifier } from '../audit/chain.ts';
import type { Store } from '../store/store.ts';

export interface AuditVerification extends ChainReport {
  /** Case versions whose stored snapshot differs from what the audit trail recorded, or that it never recorded. */
  caseProblems: string[];
  /** Case versions of cases created before the audit trail existed (schema version 6), not checkable. */
  preAudit: number;
}

const page = 2000;

export async function verifyAudit(store: Store, anchor?: ChainHead): Promise<AuditVerification> {
  const verifier = new ChainVerifier(anchor);
  const recorded = new Map<string, string>();
  const auditedCases = new Set<string>();
  let firstAt: string | undefined;
  let afterSeq = 0;
  for (;;) {
    const entries = await store.audit.list({ afterSeq, limit: page });
    for (const e of entries) {
      verifier.push(e);
      firstAt ??= e.at;
      if (e.subject.startsWith('case:')) auditedCases.add(e.subject.slice('case:'.length));
      if ((e.action === 'case.create' || e.action === 'case.append') && e.after) {
        const after = JSON.parse(e.after) as { versions?: { version: number; snapshotSha256: string }[] };
        for (const v of after.versions ?? [])
          recorded.set(`${e.subject.slice('case:'.length)}\u0000${v.version}`, v.snapshotSha256);
      }
    }
    if (entries.length < page) break;
    afterSeq = entries[entries.length - 1].seq;
  }
  const report = verifier.finish(await store.audit.head());
  const caseProblems: string[] = [];
  let preAudit = 0;
  for (const d of await store.cases.versionDigests()) {
    const want = recorded.get(`${d.caseId}\u0000${d.version}`);
    // A case never mentioned by the trail, last changed before it began, predates it.
    if (want === undefined && !auditedCases.has(d.caseId) && (firstAt === undefined || d.recordedAt < firstAt))
      preAudit++;
    else if (want === undefined)
      caseProblems.push(`case ${d.caseId} version ${d.version} has no audit entry (written to the database directly)`);
    else if (want !== d.snapshotSha256)
      caseProblems.push(
        `case ${d.caseId} version ${d.version} differs from the snapshot its audit entry recorded (edited in the database)`,
      );
  }
  return { ...report, caseProblems, preAudit };
}

export type { ChainBreak, ChainHead };
