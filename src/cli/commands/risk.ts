// `concord risk ...` commands (filled in by the risk capability).
import type { Command } from 'commander';

export function registerRisk(_program: Command): void {}
