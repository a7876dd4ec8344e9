// `concord council ...` commands (filled in by the council capability).
import type { Command } from 'commander';

export function registerCouncil(_program: Command): void {}
