// Backup and restore of a PostgreSQL store with the PostgreSQL tools (pg_dump, pg_restore, psql
// on PATH). The unit is the database named in the URL, or only the schema named by the URL's
// search_path (`?options=-c%20search_path%3Dname`). The password goes to the tools in PGPASSWORD,
// never on the command line. Backup: `pg_dump --format=custom` (one snapshot, consistent while
// others write) into a temporary file renamed into place. Restore: the archive is checked and
// described (pg_restore --list, then converted whole to a SQL script, which reads every block, so
// a truncated archive is refused) and then run by psql in ONE transaction, preceded by dropping
// the tables a newer schema added: any error rolls everything back and the store is as it was.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import {
  backupDestination,
  type BackupInfo,
  backupKind,
  writable,
  BackupRefusedError,
  fileHead,
  type PreparedRestore,
  syncToDisk,
} from '../backup.ts';
import { ChainVerifier, type AuditEntry } from '../../audit/chain.ts';
import { latestVersion, migrations } from '../migrations.ts';
import { postgresDialect } from './search.ts';

export interface PgTarget {
  /** Environment for the PostgreSQL tools (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, ...). */
  env: Record<string, string>;
  database: string;
  /** The one schema to back up and restore, when the URL sets a search_path; else the whole database. */
  schema?: string;
  /** The URL without its password, for messages. */
  display: string;
}

export function pgTarget(url: string): PgTarget {
  const u = new URL(url);
  const env: Record<string, string> = {};
  if (u.hostname) env.PGHOST = decodeURIComponent(u.hostname);
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || env.PGUSER || 'postgres';
  env.PGDATABASE = database;
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  const options = u.searchParams.get('options');
  if (options) env.PGOPTIONS = options;
  // the schema: `?schema=name` (as openStore reads it) or a search_path in `options`
  const schema =
    u.searchParams.get('schema') ??
    options?.match(/-c\s*search_path\s*=\s*"?([A-Za-z_][A-Za-z0-9_$]*)/)?.[1] ??
    undefined;
  const shown = new URL(url);
  shown.password = '';
  return { env, database, schema, display: shown.toString() };
}

interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runTool(tool: string, args: string[], target: PgTarget): Promise<ToolResult> {
  return new Promise((done, fail) => {
    const child = spawn(tool, args, { env: { ...process.env, ...target.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => fail(new Error(`cannot run ${tool} (install the PostgreSQL client tools): ${e.message}`)));
    child.on('close', (code) =>
      done({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8').trim(),
      }),
    );
  });
}

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A field of COPY's text format: \\N is NULL; backslash escapes decoded. */
function copyField(f: string): string | null {
  if (f === '\\N') return null;
  return f.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
    return ({ b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' } as Record<string, string>)[e] ?? e;
  });
}

/** The rows of each table's COPY block in pg_restore's SQL output, as objects by column name. */
function copyRows(sql: string): Map<string, Record<string, string | null>[]> {
  const out = new Map<string, Record<string, string | null>[]>();
  let table: string | undefined;
  let columns: string[] = [];
  for (const line of sql.split('\n')) {
    const copy = /^COPY (?:\S+\.)?"?([a-z_]+)"? \(([^)]*)\) FROM stdin;$/.exec(line);
    if (copy) {
      table = copy[1];
      columns = copy[2].split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
      out.set(table, out.get(table) ?? []);
    } else if (line === '\\.') table = undefined;
    else if (table) {
      const fields = line.split('\t').map(copyField);
      out.get(table)!.push(Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? null])));
    }
  }
  return out;
}

/**
 * What a Concord store of schema `version` has that the archive lacks (tables, the audit trail's
 * append-only trigger), and whether its audit chain is intact: problems, empty when complete.
 */
