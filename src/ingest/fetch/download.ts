// HTTP(S) download of one file into `<dest>.part`, resumed with a Range request when a partial
// file exists, retried with backoff on network errors, and verified (size, SHA-256) before it is
// renamed into place; a failure that retrying cannot fix (refused connection, TLS, HTTP 404/410,
// DNS after one retry) is given up at once with its cause unwrapped (network-errors.ts). A file already present with the right checksum is not downloaded again;
// a mismatch leaves nothing behind, unless the caller accepts changed bytes (a live upstream):
// then the file is downloaded whole in one response, never resumed, and kept whatever it holds.
import { mkdir, open, rename, rm, stat, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sha256File } from '../fingerprint.ts';
import { ChecksumError, DownloadError } from './errors.ts';
import { type NetworkCause, networkCause } from './network-errors.ts';

export interface DownloadTarget {
  url: string;
  dest: string;
  /** Name used in messages (the data-directory path). */
  label: string;
  size?: number;
  sha256?: string;
  /**
   * When given, changed upstream bytes are accepted: a complete download whose size or SHA-256
   * differs from the expected one is kept (renamed into place) and reported here instead of
   * failing. Such a download starts from scratch and is never resumed, and the expected size
   * plays no part in deciding when it is complete: accepted bytes come from one whole response.
   */
  onChanged?: (actual: { size: number; sha256: string }) => void | Promise<void>;
}

export type DownloadResult = 'present' | 'downloaded' | 'changed';

export interface DownloadOptions {
  /** Bytes of this file done so far, of `total` when known. */
  onProgress?: (done: number, total: number | undefined) => void;
  /** Attempts after the first one (default 4). */
  retries?: number;
  /** First backoff delay in ms, doubled per retry (default 500). */
  backoffMs?: number;
  /** Abort a request that receives nothing for this long (default 60 s). */
  idleTimeoutMs?: number;
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}

/** True when `path` exists with the expected size and SHA-256. */
export async function isCurrent(path: string, size: number | undefined, sha256: string | undefined): Promise<boolean> {
  const actual = await sizeOf(path);
  if (actual === undefined || !sha256) return false;
  if (size !== undefined && actual !== size) return false;
  return (await sha256File(path)) === sha256;
}

