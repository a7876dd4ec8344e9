// What a PostgreSQL database URL looks like, and the error a bad store configuration raises:
// kept apart from connect.ts so that opening a SQLite store does not load pg (issue 18, start-up).
import { ConcordError } from '../../errors.ts';

export class StoreConfigError extends ConcordError {
  constructor(message: string) {
    super('unavailable', message);
  }
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

/** The URL with its password replaced by ***. */
export function maskUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
