// Content fingerprints: a source's fingerprint is the SHA-256 over its loader version and the
// SHA-256 of each input file, so an import of unchanged input can be recognised and skipped.
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

export function combineFingerprint(
  version: number,
  files: { path: string; sha256: string }[],
  inputDigest = '',
): string {
  const h = createHash('sha256');
  h.update(`loader-version:${version}\n`);
  if (inputDigest) h.update(`input:${inputDigest}\n`);
  for (const f of files) h.update(`${f.path}\t${f.sha256}\n`);
  return h.digest('hex');
}

/** SHA-256 of a file, or of a directory as the sorted list of its files' names and hashes. */
export async function sha256Path(path: string): Promise<string> {
  if (!statSync(path).isDirectory()) return sha256File(path);
  const h = createHash('sha256');
  for (const name of readdirSync(path).sort()) h.update(`${name}\t${await sha256Path(join(path, name))}\n`);
  return h.digest('hex');
}

/** SHA-256 of a JSON-serialisable value (reference data compiled into Concord). */
export function sha256Json(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
