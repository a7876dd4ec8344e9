// SQLite implementation of CasesStore: the SQL behind the cases capability.
import type Database from 'better-sqlite3';
import type { CasesStore } from '../cases-store.ts';

export class SqliteCasesStore implements CasesStore {
  constructor(private readonly db: Database.Database) {}
}
