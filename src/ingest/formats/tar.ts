// Streaming reader of (gzipped) tar archives: an async generator of entries whose bodies are read
// from the stream on demand, never unpacked to disk nor buffered whole. Understands POSIX ustar
// (with `prefix`), GNU long names (`L`/`K`) and pax extended headers (`x`/`g`: path, linkpath,
// size); skips directories; rejects unsafe names and truncated archives with an IngestError.
// Limits (limits.ts): a gzip stream may unpack to at most `maxUnpackedBytes` (a decompression bomb
// stops there, having inflated no more), and an entry read whole may have at most `maxEntryBytes`.
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { IngestError } from '../errors.ts';
import { type ArchiveLimits, archiveLimits, formatBytes } from './limits.ts';
import { ByteQueue } from './tar-bytes.ts';
import { BLOCK, isZeroBlock, parseHeader, parsePax, unsafeNameReason } from './tar-header.ts';

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'other';

export interface TarEntry {
  /** Path inside the archive, as stored (pax `path`, else GNU long name, else ustar prefix/name). */
  name: string;
  type: TarEntryType;
  /** Body size in bytes. */
  size: number;
  /** Target of a link entry ('' otherwise). */
  linkname: string;
  /**
   * The whole body as a new Buffer. Read the body (this or `stream`) at most once, and before
   * asking for the next entry; an unread body is skipped.
   */
  buffer(): Promise<Buffer>;
  /** The body chunk by chunk; each chunk is valid until the next one is requested. */
  stream(): AsyncGenerator<Buffer>;
}

/** Largest GNU long-name or pax header body accepted (they are held in memory). */
const MAX_META = 1 << 20;

const TYPES: Record<string, TarEntryType> = { '0': 'file', '7': 'file', '1': 'hardlink', '2': 'symlink' };

interface Overrides {
  path?: string;
  linkpath?: string;
  size?: number;
}

function paxOverrides(records: Map<string, string>, into: Overrides, fail: (reason: string) => never): void {
  const path = records.get('path');
  if (path !== undefined) into.path = path;
  const linkpath = records.get('linkpath');
  if (linkpath !== undefined) into.linkpath = linkpath;
  const size = records.get('size');
  if (size !== undefined) {
    if (!/^\d+$/.test(size) || !Number.isSafeInteger(Number(size))) fail(`pax header has a bad size "${size}"`);
    into.size = Number(size);
  }
}

/**
 * The entries of an uncompressed tar stream, in archive order (directories skipped).
 * `file` names the archive in error messages.
 */
