// `concord operations list|show|timeline|links`: UN peace operations from the repaired DPPA
// list, joined to the countries table and to the Security Council resolution that created each
// (linked from the resolution texts and the meetings tables; recomputed when those are
// re-imported), with OWID's personnel by year.
import type { Command } from 'commander';
import { isCalendarDate } from '../../calendar-date.ts';
import { coverage, type LinkResult } from '../../operations/link.ts';
import { dateProblem, filterOperations } from '../../operations/operation.ts';
import { operationsTimeline } from '../../operations/timeline.ts';
import { type OperationsRegistry, operationsRegistry } from '../../app/operations.ts';
import { withStore } from '../with-store.ts';
import type { Store } from '../../store/store.ts';
import { UsageError } from '../errors.ts';
import { countryOption, formatFlag, yearRange } from '../options.ts';
import { formatTable } from '../table.ts';

/** Runs `run` with the operations registry (exit 1 when no operations are imported). */
function withRegistry(run: (r: OperationsRegistry, store: Store) => Promise<void>): Promise<void> {
  return withStore(async (store) => run(await operationsRegistry(store, { required: true }), store));
}

function establishedBy(links: LinkResult, acronym: string): string {
  const l = links.links.find((x) => x.acronym === acronym);
  if (l) return `S/RES/${l.resolution}${l.adoptedOn ? ` (${l.adoptedOn})` : ''} [${l.method}]`;
  const u = links.unlinked.find((x) => x.acronym === acronym);
  return u && u.candidates.length > 0 ? `? one of ${u.candidates.join(', ')}` : '';
}

