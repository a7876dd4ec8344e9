// `concord sovereignty show|at|list|add`: the sovereignty registry in Saxer's terms - a
// territory's dated statuses, every non-Westphalian status in force on a day, and intervals
// analysts add. Each source is shown with how far the store verifies it. The store is re-seeded
// from src/sovereignty/seed whenever the compiled-in seed changes.
import type { Command } from 'commander';
import { formatFlag } from '../options.ts';
import { readFileSync } from 'node:fs';
import { isCalendarDate } from '../../calendar-date.ts';
import { countryByIso3 } from '../../countries/index.ts';
import { inForce, nonWestphalianOn, type StatusInterval, timeline } from '../../sovereignty/interval.ts';
import { checkNoOverlap, IntervalValidationError, validateInterval } from '../../sovereignty/schema.ts';
import { seedTerritories } from '../../sovereignty/seed/index.ts';
import { type RegistrySource, type ResolutionEvidence, verifySource } from '../../sovereignty/source.ts';
import { statusDefinitions } from '../../sovereignty/status.ts';
import { territoryCode } from '../../sovereignty/territory.ts';
import { ensureSeed } from '../../app/sovereignty.ts';
import type { SeedTerritory, StoredInterval } from '../../store/sovereignty-store.ts';
import type { Store } from '../../store/store.ts';
import { UsageError } from '../errors.ts';
import { formatTable } from '../table.ts';
import { withStore } from '../with-store.ts';

/** Runs `run` against the store with the registry's seed brought up to date. */
function withRegistry<T>(run: (store: Store) => Promise<T>): Promise<T> {
  return withStore(async (store) => {
    await ensureSeed(store);
    return run(store);
  });
}

function nameOf(code: string, territories: SeedTerritory[]): string {
  return territories.find((t) => t.code === code)?.name ?? countryByIso3(code)?.name ?? code;
}

const verificationLabel = {
  text: 'verified: resolution text in the store',
  meetings: 'verified: adoption date in the meetings tables',
  knowledge: 'from the literature (not in the store)',
  mismatch: 'MISMATCH with the store',
} as const;

function describeSource(
  s: RegistrySource,
  evidence: Map<number, ResolutionEvidence>,
): { text: string; verification: ReturnType<typeof verifySource> } {
  const v = verifySource(s, s.resolution === undefined ? undefined : evidence.get(s.resolution));
  const label = v.level === 'mismatch' ? `${verificationLabel.mismatch}: ${v.detail}` : verificationLabel[v.level];
  return { text: `${s.citation}, ${s.date} (${s.supports}) [${label}]`, verification: v };
}

function degreeText(d: StatusInterval['formal']): string {
  return `${d.degree} - ${d.note}`;
}

function intervalText(i: StoredInterval, evidence: Map<number, ResolutionEvidence>, indent: string): string {
  const lines = [
    `${indent}formal sovereignty: ${degreeText(i.formal)}`,
    `${indent}material sovereignty: ${degreeText(i.material)}`,
    ...(i.authority ? [`${indent}authority: ${i.authority}`] : []),
    ...(i.legalBasis.length ? [`${indent}legal basis: ${i.legalBasis.join('; ')}`] : []),
    ...(i.recognition ? [`${indent}recognition: ${i.recognition.level} - ${i.recognition.note}`] : []),
    ...(i.note ? [`${indent}note: ${i.note}`] : []),
    ...(i.origin === 'analyst' ? [`${indent}added by ${i.author} on ${i.recordedAt.slice(0, 10)}: ${i.reason}`] : []),
    `${indent}sources:`,
    ...i.sources.map((s) => `${indent}  - ${describeSource(s, evidence).text}`),
  ];
  return lines.join('\n');
}

function span(i: StatusInterval): string {
  return i.end === null ? `from ${i.start}` : `${i.start} until ${i.end}`;
}

async function evidenceFor(store: Store, sources: RegistrySource[]): Promise<Map<number, ResolutionEvidence>> {
  return store.sovereignty.resolutionEvidence(
    sources.flatMap((s) => (s.resolution === undefined ? [] : [s.resolution])),
  );
}

function withVerification(i: StoredInterval, evidence: Map<number, ResolutionEvidence>) {
  return { ...i, sources: i.sources.map((s) => ({ ...s, verification: describeSource(s, evidence).verification })) };
}

