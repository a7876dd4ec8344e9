// The mixed load of issue 8: many readers and a few analysts editing cases at the same time,
// against a running Concord server. Readers go through autocannon (one viewer session shared by
// every connection, cycling over the read endpoints, accepting gzip as browsers do); each analyst is a loop that logs in, adds
// ledger entries to the cases it shares with another analyst (so optimistic-concurrency refusals
// really happen and are retried from the new version), and remembers every acknowledged edit.
// Afterwards every acknowledged edit is looked up in the case's stored version: an edit that
// was answered 2xx but is missing, or stored under another author, is a lost edit.
// Used by `npm run bench:load` (full) and by test/load.test.ts (reduced, in CI).
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { repoRoot } from '../src/config.ts';

export interface Credentials {
  username: string;
  password: string;
}

export interface LoadOptions {
  url: string;
  seconds: number;
  readers: number;
  analysts: number;
  /** Cases the analysts edit: analyst i edits case i mod caseIds.length. */
  caseIds: string[];
  /** Read endpoints (paths) the readers cycle over. */
  readPaths: string[];
  /** The viewer that readers log in as, and one account per analyst; undefined: the server runs without accounts. */
  viewer?: Credentials;
  analystAccounts?: Credentials[];
}

export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

export interface LoadResult {
  reads: { requests: number; perSecond: number; latency: Latency; errors: number; non2xx: number; timeouts: number };
  edits: {
    acknowledged: number;
    perSecond: number;
    conflicts: number;
    errors: number;
    errorSamples: string[];
    latency: Latency;
  };
  lost: { checked: number; missing: string[] };
}

interface Session {
  cookie?: string;
  csrf?: string;
  author: string;
}

async function logIn(url: string, who: Credentials | undefined, fallbackAuthor: string): Promise<Session> {
  if (!who) return { author: fallbackAuthor };
  const r = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
  });
  if (r.status !== 200) throw new Error(`login of ${who.username} answered ${r.status}: ${await r.text()}`);
  const body = (await r.json()) as { csrfToken: string };
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0];
  return { cookie, csrf: body.csrfToken, author: who.username };
}

function headersOf(s: Session, json = false): Record<string, string> {
  const h: Record<string, string> = {};
  if (s.cookie) h.cookie = s.cookie;
  if (s.csrf) h['x-csrf-token'] = s.csrf;
  if (json) h['content-type'] = 'application/json';
  return h;
}

function percentiles(ms: number[]): Latency {
  if (ms.length === 0) return { p50: 0, p99: 0, max: 0 };
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { p50: Math.round(at(0.5)), p99: Math.round(at(0.99)), max: Math.round(s[s.length - 1]) };
}

interface Ack {
  caseId: string;
  version: number;
  description: string;
  author: string;
}

async function currentVersion(url: string, s: Session, caseId: string): Promise<number> {
  const r = await fetch(`${url}/api/cases/${caseId}`, { headers: headersOf(s) });
  if (r.status !== 200) throw new Error(`GET case ${caseId} answered ${r.status}`);
  return ((await r.json()) as { summary: { currentVersion: number } }).summary.currentVersion;
}

