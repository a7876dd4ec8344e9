// `concord cases ...` commands (filled in by the cases capability).
import type { Command } from 'commander';

export function registerCases(_program: Command): void {}
