// Serves the built web application (web/dist) from the API's own server: files are read once
// at start, gzip-compressed in memory and answered with the right type; hashed assets are cached
// for a year, index.html never. Any other non-API path answers index.html (client-side routes).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acceptsGzip } from './accept-encoding.ts';
import { notFound } from './errors.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

interface Asset {
  type: string;
  raw: Buffer;
  gz: Buffer | null;
  immutable: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Loads web/dist into memory; returns undefined when it has not been built. */
export function loadWebAssets(distDir: string): Map<string, Asset> | undefined {
  let files: string[];
  try {
    files = walk(distDir);
  } catch {
    return undefined;
  }
  if (!files.some((f) => f.endsWith(`${sep}index.html`))) return undefined;
  const assets = new Map<string, Asset>();
  for (const f of files) {
    const raw = readFileSync(f);
    const type = types[extname(f)] ?? 'application/octet-stream';
    const compressible = /^(text|application\/json|image\/svg)/.test(type) && raw.length > 512;
    const url = `/${relative(distDir, f).split(sep).join('/')}`;
    assets.set(url, {
      type,
      raw,
      gz: compressible ? gzipSync(raw, { level: 9 }) : null,
      immutable: url.startsWith('/assets/'),
    });
  }
  return assets;
}

function send(req: FastifyRequest, reply: FastifyReply, a: Asset): Buffer {
  reply
    .type(a.type)
    .header('cache-control', a.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    .header('vary', 'accept-encoding');
  if (a.gz && acceptsGzip(req.headers['accept-encoding'])) {
    reply.header('content-encoding', 'gzip');
    return a.gz;
  }
  return a.raw;
}

/** Serves the assets, with index.html for any other GET outside /api. */
export function serveWeb(app: FastifyInstance, assets: Map<string, Asset>): void {
  const index = assets.get('/index.html')!;
  app.get('/*', async (req, reply) => {
    const path = decodeURIComponent(req.url.split('?')[0]);
    if (path === '/api' || path.startsWith('/api/')) throw notFound(`no API endpoint ${path}: see /api/docs`);
    const a = assets.get(path);
    if (a) return send(req, reply, a);
    if (path.startsWith('/assets/') || extname(path) !== '') {
      reply.status(404).type('text/plain; charset=utf-8');
      return `not found: ${path}\n`;
    }
    return send(req, reply, index);
  });
  app.get('/', async (req, reply) => send(req, reply, index));
}
