// Starts `concord serve` in a child process for a benchmark (with the given extra environment and
// arguments) and resolves with its address once it prints "Concord is running at ...".
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../src/config.ts';

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(args: string[] = [], env: Record<string, string> = {}, echo = true): Promise<BenchServer> {
  const child = spawn(join(repoRoot, 'bin', 'concord'), ['serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (echo) process.stdout.write(b);
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1].replace('localhost', '127.0.0.1'));
    });
    child.on('exit', (code) => reject(new Error(`concord serve exited with ${code}: ${out}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
