// A UN peace operation as the repaired DPPA list gives it (src/ingest/pko), joined to the
// country it was deployed in; when it was active; and the rules on its dates: an operation
// without a start date cannot be placed in time and is never counted as active on a day.
// Composite rows (UNEF, UNAVEM, UNOSOM "(I & II)") sum up numbered missions listed separately.

export interface PeaceOperation {
  acronym: string;
  name: string;
  leadDepartment: string | null;
  /** Still deployed, per the list (after repairs). */
  active: boolean;
  startDate: string | null;
  endDate: string | null;
  location: string | null;
  iso3: string | null;
  countryName: string | null;
  region: string | null;
  lon: number | null;
  lat: number | null;
  composite: boolean;
  /** What the loader repaired on this row, in words. */
  repairs: string[];
}

/** Active on `day`: started by then and not yet ended (both dates inclusive). */
export function activeOn(op: PeaceOperation, day: string): boolean {
  if (op.startDate === null || op.startDate > day) return false;
  if (op.endDate !== null) return day <= op.endDate;
  return op.active;
}

/** Why an operation's dates are incomplete, or undefined when they are complete. */
export function dateProblem(op: PeaceOperation): string | undefined {
  if (op.startDate === null && op.endDate === null) return 'no start or end date in the DPPA list';
  if (op.startDate === null) return 'no start date in the DPPA list';
  if (op.endDate === null && !op.active) return 'closed, but no end date in the DPPA list';
  if (op.endDate !== null && op.endDate < op.startDate)
    return `ends (${op.endDate}) before it starts (${op.startDate})`;
  return undefined;
}

export interface OperationFilter {
  activeOn?: string;
  iso3?: string;
  /** Include composite rows (off by default: they double-count missions). */
  composite?: boolean;
}

export function filterOperations(ops: readonly PeaceOperation[], f: OperationFilter): PeaceOperation[] {
  return ops
    .filter((o) => f.composite || !o.composite)
    .filter((o) => f.iso3 === undefined || o.iso3 === f.iso3)
    .filter((o) => f.activeOn === undefined || activeOn(o, f.activeOn))
    .sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || a.acronym.localeCompare(b.acronym));
}
