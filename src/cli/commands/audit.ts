// `concord audit verify|list`: the audit trail. verify recomputes the hash chain and checks every
// case version against the snapshot digest its audit entry recorded; it prints the head (seq and
// hash) to keep somewhere the database's writers cannot reach, and with --anchor SEQ:HASH checks
// that an earlier head is still part of the chain. Exit 0 intact, 1 a break found, 2 bad usage.
import type { Command } from 'commander';
import { formatFlag } from '../options.ts';
import { verifyAudit } from '../../app/audit.ts';
import { parseAnchor } from '../../audit/chain.ts';
import { UsageError } from '../errors.ts';
import { formatTable } from '../table.ts';
import { withStore } from '../with-store.ts';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the hash-chained audit trail of every change');

  audit
    .command('verify')
    .description('recompute the hash chain and check case versions against it (exit 1 on the first break)')
    .option('--anchor <seq:hash>', 'a head printed earlier (and kept elsewhere) that must still be in the chain')
    .action(async (opts: { anchor?: string }) => {
      const anchor = opts.anchor === undefined ? undefined : parseAnchor(opts.anchor);
      if (opts.anchor !== undefined && !anchor)
        throw new UsageError(
          `--anchor must be SEQ:HASH as \`concord audit verify\` prints it (64 hex digits), got "${opts.anchor}"`,
        );
      await withStore(async (store) => {
        const r = await verifyAudit(store, anchor);
        if (r.broken) {
          process.stdout.write(
            `audit trail BROKEN at entry ${r.broken.seq}: ${r.broken.problem}\n(${r.entries} entries read; the chain is intact up to entry ${r.head.seq})\n`,
          );
          process.exitCode = 1;
        } else {
          process.stdout.write(
            `audit trail intact: ${r.entries} entries${anchor ? `, anchor ${anchor.seq} found` : ''}\nhead ${r.head.seq}:${r.head.hash}\n(keep this head off-site; later, \`concord audit verify --anchor ${r.head.seq}:${r.head.hash}\` proves the chain was not rewritten before it)\n`,
          );
        }
        for (const p of r.caseProblems) process.stdout.write(`case versions: ${p}\n`);
        if (r.preAudit)
          process.stdout.write(
            `${r.preAudit} case version${r.preAudit === 1 ? '' : 's'} predate the audit trail and cannot be checked against it\n`,
          );
        if (r.caseProblems.length) process.exitCode = 1;
      });
    });

  audit
    .command('list')
    .description('audit entries, oldest first')
    .option('--since <date>', 'entries at or after this date or time (ISO)')
    .option('--actor <actor>', 'only this actor (user:NAME, cli:NAME, local:NAME)')
    .option('--subject <subject>', 'only this subject (case:ID, user:NAME)')
    .option('--limit <n>', 'at most this many entries')
    .addOption(formatFlag(['table', 'json']))
    .action(async (opts: { since?: string; actor?: string; subject?: string; limit?: string; format: string }) => {
      if (opts.since !== undefined && Number.isNaN(Date.parse(opts.since)))
        throw new UsageError(`--since must be a date (YYYY-MM-DD) or an ISO time, got "${opts.since}"`);
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && !(Number.isSafeInteger(limit) && limit > 0))
        throw new UsageError(`--limit must be a positive whole number, got "${opts.limit}"`);
      await withStore(async (store) => {
        const rows = await store.audit.list({ since: opts.since, actor: opts.actor, subject: opts.subject, limit });
        if (opts.format === 'json') return void process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        if (rows.length === 0) return void process.stdout.write('No audit entries match.\n');
        process.stdout.write(
          `${formatTable(rows, [
            { header: 'seq', value: (r) => String(r.seq) },
            { header: 'at', value: (r) => r.at.slice(0, 19).replace('T', ' ') },
            { header: 'actor', value: (r) => r.actor },
            { header: 'action', value: (r) => r.action },
            { header: 'subject', value: (r) => r.subject },
            { header: 'after', value: (r) => (r.after ?? '').slice(0, 80) },
          ])}\n`,
        );
      });
    });
}
