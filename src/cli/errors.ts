// Errors the CLI maps to exit codes: UsageError -> 2 (bad usage); anything else -> 1 (failure).
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses a whole-number option value, or throws a UsageError naming the option. */
export function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`${name} must be a whole number, got "${value}"`);
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new UsageError(`${name} is too large: at most ${Number.MAX_SAFE_INTEGER}, got ${value.trim()}`);
  return n;
}
