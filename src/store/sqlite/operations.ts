// SQLite implementation of OperationsStore: the SQL behind the operations capability.
import type Database from 'better-sqlite3';
import type { OperationsStore } from '../operations-store.ts';

export class SqliteOperationsStore implements OperationsStore {
  constructor(private readonly db: Database.Database) {}
}
