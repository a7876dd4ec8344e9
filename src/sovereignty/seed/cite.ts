// Short constructors for the registry's sources, so the seed files read as a list of citations.
import type { RegistrySource } from '../source.ts';

/** A Security Council resolution: number, adoption date, what it supports, and words quoted from it. */
export function sc(number: number, date: string, supports: string, quote?: string): RegistrySource {
  return {
    kind: 'security-council-resolution',
    citation: `S/RES/${number} (${date.slice(0, 4)})`,
    date,
    resolution: number,
    supports,
    ...(quote ? { quote } : {}),
  };
}

export function ga(citation: string, date: string, supports: string): RegistrySource {
  return { kind: 'general-assembly-resolution', citation, date, supports };
}

export function agreement(citation: string, date: string, supports: string): RegistrySource {
  return { kind: 'agreement', citation, date, supports };
}

export function declaration(citation: string, date: string, supports: string): RegistrySource {
  return { kind: 'declaration', citation, date, supports };
}

export function decision(citation: string, date: string, supports: string): RegistrySource {
  return { kind: 'decision', citation, date, supports };
}

export function event(citation: string, date: string, supports: string): RegistrySource {
  return { kind: 'other', citation, date, supports };
}

/** The date of the review of issue 16 and what it rests on. */
export const reviewDate = '2026-12-06';

/**
 * A territory's review: checked on `reviewDate` against the sources cited. The check was made from
 * knowledge of the public record, without live access to the sources; events after 2025 may be
 * missing, and `extra` says what in particular was checked or is unsure.
 */
export function reviewed(extra?: string): { date: string; note: string } {
  const base =
    'current status checked against the sources cited, from knowledge of the public record to late 2025 (no live source consulted)';
  return { date: reviewDate, note: extra ? `${base}; ${extra}` : base };
}
