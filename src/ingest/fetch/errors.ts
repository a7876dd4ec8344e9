// Errors of `data fetch`, each naming the data-directory file it concerns so a user can act on it:
// a download that failed is unavailable, bytes that are not the published file are bad input.
import { ConcordError } from '../../errors.ts';
import type { FailureKind } from './network-errors.ts';

/** Why a request failed, for the closing summary of `data fetch` and to stop trying an unreachable host. */
export interface DownloadCause {
  /** The error code or HTTP status (`ENOTFOUND`, `ECONNREFUSED`, `HTTP 404`, ...). */
  code?: string;
  /** The host the request went to. */
  host?: string;
  /** A network failure's kind; absent for HTTP answers and checks. */
  kind?: FailureKind;
  /** The innermost error's message (`getaddrinfo ENOTFOUND example.org`), for a network failure. */
  detail?: string;
  /** Attempts after the first that can help (undefined: the downloader's usual number). */
  maxRetries?: number;
}

/** A download that could not be completed (HTTP error, or network failures after every retry). */
export class DownloadError extends ConcordError {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly retryable = false,
    readonly failure: DownloadCause = {},
  ) {
    super('unavailable', `${file}: ${reason}`);
  }

  /** The same failure for another file, or with another reason. */
  with(reason: string, retryable = this.retryable): DownloadError {
    return new DownloadError(this.file, reason, retryable, this.failure);
  }
}

/** Fetched bytes that are not the published file: wrong size or wrong SHA-256. */
export class ChecksumError extends ConcordError {
  constructor(
    readonly file: string,
    readonly expected: string,
    readonly actual: string,
    readonly what: 'SHA-256' | 'size' = 'SHA-256',
    /** What the user can make of it (e.g. that a live upstream may have changed), appended to the message. */
    readonly hint?: string,
  ) {
    super(
      'bad-input',
      `${file}: ${what} mismatch: expected ${expected}, got ${actual}; the download was discarded${hint ? `. ${hint}` : ''}`,
    );
  }

  /** The same error with a hint. */
  withHint(hint: string): ChecksumError {
    return new ChecksumError(this.file, this.expected, this.actual, this.what, hint);
  }
}
