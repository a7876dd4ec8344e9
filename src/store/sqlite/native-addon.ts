// Opens a better-sqlite3 database with the path of its native addon (issue 18: start-up time):
// every Concord connection is opened here. Without the path better-sqlite3 finds its addon through
// the `bindings` package, which reads a stack trace and probes a dozen candidate paths at every
// start: about 10 ms of CPU for each command (README's bench:cli). The addon sits where
// better-sqlite3's install builds or fetches it (build/Release beside its lib/); when it is not
// there, `bindings` searches as before.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let addon: string | null | undefined;

/** The path of better_sqlite3.node, or undefined to let better-sqlite3 search for it. */
function nativeBinding(): string | undefined {
  if (addon === undefined) {
    const path = join(
      dirname(createRequire(import.meta.url).resolve('better-sqlite3')),
      '..',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    addon = existsSync(path) ? path : null;
  }
  return addon ?? undefined;
}

/** `new Database(file, options)` with the addon's path given. */
export function openDatabase(file: string, options: Database.Options = {}): Database.Database {
  return new Database(file, { ...options, nativeBinding: nativeBinding() });
}
