// Resource limits of the archive readers (tar.gz, xlsx/zip), so a hostile or corrupt upstream file
// (a decompression bomb, a header claiming a huge entry) fails with a clear error instead of
// exhausting memory or disk. Defaults sit far above the real inputs (the UNGDC 1946-2024 archive
// unpacks to 207 MB; its largest speech is well under 1 MB); both can be raised by environment:
//   CONCORD_MAX_UNPACKED_BYTES  total bytes one compressed file may unpack to (default 4 GiB)
//   CONCORD_MAX_ENTRY_BYTES     bytes one archive entry may hold in memory (default 256 MiB)

export interface ArchiveLimits {
  /** Most bytes a compressed file (gzip stream, all parts of a zip) may unpack to. */
  maxUnpackedBytes: number;
  /** Most bytes a single entry read whole into memory may have. */
  maxEntryBytes: number;
}

export const DEFAULT_MAX_UNPACKED_BYTES = 4 * 1024 ** 3;
export const DEFAULT_MAX_ENTRY_BYTES = 256 * 1024 ** 2;

function fromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.trim());
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive whole number of bytes, got "${raw}"`);
  return n;
}

/** The limits in force: the defaults, or what the environment sets. */
export function archiveLimits(env: NodeJS.ProcessEnv = process.env): ArchiveLimits {
  return {
    maxUnpackedBytes: fromEnv(env, 'CONCORD_MAX_UNPACKED_BYTES', DEFAULT_MAX_UNPACKED_BYTES),
    maxEntryBytes: fromEnv(env, 'CONCORD_MAX_ENTRY_BYTES', DEFAULT_MAX_ENTRY_BYTES),
  };
}

/** A byte count for messages: `4 GiB`, `256 MiB`, `1500 bytes`. */
export function formatBytes(n: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (n >= size) return `${n % size === 0 ? n / size : (n / size).toFixed(1)} ${unit}`;
  }
  return `${n} bytes`;
}