/** One analyst: edits its cases until `until`, retrying a refused (409) edit from the new version. */
async function analyst(
  opts: LoadOptions,
  index: number,
  until: number,
  acks: Ack[],
  stats: { conflicts: number; errors: number; samples: string[]; latencies: number[] },
): Promise<void> {
  // A refused login (503 busy on a starved machine) is an error of the run, counted, and retried a second later.
  let s: Session | undefined;
  while (!s) {
    try {
      s = await logIn(opts.url, opts.analystAccounts?.[index], `analyst-${index + 1}`);
    } catch (e) {
      stats.errors++;
      if (stats.samples.length < 5) stats.samples.push((e as Error).message.slice(0, 200));
      if (Date.now() >= until) return;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  // analyst i edits case i mod cases: with more analysts than cases, each case has several editors
  const cases = [opts.caseIds[index % opts.caseIds.length]];
  const basedOn = new Map<string, number>();
  for (const c of cases) basedOn.set(c, await currentVersion(opts.url, s, c));
  let n = 0;
  while (Date.now() < until) {
    const caseId = cases[n % cases.length];
    const description = `load test measure ${index + 1}.${++n}`;
    const body = {
      pillar: 'II',
      responsibility: 'prevent',
      description,
      actor: 'load bench',
      date: '2020-01-01',
      basedOn: basedOn.get(caseId),
      author: s.author,
      reason: 'load test',
    };
    const t0 = performance.now();
    let r: Response;
    try {
      r = await fetch(`${opts.url}/api/cases/${caseId}/ledger`, {
        method: 'POST',
        headers: headersOf(s, true),
        body: JSON.stringify(body),
      });
    } catch (e) {
      stats.errors++;
      if (stats.samples.length < 5) stats.samples.push(`network: ${(e as Error).message}`);
      continue;
    }
    stats.latencies.push(performance.now() - t0);
    if (r.status === 200) {
      const v = ((await r.json()) as { summary: { currentVersion: number } }).summary.currentVersion;
      acks.push({ caseId, version: v, description, author: s.author });
      basedOn.set(caseId, v);
    } else if (r.status === 409) {
      await r.text();
      stats.conflicts++;
      basedOn.set(caseId, await currentVersion(opts.url, s, caseId));
    } else {
      stats.errors++;
      const text = await r.text();
      if (stats.samples.length < 5) stats.samples.push(`${r.status}: ${text.slice(0, 200)}`);
    }
  }
}

/** Every acknowledged edit must be in the stored version it was acknowledged as, under its author. */
async function findLost(url: string, s: Session, acks: Ack[]): Promise<string[]> {
  const missing: string[] = [];
  for (const a of acks) {
    const r = await fetch(`${url}/api/cases/${a.caseId}?version=${a.version}`, { headers: headersOf(s) });
    if (r.status !== 200) {
      missing.push(`${a.caseId} v${a.version}: ${r.status}`);
      continue;
    }
    const doc = (await r.json()) as { version: { author: string }; document: { ledger: { description: string }[] } };
    if (doc.version.author !== a.author || !doc.document.ledger.some((m) => m.description === a.description))
      missing.push(`${a.caseId} v${a.version}: "${a.description}" by ${a.author}`);
  }
  return missing;
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const viewer = await logIn(opts.url, opts.viewer, 'viewer');
  const until = Date.now() + opts.seconds * 1000;
  const acks: Ack[] = [];
  const stats = { conflicts: 0, errors: 0, samples: [] as string[], latencies: [] as number[] };
  const reads = autocannon({
    url: opts.url,
    connections: opts.readers,
    duration: opts.seconds,
    // as a browser sends them (the web app's fetch): kept answers over 1 KB come back gzipped
    headers: { ...headersOf(viewer), 'accept-encoding': 'gzip, deflate, br' },
    requests: opts.readPaths.map((path) => ({ method: 'GET' as const, path })),
  });
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.analysts }, (_, i) => analyst(opts, i, until, acks, stats)));
  const editSeconds = (performance.now() - t0) / 1000;
  const r = await reads;
  const missing = await findLost(opts.url, viewer, acks);
  return {
    reads: {
      requests: r.requests.total,
      perSecond: Math.round(r.requests.average),
      latency: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
      errors: r.errors,
      non2xx: r.non2xx,
      timeouts: r.timeouts,
    },
    edits: {
      acknowledged: acks.length,
      perSecond: Math.round(acks.length / editSeconds),
      conflicts: stats.conflicts,
      errors: stats.errors,
      errorSamples: stats.samples,
      latency: percentiles(stats.latencies),
    },
    lost: { checked: acks.length, missing },
  };
}

/** Adds a viewer and `analysts` analyst accounts with `concord users add --password-stdin` in `env`. */
export function addLoadUsers(
  env: Record<string, string>,
  analysts: number,
): { viewer: Credentials; analysts: Credentials[] } {
  const add = (username: string, role: string): Credentials => {
    const password = `pw-${randomBytes(9).toString('hex')}`;
    const r = spawnSync(
      join(repoRoot, 'bin', 'concord'),
      ['users', 'add', '--role', role, '--password-stdin', username],
      { input: `${password}\n`, encoding: 'utf8', env: { ...process.env, ...env } },
    );
    if (r.status !== 0) throw new Error(`concord users add ${username} exited ${r.status}: ${r.stderr}`);
    return { username, password };
  };
  return {
    viewer: add('reader', 'viewer'),
    analysts: Array.from({ length: analysts }, (_, i) => add(`analyst${i + 1}`, 'analyst')),
  };
}

/** Opens `n` cases (ids PREFIXload-1..n) as `who` (or in single-user mode when undefined). */
export async function openLoadCases(
  url: string,
  who: Credentials | undefined,
  n: number,
  prefix = '',
): Promise<string[]> {
  const s = await logIn(url, who, 'load-setup');
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const id = `${prefix}load-${i}`;
    const body = {
      id,
      country: 'SDN',
      title: `Load test situation ${i}`,
      populations: ['civilians'],
      since: '2019-01-01',
      author: s.author,
      reason: 'load test',
    };
    const r = await fetch(`${url}/api/cases`, {
      method: 'POST',
      headers: headersOf(s, true),
      body: JSON.stringify(body),
    });
    if (r.status !== 201) throw new Error(`opening case ${id} answered ${r.status}: ${await r.text()}`);
    ids.push(id);
  }
  return ids;
}
