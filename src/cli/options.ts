// The options every `concord` command reads the same way: `--format` (checked against the
// command's formats, one message for all), `--country` (an ISO3 code or a name,
// resolved through the countries reference), `--from/--to` years, whole-number options, and where
// a use case's progress lines go (stderr, prefixed `concord:`). Opening and closing the store is
// `withStore` (with-store.ts). Each raises a UsageError (exit 2) naming the option.
import { Option } from 'commander';
import type { Log } from '../app/norms.ts';
import { countryByIso3, iso3ForName } from '../countries/index.ts';
import { UsageError } from './errors.ts';

/** "a", "a or b", "a, b or c". */
function either(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/** Checks a `--format` value against the formats a command offers. */
export function formatOption<F extends string>(value: string, allowed: readonly F[]): F {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--format must be ${either(allowed)}, got "${value}"`);
  return value as F;
}

/**
 * The `--format` option of a command that offers `allowed` (the first is the default), checked by
 * formatOption as commander reads it: the same message as a command that checks in its action.
 */
export function formatFlag(allowed: readonly string[], what = 'output format'): Option {
  return new Option('--format <format>', `${what}: ${either(allowed)}`)
    .default(allowed[0])
    .argParser((value) => formatOption(value, allowed));
}

/** A `--country` value: an ISO3 code (any case) or a name Concord knows, as its ISO3 code. */
export function countryOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso3 = countryByIso3(value.trim())?.iso3 ?? iso3ForName(value);
  if (!iso3)
    throw new UsageError(
      `--country: unknown country or territory "${value}" (give an ISO3 code such as MMR, or a name)`,
    );
  return iso3;
}

/** Parses a whole-number option value, or throws a UsageError naming the option. */
export function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`${name} must be a whole number, got "${value}"`);
  const n = Number(value);
  if (!Number.isSafeInteger(n))
    throw new UsageError(`${name} is too large: at most ${Number.MAX_SAFE_INTEGER}, got ${value.trim()}`);
  return n;
}

/** `--from` and `--to` as years (either may be left out), refused when --from is after --to. */
export function yearRange(opts: { from?: string; to?: string }): { from?: number; to?: number } {
  const from = intOption('--from', opts.from);
  const to = intOption('--to', opts.to);
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  return { from, to };
}

/** Progress lines of a use case, on stderr so that stdout stays the answer. */
export const stderrLog: Log = (line) => {
  process.stderr.write(`concord: ${line}\n`);
};
