// `concord operations ...` commands (filled in by the operations capability).
import type { Command } from 'commander';

export function registerOperations(_program: Command): void {}
