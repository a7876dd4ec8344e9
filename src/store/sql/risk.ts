// RiskStore over the SqlDb executor, for every dialect: the SQL behind the risk capability. Reads
// the imported tables ewp_predictors, ewp_foos, ewp_forecasts, ewp_coefficients, ewp_base,
// indicators and battle_deaths (src/store/schema/risk.ts) and writes risk_model_runs and
// risk_forecasts and risk_backtest_forecasts (src/store/schema/risk-model.ts) in one write transaction (INSERT ... RETURNING
// works in SQLite 3.35+ and PostgreSQL).
import type { EwpScoredCountryYear } from '../../risk/backtest.ts';
import {
  type BattleDeathsDyadYear,
  type CountryRecord,
  type CountryRef,
  type IndicatorObservation,
  type MassKillingYear,
  locationCountries,
} from '../../risk/country-record.ts';
import type { CountryYear } from '../../risk/country-year.ts';
import type { PublishedForecast } from '../../risk/forecast.ts';
import type { BacktestCountryYear } from '../../risk/history.ts';
import type { EwpCoefficient, ModelRunRecord, RiskStore, StoredForecast, StoredRun } from '../risk-store.ts';
import type { SqlDb, SqlValue } from './db.ts';
import { insertRows } from './insert-rows.ts';
import { appendAudit } from './audit.ts';

type Json = Record<string, number | string | null>;

const flag = (v: unknown): 0 | 1 | null => (v === 0 || v === 1 ? v : null);

interface RunRow {
  id: number;
  kind: 'backtest' | 'forecast';
  model: string;
  from_year: number;
  to_year: number;
  seed: number;
  settings: string;
  data_fingerprint: string;
  summary: string;
  created_at: string;
}

interface ForecastRow {
  ccode: number;
  iso3: string | null;
  ewp_name: string;
  forecast_year: number;
  probability: number;
  lower: number | null;
  upper: number | null;
  rank: number;
  drivers: string;
}

const runColumns = 'id, kind, model, from_year, to_year, seed, settings, data_fingerprint, summary, created_at';
const forecastColumns = 'ccode, iso3, ewp_name, forecast_year, probability, lower, upper, rank, drivers';

const storedRun = (r: RunRow): StoredRun => ({
  id: Number(r.id),
  kind: r.kind,
  model: r.model,
  fromYear: r.from_year,
  toYear: r.to_year,
  seed: Number(r.seed),
  settings: JSON.parse(r.settings),
  dataFingerprint: r.data_fingerprint,
  summary: JSON.parse(r.summary),
  createdAt: r.created_at,
});

const storedForecast = (f: ForecastRow): StoredForecast => ({
  ccode: f.ccode,
  iso3: f.iso3,
  ewpName: f.ewp_name,
  forecastYear: f.forecast_year,
  probability: f.probability,
  lower: f.lower,
  upper: f.upper,
  rank: f.rank,
  drivers: JSON.parse(f.drivers),
});

const placeholders = (xs: readonly unknown[]) => `(${xs.map(() => '?').join(', ')})`;

export class SqlRiskStore implements RiskStore {
  constructor(private readonly db: SqlDb) {}

  async countryYears(): Promise<CountryYear[]> {
    return this.predictorRows('SELECT ewp_name, ccode, year, data FROM ewp_predictors ORDER BY year, ccode');
  }

  private async predictorRows(sql: string, params: readonly SqlValue[] = []): Promise<CountryYear[]> {
    const rows = await this.db.all<{ ewp_name: string; ccode: number | null; year: number; data: string }>(sql, params);
    return rows
      .filter((r) => r.ccode !== null)
      .map((r) => {
        const data = JSON.parse(r.data) as Json;
        const predictors: Record<string, number | null> = {};
        for (const [k, v] of Object.entries(data))
          if (!k.startsWith('mk_onset')) predictors[k] = typeof v === 'number' ? v : null;
        // mk_onset_prev_year is a predictor, not an outcome
        predictors.mk_onset_prev_year = typeof data.mk_onset_prev_year === 'number' ? data.mk_onset_prev_year : null;
        return {
          ccode: r.ccode!,
          ewpName: r.ewp_name,
          year: r.year,
          predictors,
          onset: data.mk_onset === 1 ? 1 : 0,
          onsetNextYear: flag(data.mk_onset_1),
          onsetYearAfter: flag(data.mk_onset_2),
        };
      });
  }

