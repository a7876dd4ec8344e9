// Composite rows of the DPPA list: a row such as "UNOSOM" named "... (I & II)" that sums up
// the numbered rows "UNOSOM I" and "UNOSOM II" also in the list. Marked so that counts of
// operations do not count a mission twice.
import type { Operation } from './repair-operation.ts';

/** The numbered parts a name announces: "... (I & II)" -> ["I", "II"]. */
export function announcedParts(name: string): string[] {
  const m = /\(\s*([IVX]+(?:\s*(?:&|and|,)\s*[IVX]+)+)\s*\)\s*$/.exec(name);
  return m ? m[1].split(/\s*(?:&|and|,)\s*/) : [];
}

/** Marks as composite each operation whose announced parts are all rows of the list. */
export function markComposites(ops: Operation[]): void {
  const acronyms = new Set(ops.map((o) => o.acronym));
  for (const op of ops) {
    const parts = announcedParts(op.name);
    if (parts.length > 0 && parts.every((p) => acronyms.has(`${op.acronym} ${p}`))) op.composite = true;
  }
}
