// `concord council ...` (record, vetoes, members, vote, pathway, forecast; r2p, votes, dissent,
// agreement, penholders, veto-backtest, chapter7) and `concord resolutions
// ...` (code, trend, evaluate): Security Council practice and the Charter decision engine. Each
// subcommand file is a thin shell: parse options, call one use case or core function, render
// tables, JSON or CSV. Bad usage (unknown resolution, malformed situation file, invalid ballot)
// exits 2.
import type { Command } from 'commander';
import { registerCouncilMembers } from '../council-members.ts';
import { registerR2pAnalytics } from './analytics-r2p.ts';
import { registerAnalyticsStudies } from './analytics-studies.ts';
import { registerVotingAnalytics } from './analytics-voting.ts';
import { registerPathwayAndForecast } from './pathway-forecast.ts';
import { registerRecord } from './record.ts';
import { registerResolutions } from './resolutions.ts';
import { registerVote } from './vote.ts';

export function registerCouncil(program: Command): void {
  registerResolutions(program);
  const council = program
    .command('council')
    .description(
      'Security Council practice (meetings, votes, vetoes) and the Charter decision engine (Art. 27 votes, R2P right-authority pathway, veto base rates)',
    );
  registerCouncilMembers(council);
  registerRecord(council);
  registerVote(council);
  registerPathwayAndForecast(council);
  // 2000-2026 analytics (issue 14)
  registerR2pAnalytics(council);
  registerVotingAnalytics(council);
  registerAnalyticsStudies(council);
}
