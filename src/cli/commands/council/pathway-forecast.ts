// `concord council pathway` (the R2P right-authority sequence for a situation file) and
// `concord council forecast` (veto base rates per permanent seat from the meetings tables).
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { meetingsWhere } from '../../../app/council.ts';
import { forecastVetoes, parseSituation, topicRegions, votedDrafts, walkPathway } from '../../../council/index.ts';
import { UsageError } from '../../errors.ts';
import { formatOption, intOption } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { out, pct } from './shared.ts';

export function registerPathwayAndForecast(council: Command): void {
  council
    .command('pathway')
    .description(
      "walk R2P's right-authority sequence for a situation: Security Council, then the General Assembly under Uniting for Peace, then a regional organisation under Chapter VIII",
    )
    .requiredOption(
      '--situation <file>',
      'JSON file: {state, year, date?, crimesAlleged, draftMeasures, chapter?, positions, parties?, councilActs?, hostConsent?, generalAssembly?, regionalOrganisation?} (docs/council.md)',
    )
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { situation: string; format: string }) => {
      const fmt = formatOption(opts.format, ['text', 'json'] as const);
      let text: string;
      try {
        text = readFileSync(opts.situation, 'utf8');
      } catch (e) {
        throw new UsageError(
          `cannot read situation file ${opts.situation}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
        );
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw new UsageError(`${opts.situation}: not valid JSON (${(e as Error).message})`);
      }
      const parsed = parseSituation(raw);
      if (!parsed.ok)
        throw new UsageError(
          `${opts.situation}: malformed situation\n${parsed.errors.map((e) => `  field ${e.field}: ${e.reason}`).join('\n')}`,
        );
      const p = walkPathway(parsed.situation);
      if (fmt === 'json') return out(JSON.stringify(p, null, 2));
      out(`Right authority for ${p.state} (${p.year})`);
      p.steps.forEach((s, i) => {
        out(`\n${i + 1}. ${s.authority}: ${s.outcome}`);
        for (const r of s.rules) out(`   rule: ${r.rule} [${r.source}]`);
        for (const f of s.findings) out(`   -> ${f}`);
      });
      out(`\nConclusion: ${p.conclusion}`);
      for (const n of p.notes) out(`Note: ${n}`);
    });

  council
    .command('forecast')
    .description(
      'base-rate estimate that each permanent member vetoes a draft on a topic and/or in a region, from the drafts put to the vote 1946-2022; states its limits',
    )
    .option('--topic <text>', 'text the agenda item contains (case-insensitive), e.g. "Middle East", "Syria"')
    .option('--region <region>', `region (veto list vocabulary): ${topicRegions.join(', ')}`)
    .option('--since <year>', 'use only drafts from this year on')
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { topic?: string; region?: string; since?: string; format: string }) => {
      const fmt = formatOption(opts.format, ['text', 'json'] as const);
      if (!opts.topic && !opts.region) throw new UsageError('give --topic, --region or both');
      const region = opts.region
        ? topicRegions.find((r) => r.toLowerCase() === opts.region!.trim().toLowerCase())
        : undefined;
      if (opts.region && !region)
        throw new UsageError(`unknown region "${opts.region}"; known: ${topicRegions.join(', ')}`);
      const since = intOption('--since', opts.since);
      await withStore(async (store) => {
        const meetings = await meetingsWhere(store, {});
        const f = forecastVetoes(votedDrafts(meetings), { topic: opts.topic, region, since });
        if (fmt === 'json') return out(JSON.stringify(f, null, 2));
        const what = [opts.topic && `topic "${opts.topic}"`, region && `region ${region}`].filter(Boolean).join(', ');
        out(
          `Veto base rates for drafts on ${what}, ${f.period ? `${f.period[0]}-${f.period[1]}` : 'no drafts'}: ${f.matchingDrafts} of ${f.draftsInPeriod} drafts put to the vote match, ${f.matchingVetoedDrafts} of them vetoed.\n`,
        );
        out(
          formatTable(f.seats, [
            { header: 'seat', value: (s) => (s.seat === 'Russia' ? 'Russia (USSR to 1991)' : s.seat) },
            { header: 'vetoes', value: (s) => s.vetoes },
            {
              header: 'observed',
              value: (s) => (s.observedRate === null ? 'n/a' : pct(s.observedRate)),
              align: 'right',
            },
            {
              header: '90% interval',
              value: (s) => (s.interval ? `${pct(s.interval[0])}-${pct(s.interval[1])}` : 'n/a'),
              align: 'right',
            },
            { header: 'base rate (all drafts)', value: (s) => pct(s.baseRate), align: 'right' },
            { header: 'estimate', value: (s) => pct(s.probability), align: 'right' },
          ]),
        );
        out(`\nMethod: ${f.method}`);
        out('Limits:');
        for (const l of f.limits) out(`  - ${l}`);
      });
    });
}