/** Start offset of a `Content-Range: bytes START-END/TOTAL` header, or undefined. */
function rangeStart(header: string | null): number | undefined {
  const m = header ? /^bytes\s+(\d+)-\d+\/(?:\d+|\*)$/.exec(header.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * One request: appends to (or restarts) the part file. Throws retryable errors for network trouble.
 * `complete` is false when the body ended, without an error, short of its Content-Length.
 */
async function fetchInto(
  target: DownloadTarget,
  part: string,
  opts: DownloadOptions,
): Promise<{ resumed: boolean; complete: boolean }> {
  let offset = (await sizeOf(part)) ?? 0;
  if (target.size !== undefined && offset > target.size) {
    await truncate(part, 0);
    offset = 0;
  }
  if (target.size !== undefined && offset === target.size && offset > 0) return { resumed: true, complete: true }; // complete from an earlier run
  const controller = new AbortController();
  const idleMs = opts.idleTimeoutMs ?? 60_000;
  let timer = setTimeout(() => controller.abort(), idleMs);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), idleMs);
  };
  try {
    const headers: Record<string, string> = { 'user-agent': 'concord-data-fetch' };
    if (offset > 0) headers.range = `bytes=${offset}-`;
    let res: Response;
    try {
      res = await fetch(target.url, { headers, signal: controller.signal, redirect: 'follow' });
    } catch (e) {
      throw requestFailed(target, e, controller.signal.aborted);
    }
    if (res.status === 416 && offset > 0) {
      // Our partial file does not fit what the server has now: start again.
      await res.body?.cancel();
      await truncate(part, 0);
      throw new DownloadError(target.label, `server refused to resume at byte ${offset}; restarting`, true);
    }
    if (!res.ok) {
      await res.body?.cancel();
      // 404, 410 and the other client errors say the same thing the next time: only these may pass.
      const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
      throw new DownloadError(target.label, `HTTP ${res.status} ${res.statusText} from ${target.url}`, retryable, {
        code: `HTTP ${res.status}`,
        host: hostOf(target.url),
      });
    }
    let append = false;
    if (res.status === 206) {
      if (rangeStart(res.headers.get('content-range')) !== offset) {
        await res.body?.cancel();
        await truncate(part, 0);
        throw new DownloadError(target.label, 'server answered a different range; restarting', true);
      }
      append = true;
    } else {
      offset = 0; // a 200 ignores the range: start from scratch
    }
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    const total = target.size ?? (Number.isFinite(length) ? offset + length : undefined);
    let done = offset;
    opts.onProgress?.(done, total);
    await mkdir(dirname(part), { recursive: true });
    const fh = await open(part, append ? 'a' : 'w');
    try {
      if (res.body) {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          touch();
          await fh.write(chunk);
          done += chunk.byteLength;
          opts.onProgress?.(done, total);
        }
      }
    } catch (e) {
      const cause = networkCause(e);
      throw new DownloadError(
        target.label,
        `connection lost after ${done} bytes: ${controller.signal.aborted ? `nothing received for ${idleMs / 1000} s` : causeText(cause)}`,
        true,
        { code: cause.code, host: hostOf(target.url), kind: 'transient' },
      );
    } finally {
      await fh.close();
    }
    // Content-Length counts encoded bytes; only an unencoded body can be measured against it.
    const encoding = res.headers.get('content-encoding');
    const measurable = Number.isFinite(length) && (!encoding || encoding === 'identity');
    return { resumed: append, complete: !measurable || done - offset === length };
  } finally {
    clearTimeout(timer);
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** A cause in words, with its code when the message does not already carry it. */
export function causeText(cause: NetworkCause): string {
  return cause.code && !cause.message.includes(cause.code) ? `${cause.code}: ${cause.message}` : cause.message;
}

/** The error for a request that got no answer: the cause unwrapped from undici's "fetch failed". */
function requestFailed(target: DownloadTarget, e: unknown, idle: boolean): DownloadError {
  const host = hostOf(target.url);
  if (idle) return new DownloadError(target.label, `no answer from ${host} within the idle timeout`, true, { host });
  const cause = networkCause(e);
  return new DownloadError(target.label, `request to ${target.url} failed: ${causeText(cause)}`, true, {
    code: cause.code,
    host,
    kind: cause.kind,
    detail: causeText(cause),
    maxRetries: cause.maxRetries,
  });
}

/** For a failed request: true when it may be tried again, else the error to throw. */
function retryOrError(e: unknown, attempt: number, retries: number, label: string): true | unknown {
  if (!(e instanceof DownloadError) || !e.retryable) return e;
  // A refused connection or a certificate error is not retried, a DNS failure once at most.
  const allowed = Math.min(retries, e.failure.maxRetries ?? retries);
  if (attempt < allowed) return true;
  const attempts = attempt + 1;
  return new DownloadError(
    label,
    `${e.reason} (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'})`,
    false,
    e.failure,
  );
}

/** Downloads the whole file in one response (retried from scratch), keeping it even when it differs. */
async function downloadAccepting(
  target: DownloadTarget,
  part: string,
  opts: DownloadOptions,
): Promise<'downloaded' | 'changed'> {
  const retries = opts.retries ?? 4;
  let delay = opts.backoffMs ?? 500;
  // Without the expected size, fetchInto neither trims nor skips a part file, and reports progress
  // against the response's own length.
  const whole: DownloadTarget = { url: target.url, dest: target.dest, label: target.label };
  for (let attempt = 0; ; attempt++) {
    await rm(part, { force: true }); // never resume: bytes of an older upstream version must not mix in
    try {
      const { complete } = await fetchInto(whole, part, opts);
      if (!complete)
        throw new DownloadError(target.label, `the response from ${target.url} ended before its Content-Length`, true);
    } catch (e) {
      await rm(part, { force: true });
      const next = retryOrError(e, attempt, retries, target.label);
      if (next !== true) throw next;
      await sleep(delay);
      delay *= 2;
      continue;
    }
    const size = (await sizeOf(part)) ?? 0;
    const sha256 = await sha256File(part);
    await rename(part, target.dest);
    if ((target.size === undefined || size === target.size) && (!target.sha256 || sha256 === target.sha256))
      return 'downloaded';
    await target.onChanged?.({ size, sha256 });
    return 'changed';
  }
}

/**
 * Downloads `target.url` to `target.dest` unless a file with the expected checksum is already there.
 * Returns whether it downloaded ('changed': kept with other bytes, see `onChanged`). Throws
 * DownloadError or ChecksumError naming `target.label`.
 */
export async function download(target: DownloadTarget, opts: DownloadOptions = {}): Promise<DownloadResult> {
  if (await isCurrent(target.dest, target.size, target.sha256)) return 'present';
  const part = `${target.dest}.part`;
  await mkdir(dirname(target.dest), { recursive: true });
  // A file at dest that does not match the manifest is not the published file: never leave it in place.
  if (target.sha256 && (await sizeOf(target.dest)) !== undefined) await rm(target.dest, { force: true });
  if (target.onChanged) return downloadAccepting(target, part, opts);
  const retries = opts.retries ?? 4;
  let delay = opts.backoffMs ?? 500;
  let freshRetryUsed = false;
  for (let attempt = 0; ; attempt++) {
    let resumed = false;
    try {
      resumed = (await fetchInto(target, part, opts)).resumed;
    } catch (e) {
      const next = retryOrError(e, attempt, retries, target.label);
      if (next !== true) throw next;
      await sleep(delay);
      delay *= 2;
      continue;
    }
    const size = (await sizeOf(part)) ?? 0;
    if (target.size !== undefined && size < target.size && attempt < retries) {
      // The body ended early without an error: resume from where it stopped.
      await sleep(delay);
      delay *= 2;
      continue;
    }
    if (target.size !== undefined && size !== target.size) {
      await rm(part, { force: true });
      throw new ChecksumError(target.label, `${target.size} bytes`, `${size} bytes`, 'size');
    }
    const actual = await sha256File(part);
    if (target.sha256 && actual !== target.sha256) {
      await rm(part, { force: true });
      if (resumed && !freshRetryUsed) {
        // The bytes before the resume point may be from an older upstream version: try once from scratch.
        freshRetryUsed = true;
        continue;
      }
      throw new ChecksumError(target.label, target.sha256, actual);
    }
    await rename(part, target.dest);
    return 'downloaded';
  }
}
