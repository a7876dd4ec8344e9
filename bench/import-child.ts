// Benchmark child: imports the named sources from a data directory into $CONCORD_HOME and
// prints wall time and this process's peak RSS as JSON (run in its own process so the peak is its own).
import { storePath } from '../src/config.ts';
import { sources } from '../src/ingest/registry.ts';
import { importSources } from '../src/ingest/run.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const [dataDir, only] = process.argv.slice(2);
const ids = only ? only.split(',') : sources.map((s) => s.id);
const store = new SqliteStore(storePath());
await store.migrate();
const t0 = performance.now();
const outcomes = await importSources(
  store,
  sources.filter((s) => ids.includes(s.id)),
  dataDir,
  { force: true },
);
const seconds = (performance.now() - t0) / 1000;
await store.close();
const failed = outcomes
  .filter((o) => o.status === 'failed')
  .map((o) => (o.status === 'failed' ? `${o.source.id}: ${o.error.message}` : ''));
process.stdout.write(
  JSON.stringify({
    seconds,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    outcomes: outcomes.map((o) => ({
      id: o.source.id,
      status: o.status,
      seconds: o.status === 'imported' ? o.seconds : undefined,
      rows: o.status === 'imported' ? o.record.rowCounts : undefined,
    })),
    failed,
  }),
);
