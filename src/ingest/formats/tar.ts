// Streaming reader of (gzipped) tar archives: an async generator of entries whose bodies are read
// from the stream on demand, never unpacked to disk nor buffered whole. The tar format itself
// (POSIX ustar with `prefix`, GNU long names `L`/`K`, GNU base-256 sizes, pax `x`/`g` headers,
// header checksums) is parsed by the tar-stream library; this module wraps it with Concord's rules:
// directories are skipped; unsafe names (absolute, `..`, NUL) are refused before the entry is
// yielded; truncated archives (inside a body, a header or its padding, or without the
// end-of-archive marker) and corrupt headers become an IngestError naming the archive and where.
// Limits (limits.ts): a gzip stream may unpack to at most `maxUnpackedBytes` (a decompression bomb
// stops there, having inflated no more), and an entry read whole may have at most `maxEntryBytes`.
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tarStream, { type Extract } from 'tar-stream';
import { IngestError } from '../errors.ts';
import { type ArchiveLimits, archiveLimits, formatBytes } from './limits.ts';

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

const BLOCK = 512;
const ZERO_BLOCK = Buffer.alloc(BLOCK);

const TYPES: Partial<Record<string, TarEntryType>> = {
  file: 'file',
  'contiguous-file': 'file',
  link: 'hardlink',
  symlink: 'symlink',
};

/** Why an entry name is unsafe to honour (absolute, or climbing out with `..`), or null when it is safe. */
export function unsafeNameReason(name: string): string | null {
  if (name === '') return 'empty entry name';
  if (name.includes('\0')) return 'entry name contains a NUL character';
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return 'absolute entry name';
  if (name.split(/[/\\]/).includes('..')) return 'entry name contains a ".." segment';
  return null;
}

/**
 * Where the reader stands in the uncompressed stream, for error messages: tar blocks are aligned
 * on 512 bytes from the start, so the bytes fed to the parser, the end of the last entry (with its
 * padding) and the last all-zero block tell a cut header, a cut body and a missing end marker apart.
 */
class Framing {
  /** Bytes handed to the parser. */
  fed = 0;
  /** Offset of the last 512-byte-aligned block that is all zeros (-1: none yet). */
  lastZeroBlock = -1;
  private partialZero = true;
  /** What the input itself failed with, if it did (passed on as it is). */
  inputError: unknown;
  /** The entry last emitted: its name, where its body starts and its size. */
  current: { name: string; bodyStart: number; size: number } | undefined;

  /** Offset just past the last emitted entry and its padding. */
  get lastEnd(): number {
    if (!this.current) return 0;
    const { bodyStart, size } = this.current;
    return bodyStart + size + ((BLOCK - (size % BLOCK)) % BLOCK);
  }

  /** Counts `chunk` and notes any aligned all-zero block in it (blocks may span chunks). */
  feed(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      const inBlock = (this.fed + i) % BLOCK;
      const n = Math.min(BLOCK - inBlock, chunk.length - i);
      if (this.partialZero && chunk.compare(ZERO_BLOCK, 0, n, i, i + n) !== 0) this.partialZero = false;
      i += n;
      if (inBlock + n === BLOCK) {
        if (this.partialZero) this.lastZeroBlock = this.fed + i - BLOCK;
        this.partialZero = true;
      }
    }
    this.fed += chunk.length;
  }

  /** What a stream that ended before the parser was done was cut inside of. */
  cutReason(): string {
    const c = this.current;
    if (c && this.fed < c.bodyStart + c.size)
      return `inside entry "${c.name}" (${Math.max(0, this.fed - c.bodyStart)} of ${c.size} bytes)`;
    if (c && this.fed < this.lastEnd) return `inside the padding after entry "${c.name}"`;
    const rest = (this.fed - this.lastEnd) % BLOCK;
    if (rest !== 0) return `inside a header block at byte ${this.fed - rest}`;
    return `inside an extended (pax or GNU long-name) header after byte ${this.lastEnd}`;
  }
}

/**
 * The error to raise for an error out of the parser or the input: the input's own errors (gzip,
 * limits, a failing read) pass through unchanged; the parser's become IngestErrors saying what
 * they mean.
 */
function tarError(e: unknown, file: string, framing: Framing): Error {
  if (e instanceof IngestError || e === framing.inputError) return e as Error;
  const message = (e as Error).message ?? String(e);
  if (/unexpected end of data/i.test(message))
    return new IngestError(file, undefined, `truncated archive: it ends ${framing.cutReason()}`);
  const reason = /Invalid tar header\. Maybe/.test(message)
    ? 'header checksum mismatch (not a tar archive, or corrupt)'
    : message.replace(/^Invalid tar header[:.]\s*/, '').replace(/^Invalid header$/, 'a numeric field is not a number');
  return new IngestError(file, undefined, `bad tar header at byte ${framing.lastEnd}: ${reason}`);
}

