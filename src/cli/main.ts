// The `concord` command line: registers each command group and maps errors to exit codes
// (0 success, 1 failure, 2 bad usage: see errors.ts).
import { Command, CommanderError } from 'commander';
import { errorReport, exitCode } from './errors.ts';

type Register = (program: Command) => void;

/**
 * Each command group's module, loaded only when its command runs (issue 18: a command does not
 * load Fastify, pg, zod and the rest for the groups it does not use), with the top-level commands
 * it registers. A name not listed here (help, a typo, a new group) loads every group.
 */
const groups: readonly { names: readonly string[]; load: () => Promise<Register[]> }[] = [
  {
    names: ['data'],
    load: async () => [
      (await import('./commands/data.ts')).registerData,
      (await import('./commands/fetch.ts')).registerFetch,
    ],
  },
  { names: ['corpus'], load: async () => [(await import('./commands/corpus.ts')).registerCorpus] },
  { names: ['norms'], load: async () => [(await import('./commands/norms/index.ts')).registerNorms] },
  {
    names: ['resolutions', 'council'],
    load: async () => [(await import('./commands/council/index.ts')).registerCouncil],
  },
  { names: ['risk'], load: async () => [(await import('./commands/risk/index.ts')).registerRisk] },
  { names: ['cases'], load: async () => [(await import('./commands/cases/index.ts')).registerCases] },
  { names: ['sovereignty'], load: async () => [(await import('./commands/sovereignty.ts')).registerSovereignty] },
  { names: ['brief'], load: async () => [(await import('./commands/brief.ts')).registerBrief] },
  { names: ['icc'], load: async () => [(await import('./commands/icc.ts')).registerIcc] },
  { names: ['operations'], load: async () => [(await import('./commands/operations.ts')).registerOperations] },
  { names: ['serve'], load: async () => [(await import('./commands/serve.ts')).registerServe] },
  { names: ['users'], load: async () => [(await import('./commands/users.ts')).registerUsers] },
  { names: ['audit'], load: async () => [(await import('./commands/audit.ts')).registerAudit] },
  { names: ['backup', 'restore'], load: async () => [(await import('./commands/backup.ts')).registerBackup] },
];

/**
 * The program with the command groups `argv` needs: none for `--version`, the named group for
 * a command, every group otherwise (no argument, help, an unknown name). Without argv, all groups.
 */
export async function buildProgram(argv?: readonly string[]): Promise<Command> {
  const program = new Command('concord')
    .description('Concord: early warning, R2P assessment, Security Council practice and norm analytics')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const first = argv?.[0];
  const versionOnly = argv?.length === 1 && (first === '--version' || first === '-V');
  const named = groups.find((g) => first !== undefined && g.names.includes(first));
  const chosen = versionOnly ? [] : named ? [named] : groups;
  const registers = (await Promise.all(chosen.map((g) => g.load()))).flat();
  for (const register of registers) register(program);
  const override = (c: Command): void => {
    c.exitOverride();
    c.commands.forEach(override);
  };
  override(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help'
        ? 0
        : 2;
    }
    process.stderr.write(`concord: ${errorReport(e)}\n`);
    return exitCode(e);
  }
}

/**
 * Runs the command line on this process's arguments: the entry point of `node src/cli/main.ts`,
 * of the ESM build (dist/cli.js) and of the CommonJS bundle's loader (dist/concord.cjs).
 */
export function run(): void {
  // Output piped into `head` and the like: a closed pipe ends the command quietly, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) run();
