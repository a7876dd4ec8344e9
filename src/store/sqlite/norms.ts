// SQLite implementation of NormsStore: the SQL behind the norms capability.
import type Database from 'better-sqlite3';
import type { NormsStore } from '../norms-store.ts';

export class SqliteNormsStore implements NormsStore {
  constructor(private readonly db: Database.Database) {}
}
