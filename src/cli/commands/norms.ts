// `concord norms ...` commands (filled in by the norms capability).
import type { Command } from 'commander';

export function registerNorms(_program: Command): void {}
