// SQLite implementation of CouncilStore: the SQL behind the council capability.
import type Database from 'better-sqlite3';
import type { CouncilStore } from '../council-store.ts';

export class SqliteCouncilStore implements CouncilStore {
  constructor(private readonly db: Database.Database) {}
}