export function registerSovereignty(program: Command): void {
  const sov = program
    .command('sovereignty')
    .description(
      "the sovereignty registry in Saxer's terms: dated statuses per territory, with formal and material sovereignty, authority, legal basis and sources",
    );

  sov
    .command('show')
    .description("a territory's timeline of statuses, with notes on periods no status fits")
    .argument(
      '<territory>',
      'ISO3 code, registry code or name (e.g. XKX, Kosovo, "East Timor", Somaliland, Abkhazia (XAB), "South Ossetia" (XSO), "northern Cyprus" (XNC), Transnistria (XTR))',
    )
    .addOption(formatFlag(['text', 'json']))
    .action(async (territory: string, opts: { format: string }) => {
      const format = opts.format;
      await withRegistry(async (store) => {
        const territories = await store.sovereignty.territories();
        const code = territoryCode(territory, [
          ...seedTerritories,
          ...territories.map((t) => ({ ...t, intervals: [] })),
        ]);
        if (!code)
          throw new UsageError(
            `unknown territory "${territory}" (give an ISO3 code or a name; \`concord sovereignty list\` shows the registry)`,
          );
        const intervals = timeline(await store.sovereignty.intervals({ territory: code }), code) as StoredInterval[];
        const record = territories.find((t) => t.code === code);
        const notes = record?.notes ?? [];
        const evidence = await evidenceFor(store, [
          ...intervals.flatMap((i) => i.sources),
          ...notes.flatMap((n) => n.sources),
        ]);
        if (format === 'json') {
          const out = {
            code,
            name: nameOf(code, territories),
            review: record?.review ?? null,
            intervals: intervals.map((i) => withVerification(i, evidence)),
            notes,
          };
          return void process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        }
        process.stdout.write(`${nameOf(code, territories)} (${code})\n`);
        if (record?.review.date) process.stdout.write(`last reviewed ${record.review.date}: ${record.review.note}\n`);
        if (intervals.length === 0 && notes.length === 0) {
          return void process.stdout.write(
            'No status recorded in the registry (add one with `concord sovereignty add`).\n',
          );
        }
        for (const i of intervals) {
          process.stdout.write(
            `\n${span(i)}: ${statusDefinitions[i.status].label}\n${intervalText(i, evidence, '  ')}\n`,
          );
        }
        for (const n of notes) {
          process.stdout.write(
            `\nnote (${n.period}): ${n.text}\n  sources:\n${n.sources.map((s) => `    - ${describeSource(s, evidence).text}`).join('\n')}\n`,
          );
        }
      });
    });

  sov
    .command('at')
    .description('every non-Westphalian status in force on a day, with its sources')
    .argument('<date>', 'YYYY-MM-DD')
    .option('--all', 'include Westphalian statuses too')
    .addOption(formatFlag(['text', 'json']))
    .action(async (date: string, opts: { all?: boolean; format: string }) => {
      if (!isCalendarDate(date)) throw new UsageError(`the date must be a real day written YYYY-MM-DD, got "${date}"`);
      const format = opts.format;
      await withRegistry(async (store) => {
        const all = await store.sovereignty.intervals();
        const on = (opts.all ? all.filter((i) => inForce(i, date)) : nonWestphalianOn(all, date)) as StoredInterval[];
        const territories = await store.sovereignty.territories();
        const evidence = await evidenceFor(
          store,
          on.flatMap((i) => i.sources),
        );
        if (format === 'json') {
          return void process.stdout.write(
            `${JSON.stringify({ date, intervals: on.map((i) => ({ name: nameOf(i.territory, territories), ...withVerification(i, evidence) })) }, null, 2)}\n`,
          );
        }
        process.stdout.write(
          `${opts.all ? 'Statuses' : 'Non-Westphalian statuses'} in force on ${date}: ${on.length} territor${on.length === 1 ? 'y' : 'ies'}\n`,
        );
        for (const i of on) {
          process.stdout.write(
            `\n${i.territory}  ${nameOf(i.territory, territories)}: ${statusDefinitions[i.status].label}, ${span(i)}\n${intervalText(i, evidence, '     ')}\n`,
          );
        }
      });
    });

  sov
    .command('list')
    .description(
      'the territories in the registry with their status today, how many intervals they have and when each entry was last reviewed',
    )
    .addOption(formatFlag(['text', 'json']))
    .action(async (opts: { format: string }) => {
      const format = opts.format;
      await withRegistry(async (store) => {
        const all = await store.sovereignty.intervals();
        const territories = await store.sovereignty.territories();
        const today = new Date().toISOString().slice(0, 10);
        const codes = [...new Set(all.map((i) => i.territory))].sort();
        const rows = codes.map((code) => {
          const own = all.filter((i) => i.territory === code);
          const now = own.find((i) => inForce(i, today));
          const review = territories.find((t) => t.code === code)?.review;
          return {
            code,
            name: nameOf(code, territories),
            intervals: own.length,
            from: own[0].start,
            statusToday: now ? now.status : null,
            reviewed: review?.date || null,
            reviewNote: review?.note ?? 'not in the seed: added by analysts, never reviewed',
          };
        });
        if (format === 'json') return void process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        process.stdout.write(
          `${formatTable(rows, [
            { header: 'code', value: (r) => r.code },
            { header: 'territory', value: (r) => r.name },
            { header: 'intervals', value: (r) => r.intervals },
            { header: 'first', value: (r) => r.from },
            {
              header: `status on ${today}`,
              value: (r) => (r.statusToday ? statusDefinitions[r.statusToday].label : '(none recorded)'),
            },
            { header: 'last reviewed', value: (r) => r.reviewed ?? '(never)' },
          ])}\n`,
        );
      });
    });

  sov
    .command('add')
    .description(
      'add status intervals from a JSON file (one interval or a list); refused, with nothing saved, if any is malformed or overlaps',
    )
    .requiredOption(
      '--from <file>',
      'JSON: {territory, status, start, end, formal:{degree,note}, material:{degree,note}, authority, legalBasis[], recognition, note, sources[]}',
    )
    .option('--author <name>', 'who adds it (default: $USER)')
    .option('--reason <text>', 'why (required)')
    .addHelpText(
      'after',
      `
Statuses: ${Object.keys(statusDefinitions).join(', ')}
Degrees (formal, material): full, limited, none. Recognition levels: recognised, partial, unrecognised.
Dates: start inclusive, end exclusive (the first day of what follows), null while it lasts.
A source: {kind: security-council-resolution|general-assembly-resolution|agreement|declaration|decision|other,
           citation, date, resolution (number, for a Council resolution), quote (optional), supports}`,
    )
    .action(async (opts: { from: string; author?: string; reason?: string }) => {
      const author = (opts.author ?? process.env.USER ?? '').trim();
      if (!author) throw new UsageError('--author is required ($USER is not set)');
      const reason = opts.reason?.trim();
      if (!reason) throw new UsageError('--reason is required: say why the interval is added');
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(opts.from, 'utf8'));
      } catch (e) {
        throw new UsageError(`cannot read ${opts.from} as JSON: ${(e as Error).message}`);
      }
      const list = Array.isArray(json) ? json : [json];
      const problems: string[] = [];
      const intervals = list.flatMap((x, k) => {
        try {
          return [validateInterval(x)];
        } catch (e) {
          if (!(e instanceof IntervalValidationError)) throw e;
          problems.push(...e.problems.map((p) => (list.length > 1 ? `[${k}] ${p}` : p)));
          return [];
        }
      });
      if (problems.length > 0) throw new IntervalValidationError(problems);
      await withRegistry(async (store) => {
        const recordedAt = new Date().toISOString();
        for (const i of intervals) {
          if (!countryByIso3(i.territory) && !seedTerritories.some((t) => t.code === i.territory)) {
            throw new UsageError(
              `territory "${i.territory}" is neither an ISO3 code Concord knows nor a registry code`,
            );
          }
        }
        // Overlaps with the registry and within the file are refused together, before anything is written.
        await store.sovereignty.addIntervals(intervals, { author, reason, recordedAt }, (existing) =>
          checkNoOverlap(existing, intervals),
        );
        process.stdout.write(
          `${intervals.length} interval${intervals.length === 1 ? '' : 's'} added to the registry by ${author} (${reason})\n`,
        );
      });
    });
}
