// Errors of the application layer that shells report plainly (no stack trace): the store lacks
// something a use case needs, and the message says what to run.
export class NotReadyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotReadyError';
  }
}

/** A request the use case cannot answer as asked (a year outside the data, an empty range); shells report it as bad usage. */
export class InvalidRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRequestError';
  }
}

/** What the user asks for exists in no source Concord reads (resolutions 1995-1999): reported as a failure, exit 1. */
export class SourceGapError extends NotReadyError {
  constructor(message: string) {
    super(message);
    this.name = 'SourceGapError';
  }
}
