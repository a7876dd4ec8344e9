// Concord's one error vocabulary. Every failure a user may meet is a ConcordError of one kind; the
// cores, the store, the loaders and the use cases raise them, and each shell maps the kind once:
// the command line to an exit code (src/cli/errors.ts), the HTTP API to a status (src/server/errors.ts).
// The kinds:
//   bad-input    what was asked or given is malformed or outside what Concord accepts (a bad option,
//                an invalid case, a malformed upstream file, a backup that is not one)
//   not-found    the thing named does not exist (a case, a user)
//   conflict     it clashes with the state of the store (an id taken, a case changed meanwhile)
//   refused      well-formed, but not allowed as things stand (a role that may not, a locked login)
//   unavailable  the store or a service is not ready for it yet (data not imported, an index building,
//                no usable database)
//   internal     something Concord itself got wrong (a stored version that no longer validates)
// Anything that is not a ConcordError is a bug, reported as internal with its details kept for the log.
// This module imports nothing, so every layer may use it.

export const errorKinds = ['bad-input', 'not-found', 'conflict', 'refused', 'unavailable', 'internal'] as const;
export type ErrorKind = (typeof errorKinds)[number];

export class ConcordError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The kind of any thrown value: a ConcordError's own, `internal` for everything else. */
export function errorKind(e: unknown): ErrorKind {
  return e instanceof ConcordError ? e.kind : 'internal';
}

/** Something asked or given is malformed (the generic bad-input error of the use cases). */
export class BadInputError extends ConcordError {
  constructor(message: string) {
    super('bad-input', message);
  }
}

/** The thing named does not exist. */
export class NotFoundError extends ConcordError {
  constructor(message: string) {
    super('not-found', message);
  }
}

/** The store lacks something a use case needs; the message says what to run. */
export class NotReadyError extends ConcordError {
  constructor(message: string) {
    super('unavailable', message);
  }
}

/** What the user asks for exists in no source Concord reads (resolutions 1995-1999): reported as a failure, exit 1. */
export class SourceGapError extends NotReadyError {}