export function registerOperations(program: Command): void {
  const ops = program
    .command('operations')
    .description('UN peace operations (DPPA list, repaired), their countries, founding resolutions and personnel');

  ops
    .command('list')
    .description('operations, oldest first, with country and the resolution that created each')
    .option('--active-on <date>', 'only those active on this day (YYYY-MM-DD)')
    .option('--country <iso3|name>', 'only those deployed in this country')
    .option('--all', 'include the composite rows (UNEF, UNAVEM, UNOSOM "(I & II)") that sum up numbered missions')
    .addOption(formatFlag(['table', 'json']))
    .action(async (opts: { activeOn?: string; country?: string; all?: boolean; format: string }) => {
      const format = opts.format;
      if (opts.activeOn !== undefined && !isCalendarDate(opts.activeOn))
        throw new UsageError(`--active-on must be a real day written YYYY-MM-DD, got "${opts.activeOn}"`);
      let iso3: string | undefined;
      if (opts.country !== undefined) {
        iso3 = countryOption(opts.country);
      }
      await withRegistry(async ({ ops: all, links }) => {
        const rows = filterOperations(all, { activeOn: opts.activeOn, iso3, composite: opts.all });
        if (format === 'json') {
          const out = rows.map((o) => ({
            ...o,
            establishedBy: links.links.find((l) => l.acronym === o.acronym) ?? null,
            dateProblem: dateProblem(o) ?? null,
          }));
          return void process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        }
        process.stdout.write(
          `${formatTable(rows, [
            { header: 'acronym', value: (o) => o.acronym },
            { header: 'name', value: (o) => (o.name.length > 60 ? `${o.name.slice(0, 57)}...` : o.name) },
            { header: 'country', value: (o) => (o.iso3 ? `${o.iso3} ${o.countryName ?? ''}` : 'several') },
            { header: 'start', value: (o) => o.startDate ?? '?' },
            { header: 'end', value: (o) => o.endDate ?? (o.active ? 'active' : '?') },
            { header: 'established by', value: (o) => establishedBy(links, o.acronym) },
          ])}\n`,
        );
        const undated = all.filter(
          (o) => !o.composite && o.startDate === null && (iso3 === undefined || o.iso3 === iso3),
        );
        const notes = [
          `${rows.length} operation${rows.length === 1 ? '' : 's'}`,
          ...(opts.all ? [] : [`composite rows left out (--all to show them)`]),
          ...(opts.activeOn !== undefined && undated.length > 0
            ? [`${undated.map((o) => o.acronym).join(', ')} cannot be placed: no start date in the list`]
            : []),
          '[text]: the resolution text establishes it; [meetings]: inferred from the Council meetings tables (see `concord operations links`)',
        ];
        process.stdout.write(`${notes.join('; ')}\n`);
      });
    });

  ops
    .command('show')
    .description('one operation: dates, place, repairs made to the DPPA row, and how its founding resolution was found')
    .argument('<acronym>', 'e.g. UNTAC, MINUSMA, "UNOSOM II"')
    .addOption(formatFlag(['text', 'json']))
    .action(async (acronym: string, opts: { format: string }) => {
      const format = opts.format;
      await withRegistry(async ({ ops: all, links }) => {
        const op = all.find((o) => o.acronym.toLowerCase() === acronym.trim().toLowerCase());
        if (!op)
          throw new UsageError(`no operation "${acronym}" in the DPPA list (see \`concord operations list --all\`)`);
        const link = links.links.find((l) => l.acronym === op.acronym);
        const unlinked = links.unlinked.find((u) => u.acronym === op.acronym);
        if (format === 'json')
          return void process.stdout.write(
            `${JSON.stringify({ ...op, link: link ?? null, unlinked: unlinked ?? null, dateProblem: dateProblem(op) ?? null }, null, 2)}\n`,
          );
        const lines = [
          `${op.acronym}: ${op.name}`,
          `  country: ${op.iso3 ? `${op.countryName ?? op.iso3} (${op.iso3})${op.region ? `, ${op.region}` : ''}` : 'several (no single country of deployment)'}`,
          `  location: ${op.location ?? 'not given'}${op.lat !== null && op.lon !== null ? ` (latitude ${op.lat}, longitude ${op.lon})` : ''}`,
          `  dates: ${op.startDate ?? '?'} to ${op.endDate ?? (op.active ? 'present (active)' : '?')}${dateProblem(op) ? ` - ${dateProblem(op)}` : ''}`,
          ...(op.composite ? ['  composite row: sums up numbered missions listed separately'] : []),
          link
            ? `  established by: S/RES/${link.resolution}${link.adoptedOn ? ` of ${link.adoptedOn}` : ''}, found by ${link.method === 'text' ? 'its text' : 'the meetings tables'}: ${link.evidence}`
            : `  established by: not linked - ${unlinked?.reason ?? 'composite row'}${unlinked?.candidates.length ? ` (candidates: ${unlinked.candidates.join(', ')})` : ''}`,
          ...(op.repairs.length ? ['  repairs to the DPPA row:', ...op.repairs.map((r) => `    - ${r}`)] : []),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });

  ops
    .command('timeline')
    .description('by year: operations active, started and ended (DPPA list) beside OWID missions and personnel')
    .option('--from <year>', 'first year (default: the first in the data)')
    .option('--to <year>', 'last year (default: the last in the data)')
    .addOption(formatFlag(['table', 'json']))
    .action(async (opts: { from?: string; to?: string; format: string }) => {
      const format = opts.format;
      const { from, to } = yearRange(opts);
      await withRegistry(async ({ ops: all }, store) => {
        const personnel = await store.operations.personnel();
        const starts = all.flatMap((o) => (o.startDate ? [Number(o.startDate.slice(0, 4))] : []));
        const first = from ?? Math.min(...starts, ...personnel.map((p) => p.year));
        const last = to ?? Math.max(new Date().getUTCFullYear(), ...personnel.map((p) => p.year));
        const years = operationsTimeline(all, personnel, first, last);
        if (format === 'json') return void process.stdout.write(`${JSON.stringify(years, null, 2)}\n`);
        const max = Math.max(1, ...years.map((y) => y.personnel?.total ?? 0));
        process.stdout.write(
          `${formatTable(years, [
            { header: 'year', value: (y) => String(y.year) },
            { header: 'active (DPPA)', value: (y) => y.active.length },
            { header: 'started', value: (y) => y.started.join(' ') },
            { header: 'ended', value: (y) => y.ended.join(' ') },
            { header: 'missions (OWID)', value: (y) => y.personnel?.missions ?? null, align: 'right' },
            { header: 'personnel (OWID)', value: (y) => y.personnel?.total ?? null, align: 'right' },
            { header: '', value: (y) => '#'.repeat(Math.round(((y.personnel?.total ?? 0) / max) * 30)) },
          ])}\n`,
        );
        process.stdout.write(
          'DPPA: operations active at some time in the year (composite rows left out). OWID: Our World in Data, based on United Nations Peacekeeping (CC BY 4.0).\n',
        );
      });
    });

  ops
    .command('links')
    .description(
      'how each operation was linked to its founding resolution, the coverage, and what is left unlinked and why',
    )
    .addOption(formatFlag(['text', 'json']))
    .action(async (opts: { format: string }) => {
      const format = opts.format;
      await withRegistry(async ({ links }) => {
        const c = coverage(links);
        if (format === 'json')
          return void process.stdout.write(`${JSON.stringify({ coverage: c, ...links }, null, 2)}\n`);
        process.stdout.write(
          `${c.linked} of ${c.operations} operations linked to a founding resolution (${c.byText} from resolution texts, ${c.byMeetings} from the meetings tables); ${c.unlinked} unlinked. Composite rows are not counted.\n\n`,
        );
        for (const l of links.links)
          process.stdout.write(`${l.acronym.padEnd(11)} S/RES/${l.resolution} [${l.method}] ${l.evidence}\n`);
        process.stdout.write('\nUnlinked:\n');
        for (const u of links.unlinked)
          process.stdout.write(
            `${u.acronym.padEnd(11)} ${u.reason}${u.candidates.length ? `: ${u.candidates.map((n) => `S/RES/${n}`).join(', ')}` : ''}\n`,
          );
      });
    });
}
