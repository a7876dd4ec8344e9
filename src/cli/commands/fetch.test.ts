// Tests of `concord data fetch` through the CLI, against a loopback mirror (127.0.0.1 only) that
// serves ../shared/data in the upstream layout: byte-identical files, nothing fetched twice,
// resumption after a cut connection, checksum failures, changed bytes of a live upstream
// (--accept-changed) and of a pinned one, bad usage, and the import afterwards.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, sharedDataDir, tempDir } from '../../../test/support.ts';
import { startLoopbackMirror } from '../../../test/fixtures/loopback-mirror.ts';
import { entriesFor, type ManifestEntry } from '../../ingest/fetch/manifest.ts';
import { findSource } from '../../ingest/registry.ts';

/** A source whose loader has landed (not a placeholder), so its files are known. */
function loaded(id: string): boolean {
  const s = findSource(id);
  return Boolean(s && s.files.length > 0 && !s.files.some((f) => f.path.startsWith('__not_yet__')));
}

function entriesOf(ids: string[]): ManifestEntry[] {
  return ids.flatMap((id) => findSource(id)!.files.flatMap((f) => entriesFor(f.path)));
}

function assertSameAsShared(dir: string, entries: ManifestEntry[]): void {
  for (const e of entries) {
    assert.ok(existsSync(join(dir, e.path)), `${e.path} missing`);
    assert.ok(readFileSync(join(dir, e.path)).equals(readFileSync(join(sharedDataDir!, e.path))), `${e.path} differs`);
  }
}

// Small sources: a few plain files (ewp), the PKO CSV, and a file extracted from a zip (UCDP).
const small = ['ewp', 'pko-dppa', 'ucdp-battle-deaths'].filter(loaded);
const noData = !sharedDataDir || !loaded('ewp');
const home = () => ({ CONCORD_HOME: tempDir() });

test('fetching a few small sources gives byte-identical files; a second run downloads nothing', {
  skip: noData,
}, async () => {
  const mirror = await startLoopbackMirror(sharedDataDir!);
  try {
    const dir = tempDir();
    const args = ['data', 'fetch', '--only', small.join(','), '--mirror', mirror.url, '--to', dir, '--no-import'];
    const first = runCli(args, home());
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assertSameAsShared(dir, entriesOf(small));
    assert.match(first.stdout, /ewp\s+7 files: 7 downloaded/);
    assert.ok((await mirror.requests()).length >= 7);

    const second = runCli(args, home());
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.deepEqual(await mirror.requests(), []);
    assert.match(second.stdout, /ewp\s+7 files: 7 already up to date/);
    assert.doesNotMatch(second.stdout, /downloaded/);
  } finally {
    await mirror.close();
  }
});

test('a download cut off halfway is resumed with a Range request and completes', { skip: noData }, async () => {
  const file = 'ewp/prepared2024predictors-2025-09-03.csv';
  const mirror = await startLoopbackMirror(sharedDataDir!, { truncateOnce: { [file]: 700_000 } });
  try {
    const dir = tempDir();
    const r = runCli(['data', 'fetch', '--only', 'ewp', '--mirror', mirror.url, '--to', dir, '--no-import'], home());
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const forFile = (await mirror.requests()).filter((q) => q.target === file);
    assert.equal(forFile.length, 2, JSON.stringify(forFile));
    assert.equal(forFile[0].range, undefined);
    const m = /^bytes=(\d+)-$/.exec(forFile[1].range ?? '');
    assert.ok(m && Number(m[1]) > 0 && Number(m[1]) <= 700_000, `expected a resume, got ${forFile[1].range}`);
    assertSameAsShared(dir, entriesOf(['ewp']));
    assert.equal(existsSync(join(dir, `${file}.part`)), false);
  } finally {
    await mirror.close();
  }
});

test('a corrupted body fails with a checksum error naming the file, exit 1, and leaves no file in place', {
  skip: noData,
}, async () => {
  const file = 'ewp/coefficients_3Sep2025.csv';
  const mirror = await startLoopbackMirror(sharedDataDir!, { corrupt: [file] });
  try {
    const dir = tempDir();
    const r = runCli(['data', 'fetch', '--only', 'ewp', '--mirror', mirror.url, '--to', dir], home());
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const [expected] = entriesFor(file);
    assert.match(r.stderr, new RegExp(`${file}: SHA-256 mismatch: expected ${expected.sha256}, got [0-9a-f]{64}`));
    assert.equal(existsSync(join(dir, file)), false);
    assert.equal(existsSync(join(dir, `${file}.part`)), false);
    assert.ok(existsSync(join(dir, 'ewp/basedata2025_4august2025.csv')), 'the other files are still fetched');
    assert.doesNotMatch(r.stdout, /Importing/, 'a source with a failed file is not imported');
  } finally {
    await mirror.close();
  }
});

