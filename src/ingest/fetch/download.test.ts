// Tests of the resumable, verified downloader against a tiny in-process HTTP server on 127.0.0.1.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { refusedPort } from '../../../test/fixtures/loopback-mirror.ts';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { tempDir } from '../../../test/support.ts';
import { download } from './download.ts';
import { ChecksumError, DownloadError } from './errors.ts';

const body = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7) % 251));
const sha = createHash('sha256').update(body).digest('hex');

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = () => {};
const seen: { range?: string }[] = [];
const server = createServer((req, res) => {
  seen.push({ range: req.headers.range });
  handler(req, res);
});
let base = '';

before(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

/** Serves `data`, honouring `Range: bytes=N-`. */
function serveRanges(data: Buffer, ignoreRange = false): Handler {
  return (req, res) => {
    const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    if (m && !ignoreRange) {
      const start = Number(m[1]);
      if (start >= data.length) return void res.writeHead(416, { 'content-range': `bytes */${data.length}` }).end();
      res.writeHead(206, {
        'content-length': data.length - start,
        'content-range': `bytes ${start}-${data.length - 1}/${data.length}`,
      });
      return void res.end(data.subarray(start));
    }
    res.writeHead(200, { 'content-length': data.length }).end(data);
  };
}

const fast = { backoffMs: 5, retries: 3 };

test('downloads, verifies and renames into place; a second call finds the file present and sends no request', async () => {
  const dir = tempDir();
  handler = serveRanges(body);
  seen.length = 0;
  const target = { url: `${base}/f`, dest: join(dir, 'a', 'f.bin'), label: 'a/f.bin', size: body.length, sha256: sha };
  const progress: number[] = [];
  assert.equal(await download(target, { ...fast, onProgress: (d) => progress.push(d) }), 'downloaded');
  assert.deepEqual(readFileSync(target.dest), body);
  assert.equal(existsSync(`${target.dest}.part`), false);
  assert.equal(progress.at(-1), body.length);
  seen.length = 0;
  assert.equal(await download(target, fast), 'present');
  assert.equal(seen.length, 0);
});

test('a partial file is resumed with a Range request (206)', async () => {
  const dir = tempDir();
  const dest = join(dir, 'f.bin');
  writeFileSync(`${dest}.part`, body.subarray(0, 12_345));
  handler = serveRanges(body);
  seen.length = 0;
  await download({ url: `${base}/f`, dest, label: 'f.bin', size: body.length, sha256: sha }, fast);
  assert.deepEqual(seen, [{ range: 'bytes=12345-' }]);
  assert.deepEqual(readFileSync(dest), body);
});

test('a server that ignores the range (200) makes the download restart from scratch', async () => {
  const dir = tempDir();
  const dest = join(dir, 'f.bin');
  writeFileSync(`${dest}.part`, Buffer.from('garbage that must not be kept'));
  handler = serveRanges(body, true);
  seen.length = 0;
  await download({ url: `${base}/f`, dest, label: 'f.bin', size: body.length, sha256: sha }, fast);
  assert.equal(seen.length, 1);
  assert.deepEqual(readFileSync(dest), body);
});

test('a connection cut mid-body is retried and resumed from the bytes received', async () => {
  const dir = tempDir();
  const dest = join(dir, 'f.bin');
  let first = true;
  const ranged = serveRanges(body);
  handler = (req, res) => {
    if (!first) return ranged(req, res);
    first = false;
    res.writeHead(200, { 'content-length': body.length });
    // Cut well after the bytes are sent: a body stream that errors drops chunks it has not yet handed over.
    res.write(body.subarray(0, 20_000), () => setTimeout(() => res.socket?.destroy(), 100));
  };
  seen.length = 0;
  await download({ url: `${base}/f`, dest, label: 'f.bin', size: body.length, sha256: sha }, fast);
  assert.equal(seen[0].range, undefined);
  assert.match(seen[1].range ?? '', /^bytes=\d+-$/);
  assert.ok(Number(/\d+/.exec(seen[1].range!)![0]) > 0);
  assert.deepEqual(readFileSync(dest), body);
});

test('a body with the wrong SHA-256 fails naming the file and both hashes, and leaves no file behind', async () => {
  const dir = tempDir();
  const dest = join(dir, 'f.bin');
  const bad = Buffer.from(body);
  bad[100] ^= 1;
  handler = serveRanges(bad);
  const badSha = createHash('sha256').update(bad).digest('hex');
  await assert.rejects(
    download({ url: `${base}/f`, dest, label: 'data/f.bin', size: body.length, sha256: sha }, fast),
    (e: Error) => {
      assert.ok(e instanceof ChecksumError);
      assert.match(e.message, /data\/f\.bin/);
      assert.ok(e.message.includes(sha) && e.message.includes(badSha), e.message);
      return true;
    },
  );
  assert.equal(existsSync(dest), false);
  assert.equal(existsSync(`${dest}.part`), false);
});

test('a stale file with the wrong checksum is replaced', async () => {
  const dir = tempDir();
  const dest = join(dir, 'f.bin');
  writeFileSync(dest, 'old version');
  handler = serveRanges(body);
  assert.equal(
    await download({ url: `${base}/f`, dest, label: 'f.bin', size: body.length, sha256: sha }, fast),
    'downloaded',
  );
  assert.deepEqual(readFileSync(dest), body);
});

test('HTTP 404 fails at once; 503 is retried with backoff', async () => {
  const dir = tempDir();
  handler = (_req, res) => void res.writeHead(404).end();
  seen.length = 0;
  await assert.rejects(
    download({ url: `${base}/nope`, dest: join(dir, 'x'), label: 'x/y.csv', sha256: sha }, fast),
    (e: Error) => {
      assert.ok(e instanceof DownloadError);
      assert.match(e.message, /^x\/y\.csv: HTTP 404/);
      return true;
    },
  );
  assert.equal(seen.length, 1);

  let calls = 0;
  const ranged = serveRanges(body);
  handler = (req, res) => (++calls < 3 ? void res.writeHead(503).end() : ranged(req, res));
  await download({ url: `${base}/f`, dest: join(dir, 'f.bin'), label: 'f.bin', size: body.length, sha256: sha }, fast);
  assert.equal(calls, 3);

  handler = (_req, res) => void res.writeHead(503).end();
  await assert.rejects(
    download({ url: `${base}/f`, dest: join(dir, 'g.bin'), label: 'g.bin', sha256: sha }, { backoffMs: 1, retries: 2 }),
    /g\.bin: HTTP 503.*gave up after 3 attempts/,
  );
});

test('accepting changes: changed bytes are downloaded whole, kept and reported; matching bytes are a plain download', async () => {
  const dir = tempDir();
  const dest = join(dir, 'live.csv');
  const newer = Buffer.concat([body.subarray(0, 30_000), Buffer.from('a newer upstream version')]);
  const newerSha = createHash('sha256').update(newer).digest('hex');
  // A part file left by an earlier run (of the older version) must not be resumed.
  writeFileSync(`${dest}.part`, body.subarray(0, 10_000));
  handler = serveRanges(newer);
  seen.length = 0;
  const reported: { size: number; sha256: string }[] = [];
  const target = {
    url: `${base}/f`,
    dest,
    label: 'live.csv',
    size: body.length,
    sha256: sha,
    onChanged: (a: { size: number; sha256: string }) => void reported.push(a),
  };
  assert.equal(await download(target, fast), 'changed');
  assert.deepEqual(seen, [{ range: undefined }], 'one whole request, no Range');
  assert.deepEqual(reported, [{ size: newer.length, sha256: newerSha }]);
  assert.deepEqual(readFileSync(dest), newer);
  assert.equal(existsSync(`${dest}.part`), false);

  handler = serveRanges(body);
  reported.length = 0;
  assert.equal(
    await download(target, fast),
    'downloaded',
    'the file now differs from the manifest, so it is fetched again',
  );
  assert.deepEqual(reported, []);
  assert.deepEqual(readFileSync(dest), body);
});

test('accepting changes: a connection cut mid-body restarts from scratch instead of resuming', async () => {
  const dir = tempDir();
  const dest = join(dir, 'live.csv');
  const bigger = Buffer.concat([body, body.subarray(0, 5_000)]);
  let first = true;
  const ranged = serveRanges(bigger);
  handler = (req, res) => {
    if (!first) return ranged(req, res);
    first = false;
    res.writeHead(200, { 'content-length': bigger.length });
    res.write(bigger.subarray(0, 20_000), () => setTimeout(() => res.socket?.destroy(), 10));
  };
  seen.length = 0;
  let reported = 0;
  const result = await download(
    { url: `${base}/f`, dest, label: 'live.csv', size: body.length, sha256: sha, onChanged: () => void reported++ },
    fast,
  );
  assert.equal(result, 'changed');
  assert.deepEqual(seen, [{ range: undefined }, { range: undefined }]);
  assert.equal(reported, 1);
  assert.deepEqual(readFileSync(dest), bigger);
});

test('a refused connection fails at once (no retry) and names its cause, not "fetch failed"', async () => {
  const port = await refusedPort();
  const dir = tempDir();
  const started = performance.now();
  await assert.rejects(
    download({ url: `http://127.0.0.1:${port}/f`, dest: join(dir, 'f'), label: 'f', sha256: sha }, { backoffMs: 2000 }),
    (e: unknown) => {
      assert.ok(e instanceof DownloadError);
      assert.match(e.message, new RegExp(`^f: request to http://127.0.0.1:${port}/f failed: connect ECONNREFUSED`));
      assert.match(e.message, /gave up after 1 attempt\)$/);
      assert.doesNotMatch(e.message, /fetch failed/);
      assert.deepEqual(
        [e.failure.code, e.failure.host, e.failure.kind, e.failure.maxRetries],
        ['ECONNREFUSED', `127.0.0.1:${port}`, 'refused', 0],
      );
      return true;
    },
  );
  // A retry would have slept 2 s first.
  assert.ok(performance.now() - started < 2000, `took ${performance.now() - started} ms`);
});

