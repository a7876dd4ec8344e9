// Test support for tests that run Concord as separate processes against one test store: the CLI
// with the store's environment, `concord serve` on a free port (its address read from what it
// prints), a case created and edited through the HTTP API, and a comparable picture of the
// store's content taken through the CLI (so it works on every store). The benchmarks start their
// servers with the same spawnServe.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../src/config.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { cliSession } from './cli-session.ts';
import { type CliResult, runCli, storeEnv } from './support.ts';

export const concordBin = join(repoRoot, 'bin', 'concord');

/** The environment of every Concord process a test spawns for `home`. */
export function processEnv(home: string): NodeJS.ProcessEnv {
  return { ...process.env, ...storeEnv(home), USER: 'test-analyst' };
}

/** `concord ARGS` on the store of `home`. */
export function cli(home: string, ...args: string[]): CliResult {
  return runCli(args, { ...storeEnv(home), USER: 'test-analyst' });
}

/** `concord ARGS` that must succeed; returns its standard output. */
export function cliOk(home: string, ...args: string[]): string {
  const r = cli(home, ...args);
  if (r.code !== 0) throw new Error(`concord ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

export interface Server {
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Stops it gracefully (SIGTERM) and waits. */
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** Arguments after `serve --port 0`. */
  args?: readonly string[];
  /** The whole environment of the process. */
  env: NodeJS.ProcessEnv;
  /** Also copy the server's standard output / error to this process's (benchmarks show them; tests keep them for errors). */
  echoStdout?: boolean;
  echoStderr?: boolean;
  /** Give up when it has not printed its address by then (default: wait as long as it runs). */
  timeoutMs?: number;
  /** The `concord` to run (default this checkout's; bench/load.ts runs a peer checkout's too). */
  bin?: string;
}

/** Spawns `concord serve --port 0 ARGS` and waits until it prints the address it listens on. */
export function spawnServe({
  args = [],
  env,
  echoStdout = false,
  echoStderr = false,
  timeoutMs,
  bin = concordBin,
}: ServeOptions): Promise<Server> {
  const child = spawn(bin, ['serve', '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code, signal) => done(code ?? (signal ? -1 : null))),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(
            () => reject(new Error(`concord serve did not start in ${timeoutMs / 1000} s: ${out}${err}`)),
            timeoutMs,
          );
    child.stderr!.on('data', (b: Buffer) => {
      err += b.toString();
      if (echoStderr) process.stderr.write(b);
    });
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (echoStdout) process.stdout.write(b);
      const m = /Concord is running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1].replace('localhost', '127.0.0.1'),
          child,
          exited,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`concord serve exited (${code}) before listening: ${out}${err}`));
    });
  });
}

/** Starts `concord serve --port 0 --no-import` on the store of `home` and waits (at most 30 s) for its address. */
export function startServer(home: string): Promise<Server> {
  return spawnServe({ args: ['--no-import'], env: processEnv(home), timeoutMs: 30_000 });
}

// biome-ignore lint/suspicious/noExplicitAny: an answer of the server, read freely by the tests that assert on it
export async function postJson(url: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, json };
}

/** Opens a case through the API (version 1). */
export async function createCaseHttp(base: string, id: string): Promise<void> {
  const r = await postJson(`${base}/api/cases`, {
    id,
    country: 'MMR',
    title: `Situation ${id}`,
    populations: ['Rohingya'],
    crimes: ['genocide'],
    since: '2016-10-09',
    author: 'test-analyst',
    reason: 'opened',
  });
  if (r.status !== 201) throw new Error(`creating case ${id}: ${r.status} ${JSON.stringify(r.json)}`);
}

/** One edit (a ledger measure whose description carries `tag`) made from version `basedOn`. */
export function ledgerEdit(base: string, id: string, basedOn: number, tag: string) {
  return postJson(`${base}/api/cases/${id}/ledger`, {
    pillar: 'II',
    responsibility: 'prevent',
    description: `measure ${tag}`,
    actor: 'Test Envoy',
    date: '2017-01-01',
    basedOn,
    author: 'test-analyst',
    reason: `edit ${tag}`,
  });
}

const sessions = new Map<string, ReturnType<typeof cliSession>>();

/** `concord ARGS` run in a CLI session for `home` (the real main, in one worker thread: fast). */
export async function quick(home: string, ...args: string[]): Promise<string> {
  let session = sessions.get(home);
  if (!session) sessions.set(home, (session = cliSession({ ...storeEnv(home), USER: 'test-analyst' })));
  const r = await session.run(args);
  if (r.code !== 0) throw new Error(`concord ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** Ends the CLI sessions (call from `after`). */
export async function closeSessions(): Promise<void> {
  await Promise.all([...sessions.values()].map((s) => s.close()));
  sessions.clear();
}

/** Every version of a case (author, time, reason, document), oldest first, from its JSON export. */
export async function caseVersions(
  home: string,
  id: string,
  // biome-ignore lint/suspicious/noExplicitAny: an answer of the server, read freely by the tests that assert on it
): Promise<{ version: number; author: string; recordedAt: string; reason: string; document: any }[]> {
  // biome-ignore lint/suspicious/noExplicitAny: an answer of the server, read freely by the tests that assert on it
  return (JSON.parse(await quick(home, 'cases', 'export', id, '--format', 'json')) as { versions: any[] }).versions;
}

/** Everything a user can see of the store's sources and cases (every version), as comparable JSON. */
export async function storePicture(
  home: string,
): Promise<{ sources: unknown; cases: unknown; versions: Record<string, unknown[]> }> {
  const status = JSON.parse(await quick(home, 'data', 'status', '--format', 'json')) as {
    id: string;
    loaded: boolean;
  }[];
  const cases = JSON.parse(await quick(home, 'cases', 'list', '--format', 'json')) as { id: string }[];
  const versions: Record<string, unknown[]> = {};
  for (const c of cases) versions[c.id] = await caseVersions(home, c.id);
  return { sources: status.filter((s) => s.loaded), cases, versions };
}

/** `concord ARGS` without blocking the event loop (for commands run while the test drives a server). */
export function cliAsync(home: string, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(concordBin, args, { env: processEnv(home), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Opens the test store of `home` in this process (as a restarted Concord would), runs `run`, closes it. */
export async function withStore<T>(home: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ ...process.env, ...storeEnv(home) });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
