// Real-data checks of the council capability (skipped without ../shared/data): the coder on the
// labelled set and the post-1990 rise of Chapter VII, from the CR-UNSC texts; the veto list
// joined to the meetings tables and the Korea votes of 1950, from the Dag Hammarskjöld Library
// tables and the world-politics-datalab list. Floors, not exact figures, so that a better
// coder does not fail them.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sharedDataDir, tempStore } from '../../test/support.ts';
import type { TestStore } from '../../test/support.ts';
import { importSources } from '../ingest/run.ts';
import { findSource } from '../ingest/registry.ts';
import { codeResolution, type CodedResolution } from './coding/code-resolution.ts';
import { evaluateCoder } from './coding/evaluate.ts';
import { labelledSet } from './coding/labelled-set.ts';
import { trendByYear } from './coding/trend.ts';
import { forecastVetoes, votedDrafts } from './forecast.ts';
import { joinVetoes, vetoesBy } from './veto-list.ts';

const skip = sharedDataDir === undefined && 'no ../shared/data';
let store: TestStore;

before(async () => {
  if (skip) return;
  store = await tempStore();
  const ids = ['unsc-resolutions', 'unsc-meetings', 'unsc-vetoes'];
  const outcomes = await importSources(
    store,
    ids.map((id) => findSource(id)!),
    sharedDataDir!,
  );
  for (const o of outcomes) assert.equal(o.status, 'imported', o.source.id);
});

test('real data: the coder on the labelled set keeps its measured precision and recall', { skip }, async () => {
  const codings = new Map<number, CodedResolution>();
  for (const l of labelledSet) {
    const r = await store.council.resolution(l.number);
    assert.ok(r, `resolution ${l.number} is in the store`);
    assert.equal(r.year, l.year, `year of ${l.number}`);
    codings.set(l.number, codeResolution(r.text));
  }
  const e = evaluateCoder(labelledSet, codings);
  const score = (f: string) => e.scores.find((s) => s.field === f)!;
  assert.ok(e.determinationAccuracy >= 0.95, `determination accuracy ${e.determinationAccuracy}`);
  assert.ok(score('chapterVII').precision! >= 0.95 && score('chapterVII').recall! >= 0.9);
  assert.ok(score('authorizesForce').precision! >= 0.95 && score('authorizesForce').recall! >= 0.7);
  assert.ok(score('sanctions').recall! >= 0.8);
});

test('real data: Chapter VII rises after 1990', { skip }, async () => {
  const texts = await store.council.resolutions();
  const byDecade = trendByYear(
    texts.map((t) => ({ year: Math.floor(t.year / 10) * 10, coding: codeResolution(t.text) })),
  );
  const share = (d: number) => byDecade.find((r) => r.year === d)!.chapterVIIShare;
  assert.ok(share(1990) > 0.15, `1990s share ${share(1990)}`);
  for (const d of [1950, 1960, 1970, 1980]) assert.ok(share(d) < 0.05, `${d}s share ${share(d)}`);
});

test('real data: vetoes joined to their meetings; Korea 1950 in the record', { skip }, async () => {
  const list = await store.council.vetoList();
  assert.equal(list.length, 214);
  const joined = joinVetoes(list, await store.council.vetoedDrafts());
  assert.ok(joined.filter((v) => v.meeting).length >= 210);
  const members = Object.fromEntries(vetoesBy(list, 'member').map((r) => [r.key, r.casts]));
  assert.equal(members.USSR, 90);
  const meetings = await store.council.meetings({ from: 1950, to: 1950, topic: 'Korea' });
  const res82 = meetings.flatMap((m) => m.decisions).find((d) => d.resolutionNumber === 82)!;
  assert.equal(res82.tally.text, '9-0-1');
  const f = forecastVetoes(votedDrafts(await store.council.meetings({})), { region: 'Middle East' });
  assert.ok(f.matchingDrafts > 100);
  assert.ok(f.seats.find((s) => s.seat === 'USA')!.vetoes > 20);
});