test('a mirror on a port fetch blocks ("bad port", e.g. 6000) fails at once, naming the URL, not retried 5 times', async () => {
  const dir = tempDir();
  const started = performance.now();
  await assert.rejects(
    download({ url: 'http://127.0.0.1:6000/f', dest: join(dir, 'f'), label: 'f', sha256: sha }, { backoffMs: 2000 }),
    (e: unknown) => {
      assert.ok(e instanceof DownloadError);
      assert.match(e.message, /^f: request to http:\/\/127\.0\.0\.1:6000\/f failed: bad port \(fetch refuses/);
      assert.match(e.message, /gave up after 1 attempt\)$/);
      assert.equal(e.message.split('\n').length, 1);
      assert.deepEqual([e.failure.kind, e.failure.host, e.failure.maxRetries], ['bad-port', '127.0.0.1:6000', 0]);
      return true;
    },
  );
  assert.ok(performance.now() - started < 2000, `took ${performance.now() - started} ms`);
});

test('a host name that does not resolve (.invalid) is retried once at most, with the DNS error as its cause', async () => {
  const dir = tempDir();
  await assert.rejects(
    download(
      { url: 'http://concord-offline-test.invalid/f', dest: join(dir, 'f'), label: 'f', sha256: sha },
      { backoffMs: 5, retries: 4 },
    ),
    (e: unknown) => {
      assert.ok(e instanceof DownloadError);
      assert.match(e.message, /failed: getaddrinfo (ENOTFOUND|EAI_AGAIN) concord-offline-test\.invalid/);
      assert.match(e.message, /gave up after 2 attempts\)$/);
      assert.equal(e.failure.kind, 'dns');
      assert.equal(e.failure.host, 'concord-offline-test.invalid');
      return true;
    },
  );
  assert.equal(existsSync(join(dir, 'f')), false);
});

test('HTTP 410 is not retried and carries its status as the cause', async () => {
  const dir = tempDir();
  handler = (_req, res) => void res.writeHead(410).end();
  seen.length = 0;
  await assert.rejects(
    download({ url: `${base}/gone`, dest: join(dir, 'g'), label: 'g', sha256: sha }, fast),
    (e: unknown) => e instanceof DownloadError && e.failure.code === 'HTTP 410' && /HTTP 410 Gone/.test(e.message),
  );
  assert.equal(seen.length, 1);
});
