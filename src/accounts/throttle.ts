// Login throttling as a pure decision over the stored state of one key (a user name or a client
// address): is it locked now, and what the state becomes after a failed or successful attempt.
// Failures are counted in a fixed window that starts at the first failure; reaching the rule's
// maximum locks the key until `lockedUntil`, during which attempts are refused unchecked.
import type { ThrottleRule } from './policy.ts';

export interface ThrottleState {
  failures: number;
  /** ISO time of the first failure of the current window. */
  windowStart: string;
  /** ISO time until which the key is locked, or null. */
  lockedUntil: string | null;
}

/** When the key's lock ends, if it is locked at `now`. */
export function lockedUntil(state: ThrottleState | undefined, now: Date): string | undefined {
  return state?.lockedUntil && Date.parse(state.lockedUntil) > now.getTime() ? state.lockedUntil : undefined;
}

/** The state after a failed attempt at `now`. */
export function afterFailure(state: ThrottleState | undefined, now: Date, rule: ThrottleRule): ThrottleState {
  const t = now.getTime();
  const fresh = !state || t - Date.parse(state.windowStart) >= rule.windowMs || (state.lockedUntil !== null && Date.parse(state.lockedUntil) <= t);
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now.toISOString() : state.windowStart;
  return { failures, windowStart, lockedUntil: failures >= rule.maxFailures ? new Date(t + rule.lockMs).toISOString() : null };
}
