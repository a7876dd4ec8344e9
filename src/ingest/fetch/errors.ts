// Errors of `data fetch`, each naming the data-directory file it concerns so a user can act on it.

/** A download that could not be completed (HTTP error, or network failures after every retry). */
export class DownloadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly retryable = false,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DownloadError';
  }
}

/** Fetched bytes that are not the published file: wrong size or wrong SHA-256. */
export class ChecksumError extends Error {
  constructor(
    readonly file: string,
    readonly expected: string,
    readonly actual: string,
    what: 'SHA-256' | 'size' = 'SHA-256',
  ) {
    super(`${file}: ${what} mismatch: expected ${expected}, got ${actual}; the download was discarded`);
    this.name = 'ChecksumError';
  }
}
