// The council capability's public API: Security Council practice (the resolution coder, the
// record of meetings, votes and vetoes) and the Charter decision engine (Art. 27 voting, the
// right-authority pathway, veto base rates). Pure functions and types; the store supplies data.
//
// For the web app's vote simulator:  decideVote(ballot: Ballot): VoteDecision
// For the R2P case workbench:       parseSituation(json): SituationCheck, walkPathway(situation: Situation): Pathway
export { type Ballot, type Chapter, type SeatVote, validateBallot, type VoteCast, voteCasts } from './ballot.ts';
export { councilSize, electedSeats, requiredVotes } from './council-size.ts';
export { decideVote, type VoteCount, type VoteDecision, type VoteReason } from './vote.ts';
export {
  type PermanentSeat,
  permanentHolder,
  permanentSeats,
  resolveSeat,
  type Seat,
  seatKey,
  unMemberIn,
} from './seats.ts';
export { type AtrocityCrime, atrocityCrimes, type DraftMeasure, draftMeasures, measureBases } from './measures.ts';
export { draftBallot, parseSituation, type Situation, type SituationCheck, type SituationError } from './situation.ts';
export type { Authority, PathwayStep, RuleApplied, StepOutcome } from './pathway-step.ts';
export { type Pathway, walkPathway } from './pathway.ts';
export { addWorkingDays } from './uniting-for-peace.ts';
export type {
  Decision,
  DecisionKind,
  Meeting,
  RecordedTally,
  ResolutionText,
  Veto,
  VetoedDraftRecord,
  VetoListEntry,
} from './practice.ts';
export { draftSymbol, joinVetoes, type VetoCount, type VetoGrouping, vetoesBy } from './veto-list.ts';
export { recordByYear, type YearRecord } from './record.ts';
export { regionsOfTopic, topicRegions } from './regions.ts';
export { forecastVetoes, type SeatForecast, type VetoForecast, votedDrafts } from './forecast.ts';
export {
  codedFields,
  type CodedField,
  type CodedResolution,
  codeResolution,
  type Determination,
  flagFields,
} from './coding/code-resolution.ts';
export type { Evidence } from './coding/evidence.ts';
export { labelledSet, type Label } from './coding/labelled-set.ts';
export { evaluateCoder, type Evaluation, type FieldScore } from './coding/evaluate.ts';
export { trendByYear, type TrendRow } from './coding/trend.ts';
