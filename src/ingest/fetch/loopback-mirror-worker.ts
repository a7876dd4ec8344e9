// Test support, run in a worker thread: an HTTP server on 127.0.0.1 that answers the manifest's
// upstream URLs under /HOST/PATH with the files of a local data directory (archives built on the
// fly, Dataverse listings made up), supports Range requests, and can inject faults.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { zipSync } from 'fflate';
import { type ArchiveSpec, manifest } from './manifest.ts';
import { mirrorPath } from './mirror.ts';

export interface MirrorFaults {
  /** Data-directory path -> bytes after which the first response for it is cut off (socket destroyed). */
  truncateOnce?: Record<string, number>;
  /** Data-directory paths whose bodies get one byte flipped. */
  corrupt?: string[];
  /** Data-directory paths answered with 404. */
  missing?: string[];
}

export interface MirrorRequest {
  url: string;
  /** The data-directory path (or archive id, or `dataverse listing`) the URL stands for. */
  target: string;
  range?: string;
}

interface Route {
  target: string;
  body: () => Buffer;
  type: string;
}

const { dataDir, faults } = workerData as { dataDir: string; faults: MirrorFaults };
const routes = new Map<string, Route>();
const requests: MirrorRequest[] = [];
const cutDone = new Set<string>();

function fileRoute(path: string): Route {
  return { target: path, body: () => readFileSync(join(dataDir, path)), type: 'application/octet-stream' };
}

function archiveRoute(spec: ArchiveSpec): Route {
  let zip: Buffer | undefined;
  return {
    target: spec.id,
    type: 'application/zip',
    body: () => {
      if (!zip) {
        const files: Record<string, Uint8Array> = {};
        for (const e of manifest) {
          if (e.origin.kind !== 'archive' || e.origin.archive.id !== spec.id) continue;
          const name = e.path.slice(spec.destDir.length + 1);
          files[spec.memberName.replace('{name}', name)] = readFileSync(join(dataDir, e.path));
        }
        files['README.md'] = new TextEncoder().encode('not a data-directory file\n');
        zip = Buffer.from(zipSync(files));
      }
      return zip;
    },
  };
}

let nextId = 1000;
const listings = new Map<string, { label: string; dataFile: { id: number; filename: string } }[]>();
for (const e of manifest) {
  if (!existsSync(join(dataDir, e.path))) continue;
  if (e.origin.kind === 'url') routes.set(mirrorPath(e.origin.url), fileRoute(e.path));
  else if (e.origin.kind === 'archive') routes.set(mirrorPath(e.origin.archive.url), archiveRoute(e.origin.archive));
  else {
    const { listUrl, fileName, accessUrl } = e.origin.lookup;
    const id = nextId++;
    const list = listings.get(listUrl) ?? [];
    list.push({ label: fileName, dataFile: { id, filename: fileName } });
    listings.set(listUrl, list);
    routes.set(mirrorPath(accessUrl.replace('{id}', String(id))), fileRoute(e.path));
  }
}
for (const [listUrl, data] of listings) {
  routes.set(mirrorPath(listUrl), { target: 'dataverse listing', type: 'application/json', body: () => Buffer.from(JSON.stringify({ status: 'OK', data })) });
}

function answer(req: IncomingMessage, res: ServerResponse): void {
  const route = routes.get(req.url ?? '');
  requests.push({ url: req.url ?? '', target: route?.target ?? '?', range: req.headers.range });
  if (!route || faults.missing?.includes(route.target)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  let body = route.body();
  if (faults.corrupt?.includes(route.target)) {
    body = Buffer.from(body);
    body[body.length >> 1] ^= 0xff;
  }
  let start = 0;
  let status = 200;
  const headers: Record<string, string | number> = { 'content-type': route.type, 'accept-ranges': 'bytes' };
  const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  if (m) {
    start = Number(m[1]);
    const end = m[2] ? Math.min(Number(m[2]), body.length - 1) : body.length - 1;
    if (start >= body.length) {
      res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
      return;
    }
    status = 206;
    headers['content-range'] = `bytes ${start}-${end}/${body.length}`;
    body = body.subarray(start, end + 1);
  }
  headers['content-length'] = body.length;
  const cut = faults.truncateOnce?.[route.target];
  if (cut !== undefined && !cutDone.has(route.target)) {
    cutDone.add(route.target);
    res.writeHead(status, headers);
    res.write(body.subarray(0, cut), () => setTimeout(() => res.socket?.destroy(), 20));
    return;
  }
  res.writeHead(status, headers).end(body);
}

const server = createServer(answer);
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  parentPort?.postMessage({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
});
parentPort?.on('message', (msg: { type: string }) => {
  if (msg.type === 'requests') parentPort?.postMessage({ type: 'requests', requests: requests.splice(0) });
  if (msg.type === 'close') server.close(() => parentPort?.postMessage({ type: 'closed' }));
});
