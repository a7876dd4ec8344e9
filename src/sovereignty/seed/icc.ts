// The ICC participation seed as one value with its digest: the store re-seeds its icc_* tables
// whenever the rows in src/sovereignty/seed/icc-participation.ts change.
import { createHash } from 'node:crypto';
import type { IccFacts } from '../icc.ts';
import { iccDeclarations, iccParticipation, iccReferrals } from './icc-participation.ts';

export const iccSeed: IccFacts = {
  participation: iccParticipation,
  declarations: iccDeclarations,
  referrals: iccReferrals,
};

export const iccSeedDigest = createHash('sha256').update(JSON.stringify(iccSeed)).digest('hex').slice(0, 16);
