// `concord risk factors|profile ISO3`: the UN Framework of Analysis evidence per risk factor and
// the human-security profile of one country in one year, from the risk core over the country's record.
import type { Command } from 'commander';
import { type CountryRecord, countryRef, yearsCovered } from '../../../risk/country-record.ts';
import { type EvidenceItem, factorEvidence } from '../../../risk/factor-evidence.ts';
import { humanSecurityProfile } from '../../../risk/human-security.ts';
import type { Store } from '../../../store/store.ts';
import { UsageError } from '../../errors.ts';
import { formatOption, intOption } from '../../options.ts';
import { withStore } from '../../with-store.ts';
import { short } from './shared.ts';
import { importAdvice } from '../../../app/import-advice.ts';

async function countryRecordFor(store: Store, iso3: string): Promise<CountryRecord> {
  const ref = countryRef(iso3);
  if (!ref) throw new UsageError(`unknown ISO3 code "${iso3}"`);
  const record = await store.risk.countryRecord(ref);
  if (!yearsCovered(record))
    throw new UsageError(
      `the store has no risk data for ${ref.name} (${ref.iso3}): run ${await importAdvice(store)}, or the sources do not cover it`,
    );
  return record;
}

function checkYear(record: CountryRecord, year: number): void {
  const years = yearsCovered(record)!;
  const any = record.countryYears.some((c) => c.year === year) || record.indicators.some((o) => o.year === year);
  if (!any)
    throw new UsageError(
      `no data for ${record.name} (${record.iso3}) in ${year}; its data cover ${years.first}-${years.last}`,
    );
}

/** The latest year with an EWP country-year for the country, else its latest indicator year. */
function defaultYear(record: CountryRecord): number {
  const ewpYears = record.countryYears.map((c) => c.year);
  return ewpYears.length > 0 ? Math.max(...ewpYears) : yearsCovered(record)!.last;
}

function evidenceLine(e: EvidenceItem): string {
  const value = typeof e.value === 'number' ? short(e.value) : e.value;
  return `${e.signal.padEnd(10)} ${(e.indicator ?? '').padEnd(5)} ${e.measure} = ${value} (${e.source}, ${e.year}): ${e.reading}`;
}

// ---- registration ----

/** A command about one country in one year: `<iso3>`, `--year` (default: its latest EWP year), `--format`. */
function countryCommand(
  parent: Command,
  spec: {
    name: string;
    description: string;
    json: (record: CountryRecord, year: number) => unknown;
    table: (record: CountryRecord, year: number) => string;
  },
): void {
  parent
    .command(spec.name)
    .description(spec.description)
    .argument('<iso3>', 'ISO 3166-1 alpha-3 code of the country')
    .option('--year <year>', 'year (default: the latest with EWP data for the country)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (iso3: string, opts: { year?: string; format: string }) => {
      const format = formatOption(opts.format, ['table', 'json'] as const);
      await withStore(async (store) => {
        const record = await countryRecordFor(store, iso3);
        const year = intOption('--year', opts.year) ?? defaultYear(record);
        checkYear(record, year);
        process.stdout.write(
          format === 'json' ? `${JSON.stringify(spec.json(record, year), null, 2)}\n` : `${spec.table(record, year)}\n`,
        );
      });
    });
}

export function registerCountryCommands(risk: Command): void {
  countryCommand(risk, {
    name: 'factors',
    description:
      'UN Framework of Analysis: evidence from data for each of the 14 risk factors of a country, and what is missing',
    json: (record, year) => ({ iso3: record.iso3, name: record.name, year, factors: factorEvidence(record, year) }),
    table: (record, year) => {
      const out = [
        `UN Framework of Analysis for Atrocity Crimes: evidence from data for ${record.name} (${record.iso3}), ${year}`,
        'signal     ind.  measure = value (source, year): reading',
        '',
      ];
      for (const f of factorEvidence(record, year)) {
        out.push(`${f.factor}. ${f.name}${f.group === 'common' ? '' : ` [${f.group}]`}`);
        for (const e of f.evidence) out.push(`   ${evidenceLine(e)}`);
        if (f.evidence.length === 0) out.push('   (no evidence from data)');
        for (const m of f.missing) out.push(`   missing: ${m}`);
        out.push('');
      }
      out.push(
        'Indicator numbers: see src/risk/framework.ts for which are certain and which are to be checked against the Framework.',
      );
      return out.join('\n');
    },
  });

  countryCommand(risk, {
    name: 'profile',
    description:
      'human-security profile of a country on the seven UNDP dimensions, each number with its source and year',
    json: (record, year) => humanSecurityProfile(record, year),
    table: (record, year) => {
      const profile = humanSecurityProfile(record, year);
      const out = [
        `Human-security profile of ${profile.name} (${profile.iso3}), ${year} (UNDP 1994: seven dimensions)`,
        '',
      ];
      for (const d of profile.dimensions) {
        out.push(`${d.dimension}${d.covered ? '' : ': NOT COVERED'}`);
        for (const m of d.measures) {
          const value = m.flag
            ? `${m.value === 1 ? 'yes' : 'no'}${m.unit ? ` [${m.unit}]` : ''}`
            : `${short(m.value)} ${m.unit}`;
          out.push(`   ${m.measure}: ${value} (${m.source}, ${m.year})`);
        }
        for (const g of d.gaps) out.push(`   ${d.covered ? 'no value: ' : ''}${g}`);
        out.push('');
      }
      return out.join('\n').trimEnd();
    },
  });
}
