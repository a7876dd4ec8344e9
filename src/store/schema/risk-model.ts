// Tables of the risk capability beyond the imported data (its own migration in src/store/migrations.ts):
// risk_model_runs records each backtest or forecast run (model, years, seed, settings, the
// fingerprint of the EWP import it used, and its metrics as JSON); risk_forecasts keeps a
// forecast run's per-country probabilities, intervals, ranks and leading drivers. Portable SQL:
// seed (any safe integer) and run_id (the identity key) are BIGINT, the same INTEGER affinity in
// SQLite, 64 bits in PostgreSQL.
export const riskModelDdl = (idColumn: string): string => `
CREATE TABLE risk_model_runs (
  id ${idColumn},
  kind TEXT NOT NULL,
  model TEXT NOT NULL,
  from_year INTEGER NOT NULL,
  to_year INTEGER NOT NULL,
  seed BIGINT NOT NULL,
  settings TEXT NOT NULL,
  data_fingerprint TEXT NOT NULL,
  summary TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX risk_model_runs_kind ON risk_model_runs (kind, model, id);

CREATE TABLE risk_forecasts (
  run_id BIGINT NOT NULL REFERENCES risk_model_runs (id),
  ccode INTEGER NOT NULL,
  iso3 TEXT,
  ewp_name TEXT NOT NULL,
  forecast_year INTEGER NOT NULL,
  probability DOUBLE PRECISION NOT NULL,
  lower DOUBLE PRECISION,
  upper DOUBLE PRECISION,
  rank INTEGER NOT NULL,
  drivers TEXT NOT NULL,
  PRIMARY KEY (run_id, ccode)
);
CREATE INDEX risk_forecasts_iso3 ON risk_forecasts (iso3);
`;

// Issue 15: the out-of-sample forecasts of a backtest run, one row per country-year its rounds
// forecast (the round's own probability and rank, EWP's measure maxrisk2 / minrank2 from Concord's
// rounds, EWP's own from its FOOS file, EWP's coded onset): the risk history of every country.
export const riskHistoryDdl = `
CREATE TABLE risk_backtest_forecasts (
  run_id BIGINT NOT NULL REFERENCES risk_model_runs (id),
  ccode INTEGER NOT NULL,
  iso3 TEXT,
  ewp_name TEXT NOT NULL,
  year INTEGER NOT NULL,
  probability DOUBLE PRECISION NOT NULL,
  rank INTEGER NOT NULL,
  max_risk2 DOUBLE PRECISION,
  min_rank2 INTEGER,
  ewp_max_risk2 DOUBLE PRECISION,
  ewp_min_rank2 INTEGER,
  onset INTEGER,
  PRIMARY KEY (run_id, ccode, year)
);
CREATE INDEX risk_backtest_forecasts_ccode ON risk_backtest_forecasts (ccode, run_id);
`;
