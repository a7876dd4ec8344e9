// SQLite implementation of RiskStore: the SQL behind the risk capability.
import type Database from 'better-sqlite3';
import type { RiskStore } from '../risk-store.ts';

export class SqliteRiskStore implements RiskStore {
  constructor(private readonly db: Database.Database) {}
}
