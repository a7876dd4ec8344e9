// The lines `data import` and `data status` print under a source whose loader reports its files
// (source_files): how many files were read, each file skipped and why, what is missing upstream,
// and the files read with a remark (repaired, symbol taken from the name).
import type { SourceFileNote } from '../../store/store.ts';

export function describeSourceFiles(notes: readonly SourceFileNote[], indent = '    '): string[] {
  if (notes.length === 0) return [];
  const read = notes.filter((n) => n.outcome === 'read');
  const skipped = notes.filter((n) => n.outcome === 'skipped');
  const missing = notes.filter((n) => n.outcome === 'missing');
  const remarks = read.filter((n) => /: /.test(n.reason) && !/^\d+ /.test(n.reason));
  const out = [
    `${indent}files: ${read.length.toLocaleString('en-US')} read, ${skipped.length} skipped${missing.length ? `, ${missing.length} missing upstream` : ''}`,
  ];
  // group skipped files by reason (the part before a colon-specific detail) to keep the list short
  const byReason = new Map<string, SourceFileNote[]>();
  for (const n of skipped) {
    const key = n.reason.startsWith('duplicate:') ? 'duplicate' : n.reason;
    byReason.set(key, [...(byReason.get(key) ?? []), n]);
  }
  for (const [reason, ns] of byReason) {
    if (reason === 'duplicate') for (const n of ns) out.push(`${indent}skipped ${n.path}: ${n.reason}`);
    else
      out.push(
        `${indent}skipped ${ns.length} (${reason}): ${ns
          .slice(0, 3)
          .map((n) => n.path)
          .join(', ')}${ns.length > 3 ? ', ...' : ''}`,
      );
  }
  for (const n of missing) out.push(`${indent}missing: ${n.reason}`);
  const remarkGroups = new Map<string, SourceFileNote[]>();
  for (const n of remarks) {
    const key = n.reason.replace(/^[^:]*: /, '').replace(/S\/\S+( \(\d{4}\))?/g, 'X');
    remarkGroups.set(key, [...(remarkGroups.get(key) ?? []), n]);
  }
  for (const ns of remarkGroups.values())
    out.push(`${indent}read ${ns.length} with a remark, e.g. ${ns[0].path}: ${ns[0].reason}`);
  return out;
}
