// Reads the "Date" cell of the meetings tables ("21 December", "09 December", "2 Sep.", and for
// meetings over two days "14-15 October", "22/23 November", "29 + 30 March") into an ISO date,
// taking the year from the table and, for a meeting over two days, its first day.

import { monthNames as months } from '../../calendar-date.ts';

/** The ISO date (YYYY-MM-DD) of a date cell in a table for `year`, or undefined if unreadable or impossible. */
export function parseMeetingDate(text: string, year: number): string | undefined {
  const m = /^(\d{1,2})(?:\s*(?:-|\/|\+|&|and)\s*\d{1,2})?\s+([A-Za-z]+)\.?$/i.exec(text.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const word = m[2].toLowerCase();
  if (word.length < 3) return undefined;
  const month = months.findIndex((name) => name.startsWith(word)) + 1;
  if (month === 0) return undefined;
  const day = Number(m[1]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
