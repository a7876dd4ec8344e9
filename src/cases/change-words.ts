// The changes between two versions of a case in words, for the readable history of the
// workbench ("factor 3 of the 2024-05-01 assessment rated high", "just cause of r1 judged met:
// ..."), from the structural diff of diff.ts. Paths it does not know are said generically, never
// as raw JSON longer than a short excerpt. Pure.
import type { Change } from './diff.ts';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const words = (s: string) => s.replace(/-/g, ' ');
const str = (v: unknown) =>
  typeof v === 'string'
    ? v
    : v === null || v === undefined
      ? 'nothing'
      : typeof v === 'object'
        ? 'a record'
        : String(v);
const quote = (v: unknown, n = 90) => {
  const s = str(v);
  return `"${s.length > n ? `${s.slice(0, n - 3)}...` : s}"`;
};

const judgementFields: Record<string, string> = {
  justCause: 'just cause',
  rightIntention: 'right intention',
  lastResort: 'last resort',
  proportionalMeans: 'proportional means',
  reasonableProspects: 'reasonable prospects',
};

function judgement(what: string, v: unknown): string {
  if (!isRec(v)) return `${what} judgement removed`;
  const thresholds =
    Array.isArray(v.thresholds) && v.thresholds.length > 0
      ? `; threshold: ${(v.thresholds as string[]).map(words).join(' and ')}${v.harm ? ` (${str(v.harm)})` : ''}`
      : '';
  const evidence =
    Array.isArray(v.evidence) && v.evidence.length > 0
      ? `; ${v.evidence.length} evidence item${v.evidence.length === 1 ? '' : 's'}`
      : '';
  return `${what} judged ${str(v.judgement)}: ${quote(v.reasoning)}${thresholds}${evidence}`;
}

function evidenceItem(v: unknown): string {
  if (!isRec(v)) return 'evidence';
  return `${str(v.source)}, ${str(v.date)}${v.quote ? `: ${quote(v.quote, 60)}` : v.note ? `: ${quote(v.note, 60)}` : ''}${v.origin === 'machine' ? ' (machine-suggested)' : ''}`;
}

/** One sentence for one change. */
export function changeInWords(c: Change): string {
  const value = c.kind === 'removed' ? c.before : c.after;
  const verb = c.kind === 'added' ? 'added' : c.kind === 'removed' ? 'removed' : 'changed';
  let m: RegExpExecArray | null;

  if ((m = /^responses\[([^\]]+)\]$/.exec(c.path))) {
    if (c.kind === 'added' && isRec(value))
      return `response ${m[1]} proposed: ${quote(value.description)} (Pillar ${str(value.pillar)}, ${str(value.responsibility)}${value.military ? ', military force' : ''})`;
    return `response ${m[1]} ${verb}`;
  }
  if (
    (m = /^responses\[([^\]]+)\]\.(justCause|rightIntention|lastResort|proportionalMeans|reasonableProspects)$/.exec(
      c.path,
    ))
  ) {
    return `${judgement(`${judgementFields[m[2]]} of ${m[1]}`, c.kind === 'removed' ? undefined : value)}`;
  }
  if (
    (m =
      /^responses\[([^\]]+)\]\.(justCause|rightIntention|lastResort|proportionalMeans|reasonableProspects)\.(\w+)/.exec(
        c.path,
      ))
  ) {
    const what = `${judgementFields[m[2]]} of ${m[1]}`;
    if (m[3] === 'evidence') return `${what}: evidence ${verb} (${evidenceItem(value)})`;
    if (c.kind === 'changed') return `${what}: ${words(m[3])} ${quote(c.before, 50)} -> ${quote(c.after, 50)}`;
    return `${what}: ${m[3]} ${verb}`;
  }
  if ((m = /^responses\[([^\]]+)\]\.authority/.exec(c.path)))
    return `right authority of ${m[1]}: pathway situation ${verb}`;
  if ((m = /^assessments\[([^\]]+)\]$/.exec(c.path))) {
    const n = isRec(value) && Array.isArray(value.factors) ? value.factors.length : 0;
    return c.kind === 'added'
      ? `assessment of ${m[1]} started (${n} factor${n === 1 ? '' : 's'} recorded)`
      : `assessment of ${m[1]} ${verb}`;
  }
  if ((m = /^assessments\[([^\]]+)\]\.factors\[factor (\d+)\]$/.exec(c.path))) {
    return c.kind === 'added' && isRec(value)
      ? `factor ${m[2]} of the ${m[1]} assessment rated ${str(value.rating)}`
      : `factor ${m[2]} of the ${m[1]} assessment ${verb}`;
  }
  if ((m = /^assessments\[([^\]]+)\]\.factors\[factor (\d+)\]\.(\w+)/.exec(c.path))) {
    const where = `factor ${m[2]} of the ${m[1]} assessment`;
    if (m[3] === 'evidence') return `${where}: evidence ${verb} (${evidenceItem(value)})`;
    if (m[3] === 'rating' && c.kind === 'changed') return `${where}: rating ${str(c.before)} -> ${str(c.after)}`;
    if (m[3] === 'indicators') return `${where}: indicator ${str(value)} ${verb}`;
    if (c.kind === 'changed') return `${where}: ${m[3]} ${quote(c.before, 50)} -> ${quote(c.after, 50)}`;
    return `${where}: ${m[3]} ${verb}`;
  }
  if ((m = /^ledger\[([^\]]+)\]$/.exec(c.path))) {
    if (c.kind === 'added' && isRec(value))
      return `measure ${m[1]} recorded: ${quote(value.description)} by ${str(value.actor)} on ${str(value.date)} (Pillar ${str(value.pillar)}, ${str(value.responsibility)}; outcome ${str(value.outcome)})`;
    return `measure ${m[1]} ${verb}`;
  }
  if ((m = /^ledger\[([^\]]+)\]\.(\w+)/.exec(c.path))) {
    return c.kind === 'changed'
      ? `measure ${m[1]}: ${m[2]} ${quote(c.before, 50)} -> ${quote(c.after, 50)}`
      : `measure ${m[1]}: ${m[2]} ${verb}`;
  }
  if ((m = /^situation\.statusHistory\[([^\]]+)\]/.exec(c.path))) {
    const from = isRec(value) && typeof value.from === 'string' ? value.from : m[1];
    return isRec(value)
      ? `status ${words(str(value.status))} from ${from} ${c.kind === 'added' ? 'recorded' : verb}`
      : `status history ${verb}`;
  }
  if ((m = /^situation\.(\w+)/.exec(c.path))) {
    if (c.kind === 'changed') return `${words(m[1])}: ${quote(c.before, 60)} -> ${quote(c.after, 60)}`;
    return `${words(m[1])}: ${str(value)} ${verb}`;
  }
  if (c.kind === 'changed') return `${c.path}: ${quote(c.before, 60)} -> ${quote(c.after, 60)}`;
  return `${c.path} ${verb}${typeof value === 'string' ? `: ${quote(value, 60)}` : ''}`;
}