/** Feeds `chunks` to the parser with backpressure; an input error destroys the parser with it. */
async function pump(chunks: AsyncIterable<Buffer>, extract: Extract, framing: Framing): Promise<void> {
  try {
    for await (const chunk of chunks) {
      if (extract.destroyed) return;
      framing.feed(chunk);
      if (!extract.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            extract.off('drain', done);
            extract.off('close', done);
            resolve();
          };
          extract.on('drain', done);
          extract.on('close', done);
        });
      }
    }
    if (!extract.destroyed) extract.end(null); // streamx's end(data): null ends without writing
  } catch (e) {
    framing.inputError = e;
    extract.destroy(e as Error);
  }
}

/**
 * The entries of an uncompressed tar stream, in archive order (directories skipped).
 * `file` names the archive in error messages.
 */
export async function* tarEntries(
  chunks: AsyncIterable<Buffer>,
  file: string,
  limits: Pick<ArchiveLimits, 'maxEntryBytes'> = archiveLimits(),
): AsyncGenerator<TarEntry> {
  const fail = (reason: string): never => {
    throw new IngestError(file, undefined, reason);
  };
  // allowUnknownFormat: old V7 headers (no ustar magic) are read, as GNU tar reads them.
  const extract = tarStream.extract({ allowUnknownFormat: true } as Parameters<typeof tarStream.extract>[0]);
  const framing = new Framing();
  let parserError: unknown; // a body stream only says "destroyed"; the parser's error says why
  extract.on('error', (e: unknown) => {
    parserError = e;
  });
  const pumping = pump(chunks, extract, framing);
  const entries = extract[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<typeof entries extends AsyncIterator<infer E> ? E : never>;
      try {
        next = await entries.next();
      } catch (e) {
        throw tarError(e, file, framing);
      }
      if (next.done) break;
      const body = next.value;
      const h = body.header;
      const name = h.name;
      const size = h.size;
      framing.current = { name, bodyStart: body.offset + BLOCK, size }; // offset: where its own header block starts
      const unsafe = unsafeNameReason(name);
      if (unsafe) fail(`${unsafe}: "${name}"`);
      if (h.type === 'directory') {
        body.resume();
        continue;
      }

      let used = false;
      let current = true;
      let inflight: Promise<unknown> | undefined;
      const claim = () => {
        if (!current) throw new Error(`tar entry "${name}": body read after moving to the next entry`);
        if (used) throw new Error(`tar entry "${name}": body read twice`);
        used = true;
      };
      async function* chunksOf(): AsyncGenerator<Buffer> {
        try {
          for await (const chunk of body) yield chunk as Buffer;
        } catch (e) {
          throw tarError(parserError ?? e, file, framing);
        }
      }
      const entry: TarEntry = {
        name,
        type: TYPES[h.type] ?? 'other',
        size,
        linkname: h.linkname ?? '',
        buffer() {
          const p = (async () => {
            claim();
            if (size > limits.maxEntryBytes) {
              fail(
                `entry "${name}" is ${formatBytes(size)}, more than the ${formatBytes(limits.maxEntryBytes)} an entry may hold in memory (CONCORD_MAX_ENTRY_BYTES)`,
              );
            }
            const parts: Buffer[] = [];
            for await (const chunk of chunksOf()) parts.push(chunk);
            return parts.length === 1 ? Buffer.from(parts[0]) : Buffer.concat(parts);
          })();
          inflight = p;
          return p;
        },
        async *stream() {
          claim();
          yield* chunksOf();
        },
      };
      yield entry;
      if (inflight) await inflight.catch(() => undefined);
      current = false;
      if (!used) for await (const _ of chunksOf()); // skip an unread body (a cut one is still reported)
    }
    await pumping;
    if (framing.lastZeroBlock < framing.lastEnd)
      fail(`truncated archive: it ends after ${framing.fed} bytes without the end-of-archive marker`);
  } finally {
    // Not awaiting the pump: it stops at its next chunk, seeing the parser destroyed, and closes the input.
    extract.destroy();
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
export async function* tgzEntries(
  input: Readable,
  file: string,
  limits: ArchiveLimits = archiveLimits(),
): AsyncGenerator<TarEntry> {
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
