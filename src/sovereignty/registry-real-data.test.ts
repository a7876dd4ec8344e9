// Slow test of the sovereignty seed against the real resolution texts and meetings tables
// (skipped without the shared data): every Security Council resolution the registry cites is
// found in the store with the cited adoption date, every quoted passage is in its text, and the
// resolutions verified by text are exactly those Concord holds (1-899, 902, 1445, 1454); those
// adopted after 2022, beyond the meetings tables, are known from the literature.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDataDir, tempStore } from '../../test/support.ts';
import { importSources } from '../ingest/run.ts';
import { unscSources } from '../ingest/unsc/index.ts';
import { seedTerritories } from './seed/index.ts';
import { type RegistrySource, verifySource } from './source.ts';

const skip = sharedDataDir === undefined && 'no shared data directory';

test('every Council resolution the registry cites is verified by the store', { skip }, async () => {
  const store = await tempStore();
  const outcomes = await importSources(
    store,
    unscSources.filter((s) => s.id === 'unsc-resolutions' || s.id === 'unsc-meetings'),
    sharedDataDir!,
  );
  for (const o of outcomes) assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : o.source.id);
  const sources: RegistrySource[] = seedTerritories.flatMap((t) => [
    ...t.intervals.flatMap((i) => i.sources),
    ...t.notes.flatMap((n) => n.sources),
  ]);
  const cited = sources.filter((s) => s.resolution !== undefined);
  const evidence = await store.sovereignty.resolutionEvidence(cited.map((s) => s.resolution!));
  const levels = new Map<number, string>();
  for (const s of cited) {
    const v = verifySource(s, evidence.get(s.resolution!));
    assert.notEqual(v.level, 'mismatch', `${s.citation}: ${v.detail}`);
    // The meetings tables end in 2022: later resolutions (2699, 2753, 2767, 2793, 2797) are cited from the literature.
    if (s.date <= '2022-12-31') assert.notEqual(v.level, 'knowledge', `${s.citation} should be in the meetings tables`);
    levels.set(s.resolution!, v.level);
  }
  const byText = [...levels]
    .filter(([, l]) => l === 'text')
    .map(([n]) => n)
    .sort((a, b) => a - b);
  assert.deepEqual(byText, [242, 353, 384, 389, 541, 550, 690, 718, 733, 745, 751, 755, 794, 814, 858, 867, 880]);
  assert.ok(byText.every((n) => n <= 902));
  assert.ok(
    [...levels].filter(([, l]) => l === 'meetings').every(([n]) => n > 902),
    'texts held are always used',
  );
});
