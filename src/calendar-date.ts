// Calendar dates as the workbench and the registries write them (cases, sovereignty, operations):
// YYYY-MM-DD, a real day of the Gregorian calendar, compared as strings. Also the day count between two dates
// and the months' names, for dates the sources write in words.

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The months' English names in lower case, January first (dates written in words in the sources). */
export const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** True for a real calendar day written YYYY-MM-DD (2023-02-29 is not one). */
export function isCalendarDate(text: string): boolean {
  const m = pattern.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's date in UTC, YYYY-MM-DD (callers pass it into the pure rules). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
