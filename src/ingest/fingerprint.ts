// Content fingerprints: a source's fingerprint is the SHA-256 over its loader version and the
// SHA-256 of each input file, so an import of unchanged input can be recognised and skipped.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

export function combineFingerprint(version: number, files: { path: string; sha256: string }[]): string {
  const h = createHash('sha256');
  h.update(`loader-version:${version}\n`);
  for (const f of files) h.update(`${f.path}\t${f.sha256}\n`);
  return h.digest('hex');
}
