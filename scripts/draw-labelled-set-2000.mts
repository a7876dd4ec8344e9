// The draw of the labelled set 2000-2026's extension (issue 14; docs/council.md "The labelled set,
// 2000-2026"), reproducible from a store with the UN XML imported:
//   CONCORD_HOME=... node --import tsx scripts/draw-labelled-set-2000.mts
// Rule, fixed before any drawn document was read or coded: resolutions with a text and a Library
// `chapter_VII` flag, stratified by period (2000-2008, 2009-2016, 2017-2026) x the flag (yes/no)
// x theme, one drawn per cell; themes from the Library's metadata, first match wins: thematic (the
// agenda item names no country), sanctions (subject SANCTIONS or ARMS EMBARGO), protection of
// civilians/R2P (CIVILIAN PERSONS, PROTECTION OF CIVILIANS IN PEACEKEEPING OPERATIONS,
// RESPONSIBILITY TO PROTECT, GENOCIDE, CRIMES AGAINST HUMANITY), peacekeeping mandates
// (PEACEKEEPING OPERATIONS); other texts are not drawn. Plus two presidential statements per
// period. The 13 documents labelled before are excluded. Each period's draws are then split in
// two by a second seeded order: the first half is the development half (misses may be looked at
// and rules revised on them), the second the held-out half (reported only). Seed 1414,
// mulberry32. Prints symbol, period, flag, theme, half and length.
import { openStore } from '../src/store/open.ts';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const earlier = new Set([1386, 1511, 1798, 1816, 1848, 1889, 1970, 1973, 2118, 1495, 1939, 2314, 1528]);
const periods = [
  [2000, 2008],
  [2009, 2016],
  [2017, 2026],
] as const;
const protection = [
  'CIVILIAN PERSONS',
  'PROTECTION OF CIVILIANS IN PEACEKEEPING OPERATIONS',
  'RESPONSIBILITY TO PROTECT',
  'GENOCIDE',
  'CRIMES AGAINST HUMANITY',
];
const themes = ['thematic', 'sanctions', 'protection', 'peacekeeping'] as const;

function theme(d: { countries: string[]; subjects: string[] }): string {
  if (d.countries.length === 0) return 'thematic';
  if (d.subjects.some((s) => s === 'SANCTIONS' || s === 'ARMS EMBARGO')) return 'sanctions';
  if (d.subjects.some((s) => protection.includes(s))) return 'protection';
  if (d.subjects.includes('PEACEKEEPING OPERATIONS')) return 'peacekeeping';
  return 'other';
}

const random = mulberry32(1414);
const pick = <T>(xs: T[]): T | undefined => (xs.length ? xs[Math.floor(random() * xs.length)] : undefined);
const store = await openStore();
try {
  const docs = await store.council.documents({ kinds: ['resolution', 'statement'], from: 2000, to: 2026 });
  const chars = (d: (typeof docs)[number]) => d.paragraphs.reduce((k, p) => k + p.text.length, 0);
  for (const [from, to] of periods) {
    const inPeriod = docs.filter((d) => d.year >= from && d.year <= to && chars(d) > 0);
    const drawn: { symbol: string; flag: string; theme: string; chars: number }[] = [];
    for (const flag of [true, false])
      for (const t of themes) {
        const cell = inPeriod.filter(
          (d) =>
            d.kind === 'resolution' && d.chapterVIIFlag === flag && !earlier.has(d.number ?? 0) && theme(d) === t,
        );
        const d = pick(cell);
        drawn.push(
          d
            ? { symbol: d.symbol, flag: String(flag), theme: t, chars: chars(d) }
            : { symbol: '(empty cell)', flag: String(flag), theme: t, chars: 0 },
        );
      }
    const statements = inPeriod.filter((d) => d.kind === 'statement');
    for (let i = 0; i < 2; i++) {
      const d = pick(statements.filter((s) => !drawn.some((x) => x.symbol === s.symbol)))!;
      drawn.push({ symbol: d.symbol, flag: 'statement', theme: theme(d), chars: chars(d) });
    }
    const real = drawn.filter((d) => d.chars > 0);
    const order = real.map((d) => ({ d, k: random() })).sort((a, b) => a.k - b.k);
    const half = Math.ceil(order.length / 2);
    order.forEach(({ d }, i) => {
      process.stdout.write(
        `${d.symbol}\t${from}-${to}\t${d.flag}\t${d.theme}\t${i < half ? 'development' : 'held-out'}\t${d.chars}\n`,
      );
    });
    for (const d of drawn.filter((x) => x.chars === 0)) process.stdout.write(`${d.symbol}\t${from}-${to}\t${d.flag}\t${d.theme}\n`);
  }
} finally {
  await store.close();
}