  async ewpScoredCountryYears(): Promise<EwpScoredCountryYear[]> {
    const rows = await this.db.all<{
      ccode: number;
      year: number;
      ewp_name: string;
      mk_onset: number | null;
      maxrisk2: number | null;
      minrank2: number | null;
    }>('SELECT ccode, year, ewp_name, mk_onset, maxrisk2, minrank2 FROM ewp_foos ORDER BY year, ccode');
    return rows.map((r) => ({
      ccode: r.ccode,
      ewpName: r.ewp_name,
      year: r.year,
      onset: flag(r.mk_onset),
      maxRisk2: r.maxrisk2,
      minRank2: r.minrank2,
    }));
  }

  async ewpPublishedForecasts(): Promise<PublishedForecast[]> {
    // NULLS FIRST spelled out: SQLite sorts NULLs first by default, PostgreSQL last.
    const rows = await this.db.all<{
      ewp_name: string;
      ccode: number | null;
      risk_1or2: number | null;
      rank: number | null;
      data: string;
    }>('SELECT ewp_name, ccode, risk_1or2, rank, data FROM ewp_forecasts ORDER BY rank NULLS FIRST, ewp_name');
    return rows.map((r) => {
      const year = (JSON.parse(r.data) as Json).year;
      return {
        ewpName: r.ewp_name,
        ccode: r.ccode,
        probability: r.risk_1or2,
        rank: r.rank,
        dataYear: typeof year === 'number' ? year : null,
      };
    });
  }

  async ewpCoefficients(): Promise<EwpCoefficient[]> {
    return this.db.all<EwpCoefficient>('SELECT variable, coef FROM ewp_coefficients ORDER BY variable');
  }

  async ewpFingerprint(): Promise<string | undefined> {
    const r = await this.db.get<{ fingerprint: string }>("SELECT fingerprint FROM sources WHERE id = 'ewp'");
    return r?.fingerprint;
  }

  async countryRecord(country: CountryRef): Promise<CountryRecord> {
    const codes = country.ccodes.length > 0 ? country.ccodes : [-1];
    const spans = await this.db.all<{ id: string; year_min: number; year_max: number }>(
      'SELECT id, year_min, year_max FROM sources WHERE year_min IS NOT NULL AND year_max IS NOT NULL ORDER BY id',
    );
    return {
      ...country,
      sourceYears: Object.fromEntries(spans.map((r) => [r.id, { first: r.year_min, last: r.year_max }])),
      countryYears: await this.predictorRows(
        `SELECT ewp_name, ccode, year, data FROM ewp_predictors WHERE ccode IN ${placeholders(codes)} ORDER BY year, ccode`,
        codes,
      ),
      massKilling: await this.massKilling(codes),
      indicators: await this.indicators(country.iso3, country.ccodes),
      battleDeaths: (await this.battleDeaths()).filter((d) => locationCountries(d.location).includes(country.iso3)),
    };
  }

