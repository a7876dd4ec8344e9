// RiskInputsStore over the SqlDb executor, for every dialect: the inputs of Concord's own forecast
// predictors. Council decisions (resolutions and presidential statements) with their agenda item's
// title come from the Library's meetings tables (meetings, meeting_outcomes) for the years those
// cover, and from the UN's XML documents (council_documents) for later years only, so that no
// decision is counted twice; coup attempts are the coups source's `cou.any` rows in `indicators`.
import type { CouncilDecision, OwnPredictorInputs } from '../../risk/own-predictors.ts';
import type { RiskInputsStore } from '../risk-inputs-store.ts';
import type { SqlDb } from './db.ts';

type Span = { first: number; last: number } | null;

const span = (r: { first: number | null; last: number | null } | undefined): Span =>
  r && r.first !== null && r.last !== null ? { first: Number(r.first), last: Number(r.last) } : null;

export class SqlRiskInputsStore implements RiskInputsStore {
  constructor(private readonly db: SqlDb) {}

  async ownPredictorInputs(): Promise<OwnPredictorInputs> {
    const meetingYears = span(
      await this.db.get<{ first: number | null; last: number | null }>(
        'SELECT MIN(year) AS "first", MAX(year) AS "last" FROM meetings',
      ),
    );
    const fromMeetings = await this.db.all<CouncilDecision>(
      `SELECT o.year AS "year", m.topic AS "topic"
         FROM meeting_outcomes o JOIN meetings m ON m.source_file = o.source_file AND m.source_line = o.source_line
        WHERE o.kind IN ('resolution', 'presidential_statement')
        ORDER BY o.year, o.source_file, o.source_line, o.seq`,
    );
    const after = meetingYears?.last ?? -1;
    const documentYears = span(
      await this.db.get<{ first: number | null; last: number | null }>(
        `SELECT MIN(year) AS "first", MAX(year) AS "last" FROM council_documents
          WHERE kind IN ('resolution', 'statement') AND year > ?`,
        [after],
      ),
    );
    const fromDocuments = await this.db.all<CouncilDecision>(
      `SELECT year AS "year", agenda_item AS "topic" FROM council_documents
        WHERE kind IN ('resolution', 'statement') AND year > ? AND agenda_item IS NOT NULL
        ORDER BY year, symbol`,
      [after],
    );
    // the documents extend the meetings only when they continue them without a gap
    const decisionYears: Span =
      meetingYears && documentYears && documentYears.first === meetingYears.last + 1
        ? { first: meetingYears.first, last: documentYears.last }
        : (meetingYears ?? documentYears);
    const decisions = [...fromMeetings, ...fromDocuments]
      .filter((d) => decisionYears !== null && d.year >= decisionYears.first && d.year <= decisionYears.last)
      .map((d) => ({ year: Number(d.year), topic: d.topic }));
    const coupYears = span(
      await this.db.get<{ first: number | null; last: number | null }>(
        `SELECT MIN(year) AS "first", MAX(year) AS "last" FROM indicators WHERE source = 'coups' AND indicator = 'cou.any'`,
      ),
    );
    const coups = await this.db.all<{ ccode: number; year: number }>(
      `SELECT DISTINCT ccode AS "ccode", year AS "year" FROM indicators
        WHERE source = 'coups' AND indicator = 'cou.any' AND value > 0 AND ccode IS NOT NULL ORDER BY ccode, year`,
    );
    return {
      decisions,
      decisionYears,
      coups: coups.map((c) => ({ ccode: Number(c.ccode), year: Number(c.year) })),
      coupYears,
    };
  }
}
