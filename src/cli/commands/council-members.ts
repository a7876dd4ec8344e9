// `concord council members --year Y [--format table|json|csv]`: the members of the Security
// Council in a year with their ISO3 (Concord's country id) and seat, from the DPPA membership
// (use case src/app/council-members.ts).
import type { Command } from 'commander';
import { councilMembersOf } from '../../app/council-members.ts';
import { openStore } from '../../store/open.ts';
import { csvLines } from '../../csv-writer.ts';
import { UsageError } from '../errors.ts';
import { intOption } from '../options.ts';
import { formatTable } from '../table.ts';

export function registerCouncilMembers(council: Command): void {
  council
    .command('members')
    .description('the members of the Security Council in a year, with ISO3 and seat (DPPA membership, 1946-2027)')
    .requiredOption('--year <year>', 'the year')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (opts: { year: string; format: string }) => {
      if (!['table', 'json', 'csv'].includes(opts.format))
        throw new UsageError(`--format must be table, json or csv, got "${opts.format}"`);
      const year = intOption('--year', opts.year)!;
      const store = await openStore();
      try {
        const members = await councilMembersOf(store, year);
        if (opts.format === 'json') process.stdout.write(`${JSON.stringify(members, null, 2)}\n`);
        else if (opts.format === 'csv')
          process.stdout.write(
            `${csvLines([['year', 'iso3', 'name', 'seat'], ...members.map((m) => [m.year, m.iso3, m.name, m.seat])])}\n`,
          );
        else
          process.stdout.write(
            `${formatTable(members, [
              { header: 'iso3', value: (m) => m.iso3 },
              { header: 'name', value: (m) => m.name },
              { header: 'seat', value: (m) => m.seat },
            ])}\n${members.length} members in ${year}\n`,
          );
      } finally {
        await store.close();
      }
    });
}
