// `concord users add|list|disable|enable|reset|role`: account administration on the machine that
// holds the store (whoever runs it can open the database, so no login is asked); every change is
// audited with the actor `cli:<os user>`. Passwords are read from the terminal without echo or
// from standard input (--password-stdin), never from the command line.
import { concordCommand } from '../../concord-command.ts';
import { type Command, Option } from 'commander';
import { formatFlag } from '../options.ts';
import { passwordPolicy } from '../../accounts/policy.ts';
import { roles } from '../../accounts/roles.ts';
import { addUser, resetPassword, setDisabled, setRole } from '../../app/accounts.ts';
import type { Store } from '../../store/store.ts';
import { cliActor } from '../actor.ts';
import { readNewPassword } from '../password-input.ts';
import { formatTable } from '../table.ts';
import { withStore } from '../with-store.ts';

/** Runs an account change and prints what it did (a missing or taken user is not-found or conflict: exit 2). */
function administer(run: (store: Store) => Promise<string>): Promise<void> {
  return withStore(async (store) => {
    process.stdout.write(`${await run(store)}\n`);
  });
}

export function registerUsers(program: Command): void {
  const users = program
    .command('users')
    .description(`user accounts and roles (${roles.join(', ')}); once a user exists, the server requires login`);
  const passwordOption = (c: Command) =>
    c.option(
      '--password-stdin',
      `read the password from standard input (one line) instead of asking on the terminal; at least ${passwordPolicy.minLength} characters`,
    );

  passwordOption(
    users
      .command('add <name>')
      .description('add a user (asks for the password)')
      .addOption(new Option('--role <role>', 'what the user may do').choices([...roles]).makeOptionMandatory()),
  ).action(async (name: string, opts: { role: string; passwordStdin?: boolean }) => {
    const password = await readNewPassword(opts);
    await administer(async (store) => {
      const u = await addUser(store, name, opts.role, password, cliActor());
      return `user ${u.username} added (${u.role})`;
    });
  });

  users
    .command('list')
    .description('the users, their roles and state')
    .addOption(formatFlag(['table', 'json']))
    .action(async (opts: { format: string }) => {
      await withStore(async (store) => {
        const rows = await store.accounts.listUsers();
        if (opts.format === 'json') return void process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        if (rows.length === 0)
          return void process.stdout.write(
            `No users: the server runs in single-user mode on localhost. Add one with ${concordCommand('users add --role admin NAME')}.\n`,
          );
        process.stdout.write(
          `${formatTable(rows, [
            { header: 'user', value: (r) => r.username },
            { header: 'role', value: (r) => r.role },
            { header: 'state', value: (r) => (r.disabled ? 'disabled' : 'active') },
            { header: 'created', value: (r) => r.createdAt.slice(0, 16).replace('T', ' ') },
            { header: 'changed', value: (r) => r.updatedAt.slice(0, 16).replace('T', ' ') },
          ])}\n`,
        );
      });
    });

  for (const disabled of [true, false]) {
    users
      .command(`${disabled ? 'disable' : 'enable'} <name>`)
      .description(
        disabled ? 'disable a user: no more logins, and their sessions end at once' : 'enable a disabled user',
      )
      .action(async (name: string) =>
        administer(
          async (store) =>
            `user ${name} ${(await setDisabled(store, name, disabled, cliActor())).disabled ? 'disabled' : 'enabled'}`,
        ),
      );
  }

  passwordOption(
    users.command('reset <name>').description("set a new password (asks for it); ends the user's sessions"),
  ).action(async (name: string, opts: { passwordStdin?: boolean }) => {
    const password = await readNewPassword(opts);
    await administer(async (store) => {
      await resetPassword(store, name, password, cliActor());
      return `password of ${name} reset; their sessions were ended`;
    });
  });

  users
    .command('role <name> <role>')
    .description(`change a user's role (${roles.join(', ')}); applies to their open sessions at once`)
    .action(async (name: string, role: string) =>
      administer(async (store) => `user ${name} is now ${(await setRole(store, name, role, cliActor())).role}`),
    );
}
