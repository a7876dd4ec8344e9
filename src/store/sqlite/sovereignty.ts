// SQLite implementation of SovereigntyStore: the SQL behind the sovereignty capability.
import type Database from 'better-sqlite3';
import type { SovereigntyStore } from '../sovereignty-store.ts';

export class SqliteSovereigntyStore implements SovereigntyStore {
  constructor(private readonly db: Database.Database) {}
}
