// The names of the PostgreSQL databases of the shared real-data stores (test/real-store.ts): one
// prefix per suite pass, derived from its CONCORD_TEST_CACHE directory, so that suites run side by
// side on one server never meet, and the end of a pass can drop exactly its own (even copies left
// by a killed test process). No side effects: test/real-store-cleanup.ts imports it outside the test runner.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** The pass's tag: 8 hex digits of its cache directory's path. */
export function passTag(cache: string): string {
  return createHash('sha256').update(resolve(cache)).digest('hex').slice(0, 8);
}

/** The database a store is built in (`key`: 16 hex digits of what it holds). */
export const builtDatabase = (cache: string, key: string): string => `cb_${passTag(cache)}_${key}`;

/** A LIKE pattern of every database of the pass, built (cb_) or copied (cc_). */
export const passDatabases = (cache: string): string[] => [`cb\\_${passTag(cache)}\\_%`, `cc\\_${passTag(cache)}\\_%`];