export async function* tarEntries(chunks: AsyncIterable<Buffer>, file: string, limits: Pick<ArchiveLimits, 'maxEntryBytes'> = archiveLimits()): AsyncGenerator<TarEntry> {
  const q = new ByteQueue(chunks[Symbol.asyncIterator]());
  const fail = (reason: string): never => {
    throw new IngestError(file, undefined, reason);
  };
  const truncated = (where: string): never => fail(`truncated archive: it ends ${where}`);
  const global: Overrides = {};
  let local: Overrides = {};

  const readMeta = async (size: number, what: string): Promise<Buffer> => {
    if (size > MAX_META) fail(`${what} of ${size} bytes is larger than the ${MAX_META} allowed`);
    const body = await q.take(size);
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (!body || (await q.skip(padding)) < padding) return truncated(`inside a ${what}`);
    return body;
  };

  for (;;) {
    const at = q.position;
    const block = await q.take(BLOCK);
    if (!block) {
      if (q.position === at) truncated(`after ${at} bytes without the end-of-archive marker`);
      truncated(`inside a header block at byte ${at}`);
    }
    if (isZeroBlock(block!)) return; // end-of-archive marker; anything after it is ignored
    let h: ReturnType<typeof parseHeader>;
    try {
      h = parseHeader(block!);
    } catch (e) {
      return fail(`bad tar header at byte ${at}: ${(e as Error).message}`);
    }

    switch (h.type) {
      case 'L': // GNU long name of the next entry
        local.path = (await readMeta(h.size, 'GNU long-name header')).toString('utf8').replace(/\0.*$/s, '');
        continue;
      case 'K': // GNU long link name of the next entry
        local.linkpath = (await readMeta(h.size, 'GNU long-link header')).toString('utf8').replace(/\0.*$/s, '');
        continue;
      case 'x':
      case 'g': {
        let records: Map<string, string>;
        try {
          records = parsePax(await readMeta(h.size, 'pax header'));
        } catch (e) {
          if (e instanceof IngestError) throw e;
          return fail(`bad pax header at byte ${at}: ${(e as Error).message}`);
        }
        paxOverrides(records, h.type === 'x' ? local : global, fail);
        continue;
      }
    }

    const name = local.path ?? global.path ?? h.name;
    const size = local.size ?? global.size ?? h.size;
    const linkname = local.linkpath ?? global.linkpath ?? h.linkname;
    local = {};
    const unsafe = unsafeNameReason(name);
    if (unsafe) fail(`${unsafe}: "${name}"`);
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    const isDirectory = h.type === '5' || (h.type === '0' && name.endsWith('/') && size === 0);

    if (!isDirectory) {
      let remaining = size;
      let used = false;
      let current = true;
      let inflight: Promise<unknown> | undefined;
      const claim = () => {
        if (!current) throw new Error(`tar entry "${name}": body read after moving to the next entry`);
        if (used) throw new Error(`tar entry "${name}": body read twice`);
        used = true;
      };
      const bodyStart = q.position;
      const short = (): never => truncated(`inside entry "${name}" (${Math.min(q.position - bodyStart, size)} of ${size} bytes)`);
      const entry: TarEntry = {
        name,
        type: TYPES[h.type] ?? 'other',
        size,
        linkname,
        buffer() {
          const p = (async () => {
            claim();
            if (size > limits.maxEntryBytes) {
              fail(`entry "${name}" is ${formatBytes(size)}, more than the ${formatBytes(limits.maxEntryBytes)} an entry may hold in memory (CONCORD_MAX_ENTRY_BYTES)`);
            }
            const body = await q.take(size);
            if (!body) return short();
            remaining = 0;
            return body;
          })();
          inflight = p;
          return p;
        },
        async *stream() {
          claim();
          for await (const view of q.pass(remaining)) {
            remaining -= view.length;
            yield view;
          }
          if (remaining > 0) short();
        },
      };
      yield entry;
      if (inflight) await inflight.catch(() => undefined);
      current = false;
      if (remaining > 0) {
        if ((await q.skip(remaining)) < remaining) short();
        remaining = 0;
      }
    } else if ((await q.skip(size)) < size) {
      truncated(`inside directory entry "${name}"`);
    }
    if ((await q.skip(padding)) < padding) truncated(`inside the padding after entry "${name}"`);
  }
}

/**
 * The inflated chunks, stopping with an IngestError naming the archive once more than `max` bytes
 * came out; zlib's errors become IngestErrors too.
 */
async function* gunzipped(gunzip: AsyncIterable<unknown>, file: string, max: number): AsyncGenerator<Buffer> {
  let total = 0;
  try {
    for await (const chunk of gunzip) {
      total += (chunk as Buffer).length;
      if (total > max) {
        throw new IngestError(
          file,
          undefined,
          `unpacks to more than ${formatBytes(max)}, the limit for one archive (a decompression bomb, or raise CONCORD_MAX_UNPACKED_BYTES); stopped there`,
        );
      }
      yield chunk as Buffer;
    }
  } catch (e) {
    if (e instanceof IngestError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(err.message)) {
      throw new IngestError(file, undefined, 'truncated archive: the gzip stream ends early');
    }
    if (typeof err.code === 'string' && err.code.startsWith('Z_')) {
      throw new IngestError(file, undefined, `not a valid gzip stream: ${err.message}`);
    }
    throw new IngestError(file, undefined, `cannot read archive: ${err.message}`);
  }
}

/**
 * The entries of a gzip-compressed tar stream (`.tgz`, `.tar.gz`). Stopping early (break)
 * closes the input.
 */
export async function* tgzEntries(input: Readable, file: string, limits: ArchiveLimits = archiveLimits()): AsyncGenerator<TarEntry> {
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  pipeline(input, gunzip, () => {
    /* errors surface through the gunzip iterator */
  });
  try {
    yield* tarEntries(gunzipped(gunzip, file, limits.maxUnpackedBytes), file, limits);
  } finally {
    gunzip.destroy();
    input.destroy();
  }
}
