// Issue 12, item 9 (HTTP): every answer carries Content-Security-Policy (with frame-ancestors),
// X-Frame-Options, X-Content-Type-Options and Referrer-Policy; requests Node's HTTP parser refuses
// before Fastify sees them (a malformed request line, a bad header, headers over the limit) are
// answered in the API's JSON error shape, over a real socket.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { test } from 'node:test';
import { buildServer } from '../../src/server/app.ts';
import { tempStore } from '../support.ts';

test('security headers on API answers, errors and the docs page', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  for (const url of ['/api/health', '/api/nothing-here', '/api/docs', '/']) {
    const r = await app.inject(url);
    assert.match(String(r.headers['content-security-policy']), /default-src 'self'.*frame-ancestors 'none'/, url);
    assert.doesNotMatch(String(r.headers['content-security-policy']), /script-src[^;]*unsafe/, url);
    assert.equal(r.headers['x-frame-options'], 'DENY', url);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', url);
    assert.equal(r.headers['referrer-policy'], 'no-referrer', url);
  }
  await app.close();
  await store.close();
});

function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1');
    let out = '';
    s.on('data', (b) => (out += b.toString('latin1')));
    s.on('end', () => resolve(out));
    s.on('close', () => resolve(out));
    s.on('error', reject);
    s.write(request);
  });
}

test("requests Node's parser refuses get the API's JSON error shape", async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  try {
    const cases: [string, number][] = [
      ['GARBAGE\r\n\r\n', 400],
      ['GET /api/health HTTP/1.1\r\nHost: localhost\r\nBad Header Name: x\r\n\r\n', 400],
      [`GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`, 431],
    ];
    for (const [request, status] of cases) {
      const answer = await raw(port, request);
      assert.match(answer, new RegExp(`^HTTP/1.1 ${status} `), answer.slice(0, 200));
      const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
      const e = (JSON.parse(body) as { error: { code: string; message: string } }).error;
      assert.ok(e.code && e.message, body);
    }
    assert.equal((await app.inject('/api/health')).statusCode, 200);
  } finally {
    await app.close();
    await store.close();
  }
});
