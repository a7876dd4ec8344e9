// What the ICC jurisdiction use case asks of the store, implemented once over the SqlDb executor
// in src/store/sql/icc.ts: the Rome Statute participation data (participation, Art. 12(3) and
// Art. 124 declarations, Security Council referrals), replaced whole when the compiled-in seed
// changes (one transaction, with its audit entry), and read back as the facts the rule takes.
import type { IccFacts } from '../sovereignty/icc.ts';

export interface IccStore {
  /** The digest of the seed in the store, or undefined if never seeded. */
  seedDigest(): Promise<string | undefined>;
  /** Replaces every row with the seed's, in one transaction. */
  replaceSeed(digest: string, facts: IccFacts): Promise<void>;
  facts(): Promise<IccFacts>;
}
