// `npm run bench:import`: imports the full data directory and reports, in one run, the UNGDC
// import's wall time and peak RSS, the General Debate's norms index build (with the text pieces
// search snippets are cut from), the warm latency of corpus search for 20 phrases (every matching
// document with snippets: from the pieces, also each phrase's first search apart, and from the
// full-text index's snippet() as before issue 18 item 2), and the time ripgrep takes to scan the unpacked corpus for the same phrases (the
// peer), with the ratios. BENCH_HOME=<home> measures on a home the data directory was already
// imported into, without the imports.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultDataDir, repoRoot } from '../src/config.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { CorpusSearch } from '../src/app/corpus-search.ts';
import { PIECE_CACHE_BOUND } from '../src/norms/piece-cache.ts';
import { buildIndex } from '../src/app/norms.ts';
import type { CorpusQuery } from '../src/store/store.ts';
import { benchPhrases } from './phrases.ts';

const dataDir = resolve(process.argv[2] ?? defaultDataDir() ?? '');
// BENCH_HOME: a home the data directory was already imported into (kept afterwards): the imports
// are not run nor timed again, the rest is measured on it
const given = process.env.BENCH_HOME;
const home = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'concord-bench-'));
const env = { ...process.env, CONCORD_HOME: home };
const tsx = `file://${join(repoRoot, 'node_modules/tsx/dist/loader.mjs')}`;

