// Extracts from a downloaded upstream archive exactly the files the data-directory layout holds:
// members are chosen by the archive's name pattern, refused when their path is unsafe (absolute,
// `..`, backslashes), checked against the manifest's size and SHA-256 (or, when the caller accepts
// changed bytes of a live archive, reported when they differ), and written via `.part`. A member's
// declared size is checked before it is inflated (against the manifest, or the archive limits of
// src/ingest/formats/limits.ts for a live archive), so a zip bomb is refused, not unpacked.
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { archiveLimits, formatBytes } from '../formats/limits.ts';
import { ChecksumError, DownloadError } from './errors.ts';
import type { ArchiveSpec, ManifestEntry } from './manifest.ts';
import { ZipReader } from './zip.ts';

/** True when a member path could not escape the folder it is extracted into. */
export function isSafeMemberPath(name: string): boolean {
  if (name === '' || name.includes('\\') || name.includes('\0')) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split('/').some((part) => part === '..');
}

/** The data-directory file name a member becomes, or undefined when it is not one of the archive's files. */
export function memberFileName(spec: ArchiveSpec, memberPath: string): string | undefined {
  const m = spec.member.exec(memberPath);
  if (!m) return undefined;
  if (!isSafeMemberPath(memberPath))
    throw new DownloadError(spec.destDir, `archive ${spec.url} has an unsafe member path: ${memberPath}`);
  const name = m[1];
  const segments = name.split('/');
  if (
    !name ||
    segments.some((x) => x === '' || x === '.' || x === '..') ||
    (segments.length > 1 && !spec.nested) ||
    !isSafeMemberPath(name)
  ) {
    throw new DownloadError(spec.destDir, `archive ${spec.url}: member ${memberPath} gives an unsafe file name`);
  }
  return name;
}

/**
 * Writes the `wanted` entries (all under `spec.destDir`) from the zip at `archivePath` into `dataDir`.
 * Returns the paths written. Throws when a wanted member is missing or does not match its checksum,
 * unless `onChanged` is given: then a member with other bytes is written too and reported there.
 */
export async function extractFromArchive(
  archivePath: string,
  spec: ArchiveSpec,
  wanted: ManifestEntry[],
  dataDir: string,
  onProgress?: (done: number, total: number) => void,
  onChanged?: (entry: ManifestEntry, actual: { size: number; sha256: string }) => void | Promise<void>,
): Promise<string[]> {
  const byName = new Map(wanted.map((e) => [e.path.slice(spec.destDir.length + 1), e]));
  const folder = resolve(dataDir, spec.destDir);
  const zip = await ZipReader.open(archivePath).catch((e: Error) => {
    throw new DownloadError(spec.destDir, `archive ${spec.url} could not be read: ${e.message}`);
  });
  const written: string[] = [];
  const seen = new Set<string>();
  const total = wanted.reduce((n, e) => n + e.size, 0);
  let done = 0;
  try {
    for (const member of zip.members) {
      const name = memberFileName(spec, member.name);
      if (name === undefined || seen.has(name)) continue;
      const entry = byName.get(name);
      if (!entry) continue; // in the archive, but not a file of the data-directory layout
      seen.add(name);
      const dest = resolve(folder, name);
      if (!dest.startsWith(folder + sep)) throw new DownloadError(entry.path, `refusing to write outside ${folder}`);
      if (!onChanged && member.size !== entry.size)
        throw new ChecksumError(entry.path, `${entry.size} bytes`, `${member.size} bytes`, 'size');
      const { maxEntryBytes } = archiveLimits(); // a member is inflated in memory
      if (member.size > maxEntryBytes) {
        throw new DownloadError(
          entry.path,
          `archive ${spec.url}: member ${member.name} claims ${formatBytes(member.size)}, beyond the ${formatBytes(maxEntryBytes)} limit for one member (CONCORD_MAX_ENTRY_BYTES)`,
        );
      }
      const data = await zip.read(member);
      const actual = createHash('sha256').update(data).digest('hex');
      const changed = data.byteLength !== entry.size || actual !== entry.sha256;
      if (changed && !onChanged) {
        if (data.byteLength !== entry.size)
          throw new ChecksumError(entry.path, `${entry.size} bytes`, `${data.byteLength} bytes`, 'size');
        throw new ChecksumError(entry.path, entry.sha256, actual);
      }
      await mkdir(dirname(dest), { recursive: true });
      const part = `${dest}.part`;
      try {
        await writeFile(part, data);
        await rename(part, dest);
      } catch (e) {
        await rm(part, { force: true });
        throw e;
      }
      if (changed) await onChanged?.(entry, { size: data.byteLength, sha256: actual });
      written.push(join(spec.destDir, name));
      done += entry.size;
      onProgress?.(done, total);
    }
  } finally {
    await zip.close();
  }
  const missing = wanted.filter((e) => !seen.has(e.path.slice(spec.destDir.length + 1)));
  if (missing.length > 0) {
    const list = missing
      .slice(0, 3)
      .map((e) => e.path)
      .join(', ');
    throw new DownloadError(
      missing[0].path,
      `not found in archive ${spec.url} (${missing.length} missing: ${list}${missing.length > 3 ? ', ...' : ''})`,
    );
  }
  return written;
}
