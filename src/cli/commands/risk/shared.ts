// Shared by the `concord risk` subcommands: the options they read the same way (model, counts,
// threads) and the number formats of their tables.
import { availableParallelism } from 'node:os';
import { type ModelName, isModelName, modelNames } from '../../../risk/models.ts';
import { UsageError } from '../../errors.ts';
import { intOption } from '../../options.ts';

export const defaultModel: ModelName = 'ensemble';

export function modelOption(value: string): ModelName {
  if (!isModelName(value)) throw new UsageError(`unknown model "${value}"; models: ${modelNames.join(', ')}`);
  return value;
}

export function positiveInt(name: string, value: string, min = 1): number {
  const n = intOption(name, value)!;
  if (n < min) throw new UsageError(`${name} must be at least ${min}, got ${n}`);
  return n;
}

export function jobsOption(value: string | undefined): number {
  return value === undefined ? Math.max(1, Math.min(2, availableParallelism())) : positiveInt('--jobs', value);
}

export const pct = (v: number) => `${(100 * v).toFixed(0)}%`;
export const count = (share: number, total: number) => `${Math.round(share * total)}/${total} (${pct(share)})`;
export const signed = (v: number, digits: number) => `${v >= 0 ? '+' : ''}${v.toFixed(digits)}`;
export const pct3 = (p: number) => `${(100 * p).toFixed(1)}%`;

export const short = (v: number) =>
  Number.isInteger(v)
    ? v.toLocaleString('en-US')
    : Math.abs(v) >= 100
      ? Math.round(v).toLocaleString('en-US')
      : v.toFixed(2);