function child(only?: string) {
  const args = ['--import', tsx, join(repoRoot, 'bench/import-child.ts'), dataDir, ...(only ? [only] : [])];
  const out = execFileSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out) as {
    seconds: number;
    maxRssMB: number;
    outcomes: { id: string; status: string; seconds?: number }[];
    failed: string[];
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

console.log(`Data directory: ${dataDir}`);
if (given) console.log(`Home ${home} (BENCH_HOME): imports skipped, not timed`);
else timeImports();

function timeImports(): void {
  const ungdc = child('ungdc');
  if (ungdc.failed.length) throw new Error(ungdc.failed.join('\n'));
  console.log(
    `UNGDC import: ${ungdc.seconds.toFixed(1)} s wall, peak RSS ${ungdc.maxRssMB.toFixed(0)} MB (goal <= 90 s, <= 1536 MB)`,
  );
  const rest = child();
  console.log(
    `Full import (all ${rest.outcomes.length} sources, forced): ${rest.seconds.toFixed(1)} s wall, peak RSS ${rest.maxRssMB.toFixed(0)} MB`,
  );
  if (rest.failed.length) console.log(`  failed: ${rest.failed.join('; ')}`);
  // The Council sources of issue 14 (UN XML 2000-2026, membership): their share of the full import.
  const councilIds = ['unxml-resolutions', 'unxml-statements', 'unxml-drafts', 'unxml-metadata', 'unsc-members'];
  const councilSeconds = rest.outcomes
    .filter((o) => councilIds.includes(o.id))
    .reduce((n, o) => n + (o.seconds ?? 0), 0);
  console.log(
    `  of which the Council 2000-2026 sources (${councilIds.join(', ')}): ${councilSeconds.toFixed(1)} s (goal <= 15 s more than before them)`,
  );
}

// The General Debate's norms index (built by the first norms command after an import), which
// corpus search cuts its snippets from.
const store = new SqliteStore(join(home, 'concord.db'));
await store.migrate();
const cpu0 = process.cpuUsage();
const built0 = performance.now();
await buildIndex(store, 'ungdc');
const builtCpu = process.cpuUsage(cpu0);
console.log(
  `norms index of the UNGDC (postings, paragraphs, text pieces): ${((performance.now() - built0) / 1000).toFixed(1)} s wall, ${((builtCpu.user + builtCpu.system) / 1e6).toFixed(1)} s CPU; ${await store.countRows('norm_pieces')} pieces`,
);

// Warm search latency: each phrase once to warm, then 5 timed runs each; both the CLI default
// (first 20 documents) and every matching document. The warm runs take their pieces from those the
// process kept (src/norms/piece-cache.ts); the warming pass, timed apart, reads them from the store.
const search = new CorpusSearch(store);
async function timeSearch(limit: number, run = (q: CorpusQuery) => search.search(q)) {
  const times: number[] = [];
  const first: number[] = []; // the warming pass: each phrase's first search in this process
  for (const p of benchPhrases) {
    const t = performance.now();
    await run({ corpus: 'ungdc', phrases: [p], limit });
    first.push(performance.now() - t);
  }
  for (let rep = 0; rep < 5; rep++) {
    for (const p of benchPhrases) {
      const t = performance.now();
      await run({ corpus: 'ungdc', phrases: [p], limit });
      times.push(performance.now() - t);
    }
  }
  return { times, first, total: times.reduce((a, b) => a + b, 0) / 5 };
}
async function timeCount() {
  const times: number[] = [];
  for (const p of benchPhrases) await store.countCorpus({ corpus: 'ungdc', phrases: [p] });
  for (let rep = 0; rep < 5; rep++) {
    for (const p of benchPhrases) {
      const t = performance.now();
      await store.countCorpus({ corpus: 'ungdc', phrases: [p] });
      times.push(performance.now() - t);
    }
  }
  return times;
}
const top20 = await timeSearch(20);
const counts = await timeCount();
const every = await timeSearch(100000);
const everyFts = await timeSearch(100000, (q) => store.searchCorpus(q));
console.log(
  `corpus search, 20 phrases, first 20 documents: p50 ${pct(top20.times, 50).toFixed(2)} ms, p95 ${pct(top20.times, 95).toFixed(2)} ms (goal p95 <= 25 ms)`,
);
console.log(
  `corpus search --count (every matching document, no snippets): p50 ${pct(counts, 50).toFixed(2)} ms, p95 ${pct(counts, 95).toFixed(2)} ms`,
);
console.log(
  `corpus search, 20 phrases, every matching document with snippets: p50 ${pct(every.times, 50).toFixed(2)} ms, p95 ${pct(every.times, 95).toFixed(2)} ms; all 20 phrases ${every.total.toFixed(0)} ms`,
);
console.log(
  `  each phrase's first search in the process (its pieces read from the store, then kept: up to ${(PIECE_CACHE_BOUND / 1e6).toFixed(0)} million characters and word offsets a corpus): p50 ${pct(every.first, 50).toFixed(2)} ms, p95 ${pct(every.first, 95).toFixed(2)} ms; pieces kept now: ${search.keptPieces('ungdc').pieces}`,
);
console.log(
  `  the same with the full-text index's snippet() (before issue 18 item 2): p50 ${pct(everyFts.times, 50).toFixed(2)} ms, p95 ${pct(everyFts.times, 95).toFixed(2)} ms; all 20 phrases ${everyFts.total.toFixed(0)} ms`,
);
// The resolutions corpus 1946-2026 (CR-UNSC + UN XML): the same phrases, first 20 documents.
const resTimes: number[] = [];
for (const p of benchPhrases) await search.search({ corpus: 'resolutions', phrases: [p], limit: 20 });
for (let rep = 0; rep < 5; rep++) {
  for (const p of benchPhrases) {
    const t = performance.now();
    await search.search({ corpus: 'resolutions', phrases: [p], limit: 20 });
    resTimes.push(performance.now() - t);
  }
}
console.log(
  `corpus search --corpus resolutions (1946-2026, ${await store.countRows('resolutions')} texts), 20 phrases, first 20 documents: p50 ${pct(resTimes, 50).toFixed(2)} ms, p95 ${pct(resTimes, 95).toFixed(2)} ms (goal p95 <= 25 ms)`,
);
await store.close();

// Peer: ripgrep counting matches over the unpacked corpus (case-insensitive fixed strings).
if (spawnSync('rg', ['--version']).status !== 0) {
  console.log('ripgrep not installed: peer skipped (bench/import.sh installs it)');
} else {
  const unpacked = mkdtempSync(join(tmpdir(), 'concord-ungdc-'));
  execFileSync('tar', ['xzf', join(dataDir, 'ungdc/UNGDC_1946-2024.tgz'), '-C', unpacked]);
  const rgTimes: number[] = [];
  for (const p of benchPhrases) spawnSync('rg', ['-c', '-i', '-F', p, unpacked]); // warm the page cache
  for (const p of benchPhrases) {
    const t = performance.now();
    spawnSync('rg', ['-c', '-i', '-F', p, unpacked], { maxBuffer: 1 << 26 });
    rgTimes.push(performance.now() - t);
  }
  const rgTotal = rgTimes.reduce((a, b) => a + b, 0);
  console.log(
    `rg -c over the unpacked corpus, 20 phrases: p50 ${pct(rgTimes, 50).toFixed(1)} ms, p95 ${pct(rgTimes, 95).toFixed(1)} ms, all ${rgTotal.toFixed(0)} ms`,
  );
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
  console.log(
    `ratio rg / concord (p50; p95): first 20 documents ${ratio(pct(rgTimes, 50), pct(top20.times, 50))}; ${ratio(pct(rgTimes, 95), pct(top20.times, 95))} (goal >= 10x)`,
  );
  console.log(
    `ratio rg / concord --count (p50; p95): ${ratio(pct(rgTimes, 50), pct(counts, 50))}; ${ratio(pct(rgTimes, 95), pct(counts, 95))}`,
  );
  console.log(
    `ratio rg / concord every document with snippets (p50; p95): ${ratio(pct(rgTimes, 50), pct(every.times, 50))}; ${ratio(pct(rgTimes, 95), pct(every.times, 95))} (goal >= 10x); with snippet() as before: ${ratio(pct(rgTimes, 50), pct(everyFts.times, 50))}; ${ratio(pct(rgTimes, 95), pct(everyFts.times, 95))}`,
  );
  console.log(
    `ratio rg / concord every document with snippets, each phrase's first search (pieces read from the store) (p50; p95): ${ratio(pct(rgTimes, 50), pct(every.first, 50))}; ${ratio(pct(rgTimes, 95), pct(every.first, 95))}`,
  );
  rmSync(unpacked, { recursive: true, force: true });
}
if (!given) rmSync(home, { recursive: true, force: true });
