// `node --import tsx bench/import-lock.ts [dataDir] [ids]` (issue 12, item 4): imports the real data
// (forced) into a fresh store of the test pass's dialect (SQLite, or PostgreSQL when
// CONCORD_TEST_DATABASE_URL is set) and prints, per source, the import's wall time and how long
// the store's write lock was held (what the store reports, `lockSeconds`; for code before the
// staged import, the longest write-transaction body on the executor), so a writer waiting during
// `data import` can be judged against it.
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { defaultDataDir } from '../src/config.ts';
import { sources } from '../src/ingest/registry.ts';
import { importSources } from '../src/ingest/run.ts';
import type { SqlDb } from '../src/store/sql/db.ts';
import { tempStore, testDialect } from '../test/support.ts';

const dataDir = resolve(process.argv[2] ?? defaultDataDir() ?? '');
const ids = process.argv[3]?.split(',');
const store = await tempStore();
const sql = store.sql as SqlDb;
let longest = 0;
const original = sql.transaction.bind(sql);
sql.transaction = (async (fn: (tx: SqlDb) => Promise<unknown>, opts?: { write?: boolean }) => {
  if (!opts?.write) return original(fn, opts);
  return original(async (tx) => {
    const t = performance.now();
    try {
      return await fn(tx);
    } finally {
      longest = Math.max(longest, performance.now() - t);
    }
  }, opts);
}) as SqlDb['transaction'];

console.log(
  `import-lock on ${testDialect}, data ${dataDir}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${cpus().length} cores`,
);
const cpu0 = process.cpuUsage();
await importSources(
  store,
  sources.filter((s) => !ids || ids.includes(s.id)),
  dataDir,
  {
    force: true,
    onStart: () => {
      longest = 0;
    },
    onOutcome: (o) => {
      if (o.status === 'imported') {
        const held = (o as { lockSeconds?: number }).lockSeconds ?? longest / 1000;
        console.log(
          `${o.source.id.padEnd(20)} ${o.seconds.toFixed(1).padStart(6)} s import, write lock held ${held.toFixed(2).padStart(6)} s`,
        );
      } else console.log(`${o.source.id.padEnd(20)} ${o.status}${o.status === 'failed' ? `: ${o.error.message}` : ''}`);
    },
  },
);
const cpu = process.cpuUsage(cpu0);
console.log(`process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
await store.close();