async function archiveProblems(file: string, target: PgTarget, version: number): Promise<string[]> {
  const list = (await runTool('pg_restore', ['--list', file], target)).stdout;
  const ddl = migrations
    .filter((m) => m.version <= version)
    .map((m) => m.sql(postgresDialect(null)))
    .join('\n');
  const problems: string[] = [];
  for (const [, kind, name] of ddl.matchAll(/CREATE (TABLE|TRIGGER) (?:IF NOT EXISTS )?([a-z_]+)/g)) {
    if (!new RegExp(`^\\d+; \\d+ \\d+ ${kind} \\S+ (\\S+ )?${name} `, 'm').test(list))
      problems.push(`${kind.toLowerCase()} ${name} is missing`);
  }
  if (problems.length || version < 6) return problems;
  const data = await runTool(
    'pg_restore',
    ['--data-only', '--table=audit_log', '--table=audit_head', '--file=-', file],
    target,
  );
  if (data.code !== 0) return [`its audit trail cannot be read (pg_restore: ${data.stderr})`];
  const rows = copyRows(data.stdout);
  const verifier = new ChainVerifier();
  const entries = (rows.get('audit_log') ?? []).map(
    (r) =>
      ({
        seq: Number(r.seq),
        at: r.at,
        actor: r.actor,
        action: r.action,
        subject: r.subject,
        before: r.before,
        after: r.after,
        prevHash: r.prev_hash,
        hash: r.hash,
      }) as AuditEntry,
  );
  for (const e of entries.sort((a, b) => a.seq - b.seq)) verifier.push(e);
  const head = rows.get('audit_head')?.[0];
  const report = verifier.finish(head ? { seq: Number(head.seq), hash: head.hash! } : undefined);
  if (report.broken) problems.push(`its audit chain is broken at entry ${report.broken.seq}: ${report.broken.problem}`);
  return problems;
}

/** Reads the archive's COPY data of Concord's bookkeeping tables: schema version, sources, cases. */
async function describeArchive(
  file: string,
  target: PgTarget,
): Promise<Omit<BackupInfo, 'file' | 'bytes' | 'dialect'> | undefined> {
  const list = await runTool('pg_restore', ['--list', file], target);
  if (list.code !== 0)
    throw new BackupRefusedError(`${file} is damaged or truncated (pg_restore --list: ${list.stderr})`);
  const dataOf = (table: string) => new RegExp(`TABLE DATA \\S+ ${table} `).test(list.stdout);
  if (!dataOf('schema_version') || !dataOf('sources')) return undefined;
  const tables = ['schema_version', 'sources', 'cases', 'case_versions'];
  const data = await runTool(
    'pg_restore',
    ['--data-only', ...tables.map((t) => `--table=${t}`), '--file=-', file],
    target,
  );
  if (data.code !== 0) throw new BackupRefusedError(`${file} is damaged (pg_restore: ${data.stderr})`);
  const rows: Record<string, string[][]> = Object.fromEntries(tables.map((t) => [t, []]));
  let current: string | undefined;
  for (const line of data.stdout.split('\n')) {
    const copy = /^COPY (?:\S+\.)?"?([a-z_]+)"? /.exec(line);
    if (copy) current = copy[1];
    else if (line === '\\.') current = undefined;
    else if (current && rows[current]) rows[current].push(line.split('\t'));
  }
  return {
    schemaVersion: Math.max(0, ...rows.schema_version.map((r) => Number(r[0]))),
    sources: rows.sources.map((r) => r[0]).sort(),
    cases: rows.cases.length,
    caseVersions: rows.case_versions.length,
  };
}

