// Schema migrations, numbered and applied in order; the store records each applied version in
// the `schema_version` table. SQL is kept portable (SQLite and PostgreSQL); the few
// dialect-specific statements (identity columns, full-text indexes) come from the dialect.
import { corpusDdl } from './schema/corpus.ts';
import { councilDdl } from './schema/council.ts';
import { operationsDdl } from './schema/operations.ts';
import { referenceDdl } from './schema/reference.ts';
import { riskDdl } from './schema/risk.ts';

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
      [referenceDdl, corpusDdl(d.idColumn), councilDdl(d.idColumn), riskDdl(d.idColumn), operationsDdl, d.searchDdl(1)].join('\n'),
  },
];

export const latestVersion = migrations[migrations.length - 1].version;