test('changed bytes of a live upstream: refused naming --accept-changed, kept and recorded with it, then up to date', {
  skip: !sharedDataDir || !loaded('pko-dppa'),
}, async () => {
  const file = 'pko/DPPADPOSS-PKO.csv';
  const [expected] = entriesFor(file);
  assert.equal(expected.stability, 'live');
  const mirror = await startLoopbackMirror(sharedDataDir!, { corrupt: [file] });
  try {
    const dir = tempDir();
    const args = ['data', 'fetch', '--only', 'pko-dppa', '--mirror', mirror.url, '--to', dir, '--no-import'];
    const strict = runCli(args, home());
    assert.equal(strict.code, 1, strict.stdout + strict.stderr);
    assert.match(strict.stderr, new RegExp(`${file}: SHA-256 mismatch: .*may have changed.*--accept-changed`));
    assert.equal(existsSync(join(dir, file)), false);

    const accepting = runCli([...args, '--accept-changed'], home());
    assert.equal(accepting.code, 0, accepting.stdout + accepting.stderr);
    const kept = readFileSync(join(dir, file));
    const actual = createHash('sha256').update(kept).digest('hex');
    assert.notEqual(actual, expected.sha256);
    assert.equal(kept.length, expected.size);
    assert.match(
      accepting.stderr,
      new RegExp(
        `warning: ${file}: upstream bytes changed: expected SHA-256 ${expected.sha256} .*got ${actual} .*the import validates its content`,
      ),
    );
    assert.match(accepting.stdout, /pko-dppa\s+1 file: 1 downloaded \(.*with changed upstream bytes, accepted\)/);
    const record = JSON.parse(readFileSync(join(dir, '.fetch-accepted.json'), 'utf8'));
    assert.deepEqual(Object.keys(record), [file]);
    assert.equal(record[file].sha256, actual);
    assert.equal(record[file].size, kept.length);
    assert.match(record[file].url, /^http:\/\/127\.0\.0\.1:\d+\/api\.psdata\.un\.org\//);
    await mirror.requests();

    const again = runCli([...args, '--accept-changed'], home());
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.deepEqual(await mirror.requests(), []);
    assert.match(again.stdout, /pko-dppa\s+1 file: 1 already up to date \(1 as accepted earlier\)/);
    assert.doesNotMatch(again.stderr, /warning/);
  } finally {
    await mirror.close();
  }
});

test('changed bytes of a pinned upstream still fail with --accept-changed, and nothing is recorded', {
  skip: !sharedDataDir || !loaded('coups'),
}, async () => {
  const file = 'indicators/all-coups.csv';
  assert.equal(entriesFor(file)[0].stability, 'pinned');
  const mirror = await startLoopbackMirror(sharedDataDir!, { corrupt: [file] });
  try {
    const dir = tempDir();
    const r = runCli(
      ['data', 'fetch', '--only', 'coups', '--mirror', mirror.url, '--to', dir, '--no-import', '--accept-changed'],
      home(),
    );
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stderr, new RegExp(`${file}: SHA-256 mismatch: .*pinned.*--accept-changed does not apply`));
    assert.doesNotMatch(r.stderr, /warning/);
    assert.equal(existsSync(join(dir, file)), false);
    assert.equal(existsSync(join(dir, '.fetch-accepted.json')), false);
  } finally {
    await mirror.close();
  }
});

test('an unknown --only id is bad usage (exit 2)', () => {
  const r = runCli(
    [
      'data',
      'fetch',
      '--only',
      'ewp,no-such-source',
      '--to',
      tempDir(),
      '--no-import',
      '--mirror',
      'http://127.0.0.1:9',
    ],
    home(),
  );
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /unknown source no-such-source/);
});

test('after fetching, the sources are imported (mirror from $CONCORD_UPSTREAM_MIRROR)', {
  skip: !sharedDataDir || !loaded('coups'),
}, async () => {
  const mirror = await startLoopbackMirror(sharedDataDir!);
  try {
    const dir = tempDir();
    const r = runCli(['data', 'fetch', '--only', 'coups', '--to', dir], {
      ...home(),
      CONCORD_UPSTREAM_MIRROR: mirror.url,
    });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /indicators\/all-coups\.csv: downloaded/);
    assert.match(r.stdout, /Importing from /);
    assert.match(r.stdout, /coups\s+imported/);
  } finally {
    await mirror.close();
  }
});
