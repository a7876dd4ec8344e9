// Test support: starts the loopback upstream mirror (loopback-mirror-worker.ts) in a worker thread,
// so it keeps answering while the test waits synchronously for a CLI child process.
import { Worker } from 'node:worker_threads';
import type { MirrorFaults, MirrorRequest } from './loopback-mirror-worker.ts';

export type { MirrorFaults, MirrorRequest };

export interface LoopbackMirror {
  /** Base URL to pass as --mirror. */
  url: string;
  /** Requests received since the last call. */
  requests(): Promise<MirrorRequest[]>;
  close(): Promise<void>;
}

function reply<T>(worker: Worker, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: { type: string } & T) => {
      if (msg.type !== type) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      resolve(msg);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

export async function startLoopbackMirror(dataDir: string, faults: MirrorFaults = {}): Promise<LoopbackMirror> {
  // The worker registers tsx itself: module hooks from --import do not reach worker threads on Node 20.
  const tsx = import.meta.resolve('tsx/esm/api');
  const script = new URL('./loopback-mirror-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(script)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { dataDir, faults } });
  const { port } = await reply<{ port: number }>(worker, 'listening');
  return {
    url: `http://127.0.0.1:${port}`,
    async requests() {
      const answer = reply<{ requests: MirrorRequest[] }>(worker, 'requests');
      worker.postMessage({ type: 'requests' });
      return (await answer).requests;
    },
    async close() {
      const closed = reply<unknown>(worker, 'closed');
      worker.postMessage({ type: 'close' });
      await closed;
      await worker.terminate();
    },
  };
}
