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
  const fresh =
    !state ||
    t - Date.parse(state.windowStart) >= rule.windowMs ||
    (state.lockedUntil !== null && Date.parse(state.lockedUntil) <= t);
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now.toISOString() : state.windowStart;
  return {
    failures,
    windowStart,
    lockedUntil: failures >= rule.maxFailures ? new Date(t + rule.lockMs).toISOString() : null,
  };
}

/**
 * The state after a login's password check succeeded, the attempt having been counted in advance
 * (`afterFailure` at the claim, which left `claimed` failures). The success clears the failures
 * counted up to and including its own claim (the documented "a successful login clears the
 * counter"); failures claimed after it by concurrent attempts stay, and so does a lock only if
 * they alone reach the rule's maximum. `null`: nothing left to keep.
 */
export function afterSuccess(
  state: ThrottleState | undefined,
  claimed: number,
  rule: ThrottleRule,
): ThrottleState | null {
  if (!state) return null;
  const failures = state.failures - claimed;
  if (failures <= 0) return null;
  return { ...state, failures, lockedUntil: failures >= rule.maxFailures ? state.lockedUntil : null };
}

/**
 * The state of a key the successful attempt was counted on but whose counter a success does not
 * clear (the client address): its own advance count is taken back, the lock kept only while the
 * remaining failures still reach the rule's maximum.
 */
export function releaseClaim(state: ThrottleState | undefined, rule: ThrottleRule): ThrottleState | null {
  if (!state) return null;
  const failures = state.failures - 1;
  if (failures <= 0) return null;
  return { ...state, failures, lockedUntil: failures >= rule.maxFailures ? state.lockedUntil : null };
}
