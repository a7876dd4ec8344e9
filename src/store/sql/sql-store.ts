// What the SQLite and PostgreSQL stores share: the capability stores, each written once over the
// store's SqlDb executor; the column names of each table (read once from the dialect's catalogue,
// forgotten after a migration), which imports check rows against and which name a missing table;
// and the source records of ./sources.ts. The dialect stores add connection, migrations, bulk
// import and full-text search.
import { SqlAccountsStore } from './accounts.ts';
import { SqlAuditStore } from './audit.ts';
import { SqlCasesStore } from './cases.ts';
import { SqlCouncilStore } from './council.ts';
import type { SqlDb } from './db.ts';
import { SqlIccStore } from './icc.ts';
import { SqlNormsStore } from './norms.ts';
import { SqlOperationsStore } from './operations.ts';
import { SqlRiskStore } from './risk.ts';
import { SqlRiskInputsStore } from './risk-inputs.ts';
import { getSource, listSources } from './sources.ts';
import { SqlSovereigntyStore } from './sovereignty.ts';
import type { SourceFileNote, SourceRecord } from '../store.ts';

export abstract class SqlStore<D extends SqlDb> {
  readonly norms: SqlNormsStore;
  readonly council: SqlCouncilStore;
  readonly risk: SqlRiskStore;
  readonly riskInputs: SqlRiskInputsStore;
  readonly cases: SqlCasesStore;
  readonly sovereignty: SqlSovereigntyStore;
  readonly icc: SqlIccStore;
  readonly operations: SqlOperationsStore;
  readonly accounts: SqlAccountsStore;
  readonly audit: SqlAuditStore;
  private readonly columns = new Map<string, Set<string>>();

  /** `sql`: the portable SQL executor over this store's connection (see ./db.ts). */
  constructor(readonly sql: D) {
    this.norms = new SqlNormsStore(sql);
    this.council = new SqlCouncilStore(sql);
    this.risk = new SqlRiskStore(sql);
    this.riskInputs = new SqlRiskInputsStore(sql);
    this.cases = new SqlCasesStore(sql);
    this.sovereignty = new SqlSovereigntyStore(sql);
    this.icc = new SqlIccStore(sql);
    this.operations = new SqlOperationsStore(sql);
    this.accounts = new SqlAccountsStore(sql);
    this.audit = new SqlAuditStore(sql);
  }

  changeStamp(): string | undefined | Promise<string> {
    return this.sql.changeStamp();
  }

  /** The column names of `table` in the dialect's catalogue; none if there is no such table. */
  protected abstract readColumns(table: string): Promise<string[]>;

  /** The columns of `table` (an error names a table the store does not have). */
  protected async tableColumns(table: string): Promise<Set<string>> {
    let cols = this.columns.get(table);
    if (!cols) {
      const names = await this.readColumns(table);
      if (names.length === 0) throw new Error(`store has no table "${table}"`);
      cols = new Set(names);
      this.columns.set(table, cols);
    }
    return cols;
  }

  /** Called after migrating: tables may have new columns. */
  protected forgetColumns(): void {
    this.columns.clear();
  }

  sources(): Promise<SourceRecord[]> {
    return listSources(this.sql);
  }

  source(id: string): Promise<SourceRecord | undefined> {
    return getSource(this.sql, id);
  }

  async sourceFiles(id: string): Promise<SourceFileNote[]> {
    return this.sql.all<SourceFileNote>('SELECT path, outcome, reason FROM source_files WHERE source = ? ORDER BY id', [
      id,
    ]);
  }

  async countRows(table: string): Promise<number> {
    await this.tableColumns(table);
    return (await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n;
  }
}
