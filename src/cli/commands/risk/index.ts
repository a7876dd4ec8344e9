// `concord risk`: early warning of mass killing (docs/risk.md). Each subcommand is a thin shell
// over src/app/risk.ts and src/app/risk-history.ts: backtest, forecast, history, factors, profile.
import type { Command } from 'commander';
import { registerBacktest } from './backtest.ts';
import { registerCountryCommands } from './country.ts';
import { registerForecast } from './forecast.ts';
import { registerHistory } from './history.ts';

export function registerRisk(program: Command): void {
  const risk = program
    .command('risk')
    .description(
      'early warning of mass killing: backtest and forecasts against the Early Warning Project, risk history, Framework of Analysis evidence, human-security profiles',
    );
  registerBacktest(risk);
  registerForecast(risk);
  registerHistory(risk);
  registerCountryCommands(risk);
}
