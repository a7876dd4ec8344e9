// Comparing two versions of a case ("what did we know when"): a pure structural diff of two
// JSON documents. Lists of records are matched by their key (id, factor number or date) rather
// than position, so an inserted measure shows as one addition, not as every later one changed;
// lists of plain values (populations, crimes, indicators) are compared as sets.

export interface Change {
  /** Where, e.g. `assessments[2024-05-01].factors[factor 3].rating`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isRecord(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The key that identifies the records of two lists, if every record has one, unique within its list. */
function keyOf(a: Json[], b: Json[]): ((v: Json) => string) | undefined {
  const all = [...a, ...b];
  if (all.length === 0 || !all.every(isRecord)) return undefined;
  for (const [field, label] of [
    ['id', (v: Json) => String(v)],
    ['factor', (v: Json) => `factor ${v}`],
    ['date', (v: Json) => String(v)],
  ] as const) {
    const usable = (list: Json[]) => {
      const keys = (list as Record<string, Json>[]).map((r) => r[field]);
      return keys.every((k) => typeof k === 'string' || typeof k === 'number') && new Set(keys).size === keys.length;
    };
    if (usable(a) && usable(b)) return (v) => label((v as Record<string, Json>)[field]);
  }
  return undefined;
}

/**
 * Deep equality of two JSON values, without serialising them (the diff asks it at every level).
 * As in JSON, a key whose value is undefined counts as absent; key order does not matter.
 */
function same(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  const present = (r: Record<string, Json | undefined>) => Object.keys(r).filter((k) => r[k] !== undefined);
  const keys = present(a);
  if (keys.length !== present(b).length) return false;
  for (const k of keys) if (!same(a[k], b[k])) return false;
  return true;
}

function walk(a: Json | undefined, b: Json | undefined, path: string, out: Change[]): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined) return void out.push({ path, kind: 'added', after: b });
  if (b === undefined) return void out.push({ path, kind: 'removed', before: a });
  if (same(a, b)) return;
  if (isRecord(a) && isRecord(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[k], b[k], path ? `${path}.${k}` : k, out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = keyOf(a, b);
    if (key) {
      const before = new Map(a.map((v) => [key(v), v]));
      const after = new Map(b.map((v) => [key(v), v]));
      for (const k of new Set([...before.keys(), ...after.keys()]))
        walk(before.get(k), after.get(k), `${path}[${k}]`, out);
      return;
    }
    if ([...a, ...b].every((v) => !isRecord(v) && !Array.isArray(v))) {
      for (const v of a) if (!b.some((w) => same(v, w))) out.push({ path, kind: 'removed', before: v });
      for (const v of b) if (!a.some((w) => same(v, w))) out.push({ path, kind: 'added', after: v });
      return;
    }
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) walk(a[i], b[i], `${path}[${i}]`, out);
    return;
  }
  out.push({ path, kind: 'changed', before: a, after: b });
}

export function diffDocuments(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk(before as Json, after as Json, '', out);
  return out;
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/** One line per change: `~ path: before -> after`, `+ path: value`, `- path: value`. */
export function describeChange(c: Change): string {
  if (c.kind === 'changed') return `~ ${c.path}: ${show(c.before)} -> ${show(c.after)}`;
  if (c.kind === 'added') return `+ ${c.path}: ${show(c.after)}`;
  return `- ${c.path}: ${show(c.before)}`;
}