  private async massKilling(ccodes: readonly number[]): Promise<MassKillingYear[]> {
    if (ccodes.length === 0) return [];
    const rows = await this.db.all<{ year: number; mk_onset: number; mk_ongoing: number; data: string }>(
      `SELECT year, mk_onset, mk_ongoing, data FROM ewp_base WHERE ccode IN ${placeholders(ccodes)} ORDER BY year, ccode`,
      ccodes,
    );
    return rows.map((r) => {
      const data = JSON.parse(r.data) as Json;
      return {
        year: r.year,
        onset: r.mk_onset === 1,
        ongoing: r.mk_ongoing === 1,
        ongoingCount: typeof data.mk_ongoing_count === 'number' ? data.mk_ongoing_count : null,
        episodes:
          typeof data.mk_ongoing_code === 'string' && data.mk_ongoing_code.trim() !== '' ? data.mk_ongoing_code : null,
      };
    });
  }

  private async indicators(iso3: string, ccodes: readonly number[]): Promise<IndicatorObservation[]> {
    const byCode = ccodes.length > 0 ? ` OR (iso3 IS NULL AND ccode IN ${placeholders(ccodes)})` : '';
    return this.db.all<IndicatorObservation>(
      `SELECT source, indicator, year, value FROM indicators WHERE value IS NOT NULL AND (iso3 = ?${byCode}) ORDER BY source, indicator, year, entity`,
      [iso3, ...ccodes],
    );
  }

  private async battleDeaths(): Promise<BattleDeathsDyadYear[]> {
    return this.db.all<BattleDeathsDyadYear>(
      `SELECT conflict_id AS "conflictId", dyad_id AS "dyadId", year, location, side_a AS "sideA", side_b AS "sideB",
              type_of_conflict AS "typeOfConflict", bd_best AS "deathsBest"
       FROM battle_deaths ORDER BY year, dyad_id`,
    );
  }

