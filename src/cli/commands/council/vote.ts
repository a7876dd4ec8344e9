// `concord council vote`: decides a ballot under Art. 27 against the actual Council of its year
// (use case src/app/council-vote.ts: DPPA membership; a state that did not sit is refused, the
// message listing that year's members).
import type { Command } from 'commander';
import { decideCouncilVote } from '../../../app/council-vote.ts';
import type { Ballot } from '../../../council/index.ts';
import { withStore } from '../../with-store.ts';
import { UsageError } from '../../errors.ts';
import { formatOption, intOption } from '../../options.ts';
import { list, out } from './shared.ts';

export function registerVote(council: Command): void {
  council
    .command('vote')
    .description(
      'decide a Council vote under Art. 27: adopted, veto, insufficient votes or invalid, with the threshold and a one-sentence explanation',
    )
    .option(
      '--yes <list>',
      'members voting yes: comma-separated ISO3 codes or seat names (China, France, Russia/USSR, UK, USA)',
    )
    .option('--no <list>', 'members voting no')
    .option('--abstain <list>', 'members abstaining')
    .option('--absent <list>', 'members absent')
    .option('--procedural', 'a procedural matter (Art. 27(2)): no veto')
    .option('--chapter <chapter>', 'VI or VII: under VI, parties to the dispute must abstain (Art. 27(3))')
    .option('--party <list>', 'parties to the dispute')
    .option(
      '--year <year>',
      "year of the vote: the ballot is checked against that year's actual Council (Council of 11 and 7 votes before 1966)",
      String(new Date().getFullYear()),
    )
    .option('--format <format>', 'text or json', 'text')
    .action(
      async (opts: {
        yes?: string;
        no?: string;
        abstain?: string;
        absent?: string;
        procedural?: boolean;
        chapter?: string;
        party?: string;
        year: string;
        format: string;
      }) => {
        const fmt = formatOption(opts.format, ['text', 'json'] as const);
        if (opts.chapter !== undefined && opts.chapter !== 'VI' && opts.chapter !== 'VII')
          throw new UsageError(`--chapter must be VI or VII, got "${opts.chapter}"`);
        const ballot: Ballot = {
          year: intOption('--year', opts.year)!,
          yes: list(opts.yes),
          no: list(opts.no),
          abstain: list(opts.abstain),
          absent: list(opts.absent),
          procedural: opts.procedural ?? false,
          chapter: opts.chapter as 'VI' | 'VII' | undefined,
          parties: list(opts.party),
        };
        if (ballot.yes.length + ballot.no.length + ballot.abstain.length + (ballot.absent?.length ?? 0) === 0)
          throw new UsageError('give at least one member with --yes, --no, --abstain or --absent');
        const d = await withStore((store) => decideCouncilVote(store, ballot));
        if (fmt === 'json') {
          out(JSON.stringify(d, null, 2));
          if (d.reason === 'invalid') process.exitCode = 2;
          return;
        }
        if (d.reason === 'invalid') throw new UsageError(`invalid ballot:\n  ${d.errors.join('\n  ')}`);
        out(d.explanation);
        out(`Members checked against ${d.checkedAgainst}.`);
        out(
          `${d.adopted ? 'adopted' : 'not adopted'} (${d.reason}); ${d.count.yes}-${d.count.no}-${d.count.abstain}${d.count.absent ? `, ${d.count.absent} absent` : ''}${d.count.notListed ? `, ${d.count.notListed} not listed` : ''}; ${d.threshold} of ${d.councilSize} needed in ${d.year}${d.vetoedBy.length ? `; vetoed by ${d.vetoedBy.join(', ')}` : ''}; ${d.rules.join(', ')}`,
        );
      },
    );
}
