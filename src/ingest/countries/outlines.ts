// Reads country outlines from the world-countries package (`data/<iso3>.geo.json`, ODbL), for
// loaders that check where coordinates fall. Kosovo's file there (`unk`) holds no outline.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Outline, outlineFromGeoJson } from '../../countries/index.ts';

const require = createRequire(import.meta.url);
const fileCodes: Record<string, string> = { XKX: 'unk' };
const cache = new Map<string, Outline | undefined>();

/** The outline of a present country, or undefined when the package has none. */
export function countryOutline(iso3: string): Outline | undefined {
  if (cache.has(iso3)) return cache.get(iso3);
  let outline: Outline | undefined;
  try {
    const path = require.resolve(`world-countries/data/${fileCodes[iso3] ?? iso3.toLowerCase()}.geo.json`);
    outline = outlineFromGeoJson(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    outline = undefined;
  }
  cache.set(iso3, outline);
  return outline;
}
