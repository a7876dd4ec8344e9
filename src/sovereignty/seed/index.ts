// The seed of the sovereignty registry: the territories the source papers discuss (Saxer's
// cases and those the issue names), each with its dated status intervals, legal bases and
// sources. The digest changes whenever the seed does, so a store re-seeds itself.
import { createHash } from 'node:crypto';
import { intervalsOf, type TerritoryRecord } from '../territory.ts';
import { africa } from './africa.ts';
import { americas } from './americas.ts';
import { asia } from './asia.ts';
import { balkans } from './balkans.ts';
import { europe } from './europe.ts';
import { middleEast } from './middle-east.ts';

export const seedTerritories: readonly TerritoryRecord[] = [
  ...balkans,
  ...europe,
  ...asia,
  ...middleEast,
  ...africa,
  ...americas,
];

export const seedIntervals = intervalsOf(seedTerritories);

export const seedDigest = createHash('sha256').update(JSON.stringify(seedTerritories)).digest('hex').slice(0, 16);
