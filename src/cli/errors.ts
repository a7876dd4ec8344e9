// How the command line reports failures: the error kinds of src/errors.ts mapped once to exit codes
// (0 success; 2 the command as given cannot be carried out: bad input, not found, conflict, refused;
// 1 a failure: unavailable, internal). Two conflicts with the command line are not its fault and
// exit 1: a malformed upstream data file (IngestError; the options were right) and a case changed
// by someone else between reading and appending (CaseConflictError; the same command succeeds
// when run again). A ConcordError is reported as one line; anything else is a bug, reported by its
// message as a last resort (its stack only with CONCORD_DEBUG=1).
import { ConcordError, type ErrorKind } from '../errors.ts';
import { IngestError } from '../ingest/errors.ts';
import { CaseConflictError } from '../store/cases-store.ts';

/** Bad usage of a command: an option or argument that is missing, malformed or out of range. */
export class UsageError extends ConcordError {
  constructor(message: string) {
    super('bad-input', message);
  }
}

const exitCodes: Record<ErrorKind, 1 | 2> = {
  'bad-input': 2,
  'not-found': 2,
  conflict: 2,
  refused: 2,
  unavailable: 1,
  internal: 1,
};

/** The exit code of a failed command. */
export function exitCode(e: unknown): 1 | 2 {
  if (e instanceof IngestError || e instanceof CaseConflictError) return 1;
  return e instanceof ConcordError ? exitCodes[e.kind] : 1;
}

/**
 * The line that tells the user why the command failed. Anything unforeseen (a bug) is the last
 * resort: its message, never a stack trace, unless CONCORD_DEBUG=1 (issue 12).
 */
export function errorReport(e: unknown): string {
  if (e instanceof ConcordError) return e.message;
  if (process.env.CONCORD_DEBUG) return (e as Error)?.stack ?? String(e);
  return (e as Error)?.message ?? String(e);
}
