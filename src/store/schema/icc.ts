// Tables of the ICC jurisdiction data (migration 8, src/store/migrations.ts), seeded from
// src/sovereignty/seed/icc-participation.ts: each state's Rome Statute participation, the Art.
// 12(3) and Art. 124 declarations, the Security Council referrals with their territory (and
// regions) and period, and the digest of the seed in force. Sources are JSON in TEXT columns.
// Also when each territory of the sovereignty registry was last reviewed, and against what
// (sovereignty_reviews, replaced with the registry's seed; issue 16).
export const iccDdl = (idColumn: string): string => `
CREATE TABLE icc_participation (
  state TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  deposited TEXT NOT NULL,
  entry_into_force TEXT NOT NULL,
  withdrawal_notified TEXT,
  withdrawal_effective TEXT,
  withdrawal_revoked TEXT,
  note TEXT,
  uncertain TEXT,
  sources TEXT NOT NULL
);

CREATE TABLE icc_declarations (
  id ${idColumn},
  state TEXT NOT NULL,
  article TEXT NOT NULL CHECK (article IN ('12(3)', '124')),
  lodged TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_until TEXT,
  scope TEXT,
  effective INTEGER NOT NULL CHECK (effective IN (0, 1)),
  note TEXT,
  uncertain TEXT,
  sources TEXT NOT NULL
);
CREATE INDEX icc_declarations_state ON icc_declarations (state);

CREATE TABLE icc_referrals (
  resolution INTEGER PRIMARY KEY,
  citation TEXT NOT NULL,
  adopted TEXT NOT NULL,
  situation TEXT NOT NULL,
  territory TEXT NOT NULL,
  regions TEXT,
  period_from TEXT NOT NULL,
  note TEXT,
  sources TEXT NOT NULL
);

CREATE TABLE icc_seed (
  digest TEXT NOT NULL,
  applied_at TEXT NOT NULL
);

CREATE TABLE sovereignty_reviews (
  code TEXT PRIMARY KEY,
  reviewed TEXT NOT NULL,
  note TEXT NOT NULL
);
`;
