// Shared by the `concord council` analytics subcommands of 2000-2026 (r2p, votes, dissent,
// agreement, penholders, veto-backtest, chapter7): the years asked, checked against the span the
// Council documents cover, and shares that may be missing.
import { ANALYTICS_FROM, ANALYTICS_TO } from '../../../app/council-analytics.ts';
import { UsageError } from '../../errors.ts';
import { intOption } from '../../options.ts';

import { pct } from './shared.ts';

export { out, short } from './shared.ts';

/** --from/--to within the analytics' span (2000-2026 by default). */
export function analysisYears(opts: { from?: string; to?: string }): { from: number; to: number } {
  const from = intOption('--from', opts.from) ?? ANALYTICS_FROM;
  const to = intOption('--to', opts.to) ?? ANALYTICS_TO;
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  if (to < ANALYTICS_FROM || from > ANALYTICS_TO)
    throw new UsageError(`the Council documents cover ${ANALYTICS_FROM}-${ANALYTICS_TO}; got ${from}-${to}`);
  return { from, to };
}

/** A share as a percentage with one decimal, or blank when there is none. */
export const pctOrBlank = (x: number | null) => (x === null ? '' : pct(x));
