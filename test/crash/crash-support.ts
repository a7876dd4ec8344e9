// Support for the crash tests: a large synthetic UN General Debate Corpus in the upstream layout
// (so an import runs long enough to be killed in the middle), and a wait until a process is
// inside an uncommitted write transaction on the test store (SQLite: the write-ahead log growing
// past a threshold; PostgreSQL: a backend holding a transaction id that has written).
import type { ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { writeFixtureCorpus } from '../fixtures/ungdc.ts';
import { storeEnv } from '../support.ts';

/** A made-up corpus of `count` speeches of about `bytes` each; every speech contains `marker`. */
export function writeBigCorpus(dataDir: string, count: number, bytes: number, marker: string): void {
  const words = [
    'peace',
    'security',
    'council',
    'charter',
    'development',
    'sovereignty',
    'protection',
    'civilians',
    'dialogue',
    'assembly',
    'nations',
    'cooperation',
    'rights',
    'conflict',
    'mediation',
    'resolution',
  ];
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const speeches: Record<string, string> = {};
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let i = 0; i < count; i++) {
    const session = 1 + (i % 79);
    const year = 1945 + session;
    const k = Math.floor(i / 79);
    const code = `Q${letters[Math.floor(k / 26) % 26]}${letters[k % 26]}`;
    const parts: string[] = [`${marker}.`];
    let size = 0;
    while (size < bytes) {
      const w = `${words[next() % words.length]}${next() % 1000}`;
      parts.push(w);
      size += w.length + 1;
    }
    speeches[`TXT/Session ${String(session).padStart(2, '0')} - ${year}/${code}_${session}_${year}.txt`] =
      `${parts.join(' ')}\n`;
  }
  writeFixtureCorpus(dataDir, speeches);
}

function isPostgres(home: string): string | undefined {
  const url = storeEnv(home).CONCORD_DATABASE_URL;
  return url?.startsWith('postgres') ? url : undefined;
}

/** Resolves once `child` is inside a write transaction that has written a good deal; rejects if it exits first. */
export async function waitMidTransaction(home: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = isPostgres(home);
  const client = url ? new pg.Client({ connectionString: url }) : undefined;
  await client?.connect();
  const started = Date.now();
  try {
    for (;;) {
      if (exited) throw new Error('the process finished before it could be caught in the middle of its transaction');
      if (Date.now() - started > timeoutMs) throw new Error('the process never got into its transaction');
      if (client) {
        const r = await client.query(
          "SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL AND xact_start < now() - interval '1 second'",
        );
        if (r.rows[0].n > 0) return;
      } else {
        const wal = join(home, 'concord.db-wal');
        // The import's uncommitted pages spill into the WAL once the page cache is full.
        if (existsSync(wal) && statSync(wal).size > 6 * 1024 * 1024) return;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    await client?.end();
  }
}
