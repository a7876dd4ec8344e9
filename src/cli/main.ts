// The `concord` command line: registers each command group and maps errors to exit codes
// (0 success, 1 failure, 2 bad usage).
import { Command, CommanderError } from 'commander';
import { InvalidRequestError, NotReadyError } from '../app/errors.ts';
import { IngestError } from '../ingest/errors.ts';
import { registerAudit } from './commands/audit.ts';
import { registerBackup } from './commands/backup.ts';
import { registerCases } from './commands/cases.ts';
import { registerCouncil } from './commands/council.ts';
import { registerCouncilAnalytics } from './commands/council-analytics.ts';
import { registerNorms } from './commands/norms.ts';
import { registerOperations } from './commands/operations.ts';
import { registerRisk } from './commands/risk.ts';
import { registerSovereignty } from './commands/sovereignty.ts';
import { registerCorpus } from './commands/corpus.ts';
import { registerData } from './commands/data.ts';
import { registerFetch } from './commands/fetch.ts';
import { registerServe } from './commands/serve.ts';
import { registerUsers } from './commands/users.ts';
import { UsageError } from './errors.ts';

export function buildProgram(): Command {
  const program = new Command('concord')
    .description('Concord: early warning, R2P assessment, Security Council practice and norm analytics')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerData(program);
  registerFetch(program);
  registerCorpus(program);
  registerNorms(program);
  registerCouncil(program);
  registerCouncilAnalytics(program);
  registerRisk(program);
  registerCases(program);
  registerSovereignty(program);
  registerOperations(program);
  registerServe(program);
  registerUsers(program);
  registerAudit(program);
  registerBackup(program);
  const override = (c: Command): void => {
    c.exitOverride();
    c.commands.forEach(override);
  };
  override(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof InvalidRequestError) {
      process.stderr.write(`concord: ${e.message}\n`);
      return 2;
    }
    if (e instanceof IngestError || e instanceof NotReadyError) {
      process.stderr.write(`concord: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`concord: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Output piped into `head` and the like: a closed pipe ends the command quietly, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