  async saveRun(
    run: ModelRunRecord,
    forecasts: readonly StoredForecast[],
    history: readonly (BacktestCountryYear & { iso3: string | null })[] = [],
  ): Promise<number> {
    return this.db.transaction(
      async (tx) => {
        const inserted = await tx.get<{ id: number }>(
          `INSERT INTO risk_model_runs (kind, model, from_year, to_year, seed, settings, data_fingerprint, summary, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
          [
            run.kind,
            run.model,
            run.fromYear,
            run.toYear,
            run.seed,
            JSON.stringify(run.settings),
            run.dataFingerprint,
            JSON.stringify(run.summary),
            new Date().toISOString(),
          ],
        );
        const id = Number(inserted!.id);
        await insertRows(
          tx,
          'risk_forecasts',
          ['run_id', 'ccode', 'iso3', 'ewp_name', 'forecast_year', 'probability', 'lower', 'upper', 'rank', 'drivers'],
          forecasts.map((f) => [
            id,
            f.ccode,
            f.iso3,
            f.ewpName,
            f.forecastYear,
            f.probability,
            f.lower,
            f.upper,
            f.rank,
            JSON.stringify(f.drivers),
          ]),
        );
        await insertRows(
          tx,
          'risk_backtest_forecasts',
          [
            'run_id',
            'ccode',
            'iso3',
            'ewp_name',
            'year',
            'probability',
            'rank',
            'max_risk2',
            'min_rank2',
            'ewp_max_risk2',
            'ewp_min_rank2',
            'onset',
          ],
          history.map((h) => [
            id,
            h.ccode,
            h.iso3,
            h.ewpName,
            h.year,
            h.forecastProbability,
            h.forecastRank,
            h.maxRisk2,
            h.minRank2,
            h.ewpMaxRisk2,
            h.ewpMinRank2,
            h.onset,
          ]),
        );
        await appendAudit(tx, {
          actor: 'system:risk',
          action: 'risk.run',
          subject: `risk-run:${id}`,
          before: null,
          after: {
            kind: run.kind,
            model: run.model,
            fromYear: run.fromYear,
            toYear: run.toYear,
            seed: run.seed,
            dataFingerprint: run.dataFingerprint,
            forecasts: forecasts.length,
            countryYears: history.length,
          },
        });
        return id;
      },
      { write: true },
    );
  }

  async latestForecasts(model?: string): Promise<{ run: StoredRun; forecasts: StoredForecast[] } | undefined> {
    const r =
      model === undefined
        ? await this.db.get<RunRow>(
            `SELECT ${runColumns} FROM risk_model_runs WHERE kind = 'forecast' ORDER BY id DESC LIMIT 1`,
          )
        : await this.db.get<RunRow>(
            `SELECT ${runColumns} FROM risk_model_runs WHERE kind = 'forecast' AND model = ? ORDER BY id DESC LIMIT 1`,
            [model],
          );
    if (!r) return undefined;
    const rows = await this.db.all<ForecastRow>(
      `SELECT ${forecastColumns} FROM risk_forecasts WHERE run_id = ? ORDER BY rank, ccode`,
      [r.id],
    );
    return { run: storedRun(r), forecasts: rows.map(storedForecast) };
  }

  async latestHistoryRun(): Promise<StoredRun | undefined> {
    const r = await this.db.get<RunRow>(
      `SELECT ${runColumns} FROM risk_model_runs r WHERE kind = 'backtest'
         AND EXISTS (SELECT 1 FROM risk_backtest_forecasts h WHERE h.run_id = r.id) ORDER BY id DESC LIMIT 1`,
    );
    return r ? storedRun(r) : undefined;
  }

  async backtestForecasts(runId: number, ccodes?: readonly number[]): Promise<BacktestCountryYear[]> {
    const columns =
      'ccode, ewp_name, year, probability, rank, max_risk2, min_rank2, ewp_max_risk2, ewp_min_rank2, onset';
    const rows = await this.db.all<{
      ccode: number;
      ewp_name: string;
      year: number;
      probability: number;
      rank: number;
      max_risk2: number | null;
      min_rank2: number | null;
      ewp_max_risk2: number | null;
      ewp_min_rank2: number | null;
      onset: number | null;
    }>(
      ccodes === undefined
        ? `SELECT ${columns} FROM risk_backtest_forecasts WHERE run_id = ? ORDER BY year, rank, ccode`
        : `SELECT ${columns} FROM risk_backtest_forecasts WHERE run_id = ? AND ccode IN ${placeholders(ccodes.length > 0 ? ccodes : [-1])} ORDER BY year, rank, ccode`,
      ccodes === undefined ? [runId] : [runId, ...(ccodes.length > 0 ? ccodes : [-1])],
    );
    return rows.map((r) => ({
      ccode: r.ccode,
      ewpName: r.ewp_name,
      year: r.year,
      forecastProbability: r.probability,
      forecastRank: r.rank,
      maxRisk2: r.max_risk2,
      minRank2: r.min_rank2,
      ewpMaxRisk2: r.ewp_max_risk2,
      ewpMinRank2: r.ewp_min_rank2,
      onset: flag(r.onset),
    }));
  }

  async forecastHistory(
    ccodes: readonly number[],
  ): Promise<{ run: StoredRun; of: number; forecast: StoredForecast }[]> {
    const codes = ccodes.length > 0 ? ccodes : [-1];
    const runs = await this.db.all<RunRow & { ranked: number | string }>(
      `SELECT ${runColumns}, (SELECT COUNT(*) FROM risk_forecasts c WHERE c.run_id = r.id) AS ranked
         FROM risk_model_runs r WHERE kind = 'forecast' ORDER BY id`,
    );
    const rows = await this.db.all<ForecastRow & { run_id: number }>(
      `SELECT run_id, ${forecastColumns} FROM risk_forecasts WHERE ccode IN ${placeholders(codes)} ORDER BY run_id, rank`,
      codes,
    );
    const byRun = new Map<number, ForecastRow>();
    for (const f of rows) if (!byRun.has(Number(f.run_id))) byRun.set(Number(f.run_id), f);
    return runs.flatMap((r) => {
      const f = byRun.get(Number(r.id));
      return f ? [{ run: storedRun(r), of: Number(r.ranked), forecast: storedForecast(f) }] : [];
    });
  }
}
