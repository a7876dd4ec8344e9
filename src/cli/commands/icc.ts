// `concord icc jurisdiction|participation`: whether the International Criminal Court has
// jurisdiction over conduct (territory, region, nationality, date, crime) and on which basis -
// Art. 12(2)(a), 12(2)(b), 12(3), 13(b) - or why not, with the sources (src/app/icc.ts over the
// rule of src/sovereignty/icc.ts); and the Rome Statute participation data it rests on, per state.
import type { Command } from 'commander';
import { formatFlag } from '../options.ts';
import { answerJurisdiction, iccFacts } from '../../app/icc.ts';
import { countryByIso3, iso3ForName } from '../../countries/index.ts';
import type { IccCitation } from '../../sovereignty/icc.ts';
import { UsageError } from '../errors.ts';
import { formatTable } from '../table.ts';
import { withStore } from '../with-store.ts';

const citation = (s: IccCitation) => `${s.citation}, ${s.date} (${s.supports})${s.url ? ` <${s.url}>` : ''}`;

export function registerIcc(program: Command): void {
  const icc = program
    .command('icc')
    .description(
      'the International Criminal Court: jurisdiction over conduct, from the Rome Statute participation data',
    );

  icc
    .command('jurisdiction')
    .description(
      'whether the Court has jurisdiction over conduct, on which basis (Art. 12(2)(a), 12(2)(b), 12(3), 13(b)) or why not, with sources',
    )
    .requiredOption('--territory <state>', 'state where the conduct occurred (ISO3 or name)')
    .option('--region <name>', 'where in that state (a referral may cover a region only: Darfur)')
    .requiredOption('--nationality <state>', "the accused's state of nationality (ISO3 or name)")
    .requiredOption('--date <YYYY-MM-DD>', 'date of the conduct')
    .option('--crime <crime>', 'genocide, crimes-against-humanity, war-crimes or ethnic-cleansing (default: any)')
    .addOption(formatFlag(['text', 'json']))
    .action(
      async (opts: {
        territory: string;
        region?: string;
        nationality: string;
        date: string;
        crime?: string;
        format: string;
      }) => {
        await withStore(async (store) => {
          const a = await answerJurisdiction(store, opts);
          if (opts.format === 'json') return void process.stdout.write(`${JSON.stringify(a, null, 2)}\n`);
          const q = a.question;
          const where = `${q.territoryName} (${q.territory})${q.region ? `, ${q.region}` : ''}`;
          process.stdout.write(
            `${[
              `Conduct on ${q.date} in ${where} by a national of ${q.nationalityName} (${q.nationality})${q.crime ? `, ${q.crime}` : ''}`,
              `jurisdiction: ${a.jurisdiction ? `yes - ${a.basis.join(', ')}` : 'no'}`,
              'reasons:',
              ...a.reasons.map((r) => `  - ${r}`),
              'sources:',
              ...a.sources.map((s) => `  - ${citation(s)}`),
            ].join('\n')}\n`,
          );
        });
      },
    );

  icc
    .command('participation')
    .description(
      "the Rome Statute participation data: every state that has been a party, or one state's row with its declarations and sources",
    )
    .argument('[state]', 'ISO3 or name')
    .addOption(formatFlag(['text', 'json']))
    .action(async (stateText: string | undefined, opts: { format: string }) => {
      await withStore(async (store) => {
        const facts = await iccFacts(store);
        if (stateText === undefined) {
          if (opts.format === 'json') return void process.stdout.write(`${JSON.stringify(facts, null, 2)}\n`);
          process.stdout.write(
            `${formatTable(
              [...facts.participation],
              [
                { header: 'state', value: (p) => p.state },
                { header: 'name', value: (p) => p.name },
                { header: 'deposited', value: (p) => p.deposited },
                { header: 'in force', value: (p) => p.entryIntoForce },
                { header: 'withdrawal effective', value: (p) => p.withdrawalEffective ?? '' },
              ],
            )}\n${facts.declarations.length} declarations (Art. 12(3), 124); referrals: ${facts.referrals.map((r) => `${r.citation} ${r.situation}`).join('; ')}\n`,
          );
          return;
        }
        const t = stateText.trim();
        const code = /^[A-Za-z]{3}$/.test(t) ? countryByIso3(t.toUpperCase())?.iso3 : iso3ForName(t);
        if (!code) throw new UsageError(`state: unknown state "${t}" (give an ISO3 code or a name)`);
        const row = facts.participation.find((p) => p.state === code) ?? null;
        const declarations = facts.declarations.filter((d) => d.state === code);
        const referrals = facts.referrals.filter((r) => r.territory === code);
        if (opts.format === 'json')
          return void process.stdout.write(
            `${JSON.stringify({ state: code, participation: row, declarations, referrals }, null, 2)}\n`,
          );
        const lines = [`${countryByIso3(code)?.name ?? code} (${code})`];
        if (row) {
          lines.push(
            `party: instrument deposited ${row.deposited}, the Statute in force for it from ${row.entryIntoForce}`,
          );
          if (row.withdrawalNotified)
            lines.push(
              row.withdrawalRevoked
                ? `withdrawal notified ${row.withdrawalNotified}, revoked ${row.withdrawalRevoked}`
                : `withdrawal notified ${row.withdrawalNotified}, effective ${row.withdrawalEffective}`,
            );
          if (row.note) lines.push(`note: ${row.note}`);
          if (row.uncertain) lines.push(`uncertain: ${row.uncertain}`);
          lines.push('sources:', ...row.sources.map((s) => `  - ${citation(s)}`));
        } else lines.push('not a party to the Rome Statute');
        for (const d of declarations) {
          lines.push(
            `Art. ${d.article} declaration lodged ${d.lodged}: ${d.until ? `${d.from} to ${d.until}` : `from ${d.from}`}${d.scope ? ` (${d.scope})` : ''}${d.effective ? '' : ' - not counted'}`,
          );
          if (d.note) lines.push(`  note: ${d.note}`);
          if (d.uncertain) lines.push(`  uncertain: ${d.uncertain}`);
          lines.push(...d.sources.map((s) => `  - ${citation(s)}`));
        }
        for (const r of referrals) {
          lines.push(
            `referral: ${r.citation}, adopted ${r.adopted}: ${r.situation}${r.regions ? ` (only ${r.regions.join(', ')})` : ''}`,
          );
          if (r.note) lines.push(`  note: ${r.note}`);
          lines.push(...r.sources.map((s) => `  - ${citation(s)}`));
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });
}
