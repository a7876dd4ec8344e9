// `concord sovereignty ...` commands (filled in by the sovereignty capability).
import type { Command } from 'commander';

export function registerSovereignty(_program: Command): void {}
