// Tests of the upstream manifest: complete for the data-directory layout, well-formed locations,
// archive name patterns that fit the archives' member names, folder lookups, and which upstreams
// are pinned (bytes cannot drift) or live.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { sharedDataDir } from '../../../test/support.ts';
import { sha256File } from '../fingerprint.ts';
import { sources } from '../registry.ts';
import { memberFileName } from './archive.ts';
import { archives, entriesFor, manifest, stabilityOf, urlStability } from './manifest.ts';

function upstreamUrls(e: (typeof manifest)[number]): string[] {
  if (e.origin.kind === 'url') return [e.origin.url];
  if (e.origin.kind === 'archive') return [e.origin.archive.url];
  return [e.origin.lookup.listUrl, e.origin.lookup.accessUrl.replace('{id}', '1')];
}

test('every entry has a unique safe path, a checksum, an https location, a confidence and a note', () => {
  assert.equal(new Set(manifest.map((e) => e.path)).size, manifest.length);
  for (const e of manifest) {
    assert.match(e.path, /^[a-z]+\/[A-Za-z0-9_.\-/ ()]+$/, e.path); // spaces and parentheses: UN XML names ("Not adopted", "S_RES_2514 (2020)-2003919E.xml")
    assert.ok(!e.path.split('/').includes('..'), e.path);
    assert.match(e.sha256, /^[0-9a-f]{64}$/, e.path);
    assert.ok(e.size > 0, e.path);
    assert.ok(['verified', 'documented', 'guess'].includes(e.confidence), e.path);
    assert.ok(e.note.length > 10, e.path);
    for (const u of upstreamUrls(e)) assert.equal(new URL(u).protocol, 'https:', `${e.path}: ${u}`);
  }
});

test('archive members are named so that the archive pattern gives back the data-directory file name', () => {
  for (const e of manifest) {
    if (e.origin.kind !== 'archive') continue;
    const a = e.origin.archive;
    const fileName = e.path.slice(a.destDir.length + 1);
    assert.equal(memberFileName(a, a.memberName.replace('{name}', fileName)), fileName, e.path);
  }
});

test('folder paths stand for every entry under them; meetings tables follow the Library URL rules', () => {
  assert.equal(entriesFor('unsc/resolutions-en').length, 902);
  assert.equal(entriesFor('unsc/resolutions-en/').length, 902);
  assert.equal(entriesFor('unsc/meetings').length, 79);
  assert.equal(entriesFor('unsc/resolutions').length, 0);
  assert.deepEqual(
    entriesFor('ewp/coefficients_3Sep2025.csv').map((e) => e.path),
    ['ewp/coefficients_3Sep2025.csv'],
  );
  const urlOf = (p: string) => {
    const [e] = entriesFor(p);
    return e.origin.kind === 'url' ? e.origin.url : '';
  };
  assert.match(urlOf('unsc/meetings/scact1993_table_en.html'), /scact1993_table_en\.html$/);
  assert.match(urlOf('unsc/meetings/scact1994_table_en.html'), /scact1994_table_en\.htm$/);
  assert.match(urlOf('unsc/meetings/scact2022_table_en.html'), /scact2022_table_en\.html$/);
  assert.match(urlOf('unsc/meetings/scact2020_covid_table_en.html'), /SC_2020-revised\.html$/);
  assert.match(urlOf('unsc/meetings/scact_veto_table_en.html'), /scact_veto_table_en\.htm$/);
});

test('every file a registered source reads has an upstream location', () => {
  const placeholder = (p: string) => p.startsWith('__not_yet__');
  for (const s of sources) {
    for (const f of s.files) {
      if (placeholder(f.path)) continue;
      assert.ok(entriesFor(f.path).length > 0, `${s.id}: ${f.path} has no manifest entry`);
    }
  }
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

test('the manifest covers exactly the real data directory, with its sizes and SHA-256', {
  skip: !sharedDataDir,
}, async () => {
  const dir = sharedDataDir!;
  const files = listFiles(dir)
    .map((p) => relative(dir, p))
    .filter((p) => p !== 'SOURCES.md')
    .sort();
  assert.deepEqual(files, manifest.map((e) => e.path).sort());
  for (const e of manifest) {
    assert.equal(statSync(join(dir, e.path)).size, e.size, e.path);
    assert.equal(await sha256File(join(dir, e.path)), e.sha256, e.path);
  }
});

test('stability is derived from the location: commit-pinned GitHub and versioned Dataverse files are pinned, the rest live', () => {
  const stabilityOfPath = (p: string) => entriesFor(p)[0].stability;
  for (const e of manifest) assert.equal(e.stability, stabilityOf(e.origin), e.path);
  assert.equal(stabilityOfPath('ewp/coefficients_3Sep2025.csv'), 'pinned');
  assert.equal(stabilityOfPath('unsc/vetoes_1946_sept2022.csv'), 'pinned');
  assert.equal(stabilityOfPath('ungdc/Speakers_by_session.xlsx'), 'pinned'); // dataset version 13.0
  assert.equal(stabilityOfPath('ungdc/UNGDC_1946-2024.tgz'), 'pinned'); // a Dataverse file id
  assert.equal(stabilityOfPath('pko/DPPADPOSS-PKO.csv'), 'live');
  assert.equal(stabilityOfPath('pko/owid-united-nations-peacekeeping.csv'), 'live'); // a branch, not a commit
  for (const e of entriesFor('owid')) assert.equal(e.stability, 'live', e.path);
  for (const e of entriesFor('unsc/meetings')) assert.equal(e.stability, 'live', e.path);
  assert.equal(archives.crUnscGold.stability, 'live'); // archive of HEAD
  assert.equal(archives.ucdpBrd.stability, 'live');
  assert.equal(stabilityOfPath('ucdp/BattleDeaths_v25_1.csv'), 'live');
  assert.equal(urlStability('https://raw.githubusercontent.com/o/r/main/x.csv'), 'live');
  assert.equal(
    urlStability('https://dataverse.harvard.edu/api/access/datafile/:persistentId?persistentId=doi:x'),
    'live',
  );
  const lookup = {
    listUrl: 'https://dataverse.harvard.edu/api/datasets/:persistentId/versions/:latest/files?persistentId=doi:x',
    fileName: 'a',
    accessUrl: 'x',
  };
  assert.equal(stabilityOf({ kind: 'dataverse', lookup }), 'live');
});