/** pg_dump of the store at `url` into `file` (replaced only when the dump is complete); describes the archive. */
export async function backupPostgres(url: string, file: string): Promise<BackupInfo> {
  const target = pgTarget(url);
  const dest = backupDestination(file, []);
  const tmp = join(dirname(dest), `.${basename(dest)}.${process.pid}.tmp`);
  rmSync(tmp, { force: true });
  try {
    writable(dest, tmp);
    const args = ['--format=custom', '--no-owner', '--no-acl', `--file=${tmp}`];
    if (target.schema) args.push(`--schema=${target.schema}`);
    const dump = await runTool('pg_dump', args, target);
    if (dump.code !== 0) throw new Error(`pg_dump of ${target.display} failed: ${dump.stderr}`);
    const described = await describeArchive(tmp, target);
    if (!described) throw new Error(`${target.display} is not a migrated Concord store; nothing was written`);
    syncToDisk(tmp);
    renameSync(tmp, dest);
    syncToDisk(dirname(dest));
    return { file: dest, dialect: 'postgres', bytes: statSync(dest).size, ...described };
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Checks `file` as a Concord pg_dump archive and stages it (as a SQL script) for the store at `url`. */
export async function preparePostgresRestore(url: string, file: string): Promise<PreparedRestore> {
  const target = pgTarget(url);
  const src = resolve(file);
  if (!existsSync(src) || !statSync(src).isFile()) throw new BackupRefusedError(`no backup file ${src}`);
  const kind = backupKind(fileHead(src, 16));
  if (kind === 'sqlite') {
    throw new BackupRefusedError(
      `${src} is a SQLite backup, but the configured store is PostgreSQL (${target.display}); unset CONCORD_DATABASE_URL to restore it into the SQLite store`,
    );
  }
  if (kind !== 'postgres')
    throw new BackupRefusedError(
      `${src} is not a Concord backup: it is neither a SQLite database nor a pg_dump archive`,
    );
  const described = await describeArchive(src, target);
  if (!described)
    throw new BackupRefusedError(
      `${src} is a pg_dump archive but not of a Concord store (no schema_version and sources tables); the store was not changed`,
    );
  if (described.schemaVersion > latestVersion) {
    throw new BackupRefusedError(
      `${src} was made by a newer Concord (schema version ${described.schemaVersion}; this version knows up to ${latestVersion}): upgrade Concord first; the store was not changed`,
    );
  }
  const problems = await archiveProblems(src, target, described.schemaVersion);
  if (problems.length) {
    throw new BackupRefusedError(
      `${src} is not a complete, intact Concord store of schema version ${described.schemaVersion}: ${problems.slice(0, 5).join('; ')}; the store was not changed`,
    );
  }
  const script = join(tmpdir(), `concord-restore-${process.pid}-${Date.now()}.sql`);
  const discard = async () => {
    rmSync(script, { force: true });
    rmSync(`${script}.pre`, { force: true });
  };
  // Converting the whole archive reads every data block: a truncated or damaged archive fails here.
  const convert = await runTool(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--no-acl', `--file=${script}`, src],
    target,
  );
  if (convert.code !== 0) {
    await discard();
    throw new BackupRefusedError(
      `${src} is damaged or truncated (pg_restore: ${convert.stderr}); the store was not changed`,
    );
  }
  const archiveTables = new Set(
    [
      ...(await runTool('pg_restore', ['--list', src], target)).stdout.matchAll(
        /^\d+; \d+ \d+ TABLE (?!DATA )(\S+) (\S+) /gm,
      ),
    ].map((m) => `${m[1]}.${m[2]}`),
  );
  // The archive's objects are qualified by the schema they were dumped from: restoring them under
  // another schema's URL would overwrite that schema instead, so it is refused.
  const archiveSchemas = [...new Set([...archiveTables].map((t) => t.split('.')[0]))];
  const wanted = target.schema ?? 'public';
  if (archiveSchemas.some((s) => s !== wanted)) {
    await discard();
    throw new BackupRefusedError(
      `${src} holds the store of schema ${archiveSchemas.join(', ')}, but the configured store is schema ${wanted} of ${target.display}: restore it with a CONCORD_DATABASE_URL naming ?schema=${archiveSchemas[0]}; the store was not changed`,
    );
  }
  return {
    info: { file: src, dialect: 'postgres', bytes: statSync(src).size, ...described },
    target: target.display,
    async commit() {
      try {
        // Tables the store has in the backed-up schemas but the backup does not (added by a later
        // migration) are dropped in the same transaction, so the older schema migrates cleanly.
        const schemas = [...new Set([...archiveTables].map((t) => t.split('.')[0]))];
        const existing = await runTool(
          'psql',
          [
            '-X',
            '-A',
            '-t',
            '-v',
            'ON_ERROR_STOP=1',
            '-c',
            `SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema IN (${schemas.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ') || "''"})`,
          ],
          target,
        );
        if (existing.code !== 0) throw new Error(`cannot read the tables of ${target.display}: ${existing.stderr}`);
        const extra = existing.stdout
          .split('\n')
          .map((s) => s.trim())
          .filter((t) => t && !archiveTables.has(t));
        writeFileSync(
          `${script}.pre`,
          extra.map((t) => `DROP TABLE IF EXISTS ${t.split('.').map(quoteIdent).join('.')} CASCADE;\n`).join(''),
        );
        const run = await runTool(
          'psql',
          ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-f', `${script}.pre`, '-f', script],
          target,
        );
        if (run.code !== 0)
          throw new Error(
            `restoring into ${target.display} failed and was rolled back (the store is as it was): ${run.stderr}`,
          );
      } finally {
        await discard();
      }
    },
    discard,
  };
}
