// Schema migrations, numbered and applied in order; the store records each applied version in
// the `schema_version` table. SQL is kept portable (SQLite and PostgreSQL); the few
// dialect-specific statements (identity columns, full-text indexes) come from the dialect.
import { accountsDdl, auditDomainsDdl } from './schema/accounts.ts';
import { casesDdl } from './schema/cases.ts';
import { corpusDdl } from './schema/corpus.ts';
import { iccDdl } from './schema/icc.ts';
import { councilDdl as councilPracticeDdl } from './schema/council-practice.ts';
import { councilDdl } from './schema/council.ts';
import { councilDocumentsDdl } from './schema/council-documents.ts';
import { operationsDdl } from './schema/operations.ts';
import { referenceDdl } from './schema/reference.ts';
import { normDocumentListDdl, normPieceMarksDdl, normPiecesDdl, normsDdl } from './schema/norms.ts';
import { operationsDdl as operationsRegistryDdl } from './schema/operations-registry.ts';
import { riskDdl } from './schema/risk.ts';
import { riskHistoryDdl, riskModelDdl } from './schema/risk-model.ts';
import { sovereigntyDdl } from './schema/sovereignty.ts';

export interface Dialect {
  name: 'sqlite' | 'postgres';
  /** Column definition of a surrogate integer key assigned by the database. */
  idColumn: string;
  /** Statements that create the dialect's full-text indexes for a migration, if any. */
  searchDdl(version: number): string;
}

export interface Migration {
  version: number;
  name: string;
  sql(d: Dialect): string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'foundation: reference, corpora, council, risk indicators, operations',
    sql: (d) =>
      [
        referenceDdl,
        corpusDdl(d.idColumn),
        councilDdl(d.idColumn),
        riskDdl(d.idColumn),
        operationsDdl,
        d.searchDdl(1),
      ].join('\n'),
  },
  { version: 2, name: 'norms: optics scores and labelled samples', sql: (d) => normsDdl(d.idColumn) },
  { version: 3, name: 'council: coded resolutions', sql: (d) => councilPracticeDdl(d.idColumn) },
  { version: 4, name: 'risk: model runs and forecasts', sql: (d) => riskModelDdl(d.idColumn) },
  {
    version: 5,
    name: 'cases, sovereignty registry, operations registry',
    sql: (d) => [casesDdl(d.idColumn), sovereigntyDdl(d.idColumn), operationsRegistryDdl(d.idColumn)].join('\n'),
  },
  { version: 6, name: 'accounts, sessions, login throttle, hash-chained audit log', sql: (d) => accountsDdl(d.name) },
  {
    version: 7,
    name: 'council 2000-2026: UN XML documents, paragraphs, votes, metadata, members, statements corpus, source files',
    sql: (d) => [councilDocumentsDdl(d.idColumn), d.searchDdl(7)].join('\n'),
  },
  {
    version: 8,
    name: 'ICC jurisdiction data (participation, declarations, referrals); sovereignty review dates',
    sql: (d) => iccDdl(d.idColumn),
  },
  {
    version: 9,
    name: "risk history: every country-year forecast of a backtest run beside EWP's",
    sql: () => riskHistoryDdl,
  },
  {
    version: 10,
    name: 'audit: the last entry of each domain, for answers kept until their domain changes',
    sql: (d) => auditDomainsDdl(d.name),
  },
  { version: 11, name: 'norms: document texts in pieces for search snippets', sql: (d) => normPiecesDdl(d.name) },
  { version: 12, name: 'norms: the indexed documents of a corpus as one value', sql: () => normDocumentListDdl },
  { version: 13, name: 'norms: word marks of the text pieces for search snippets', sql: () => normPieceMarksDdl },
];

export const latestVersion = migrations[migrations.length - 1].version;
