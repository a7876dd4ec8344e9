// Every upstream dataset Concord imports, in import order (countries first: others refer to it).
import { countriesSource } from './countries/index.ts';
import { ewpSource } from './ewp/index.ts';
import { indicatorSources } from './indicators/index.ts';
import { owidSources } from './owid/index.ts';
import { pkoSources } from './pko/index.ts';
import type { Source } from './source.ts';
import { battleDeathsSource } from './ucdp/index.ts';
import { ungdcSource } from './ungdc/index.ts';
import { unscSources } from './unsc/index.ts';
import { unxmlSources } from './unxml/index.ts';

export const sources: Source[] = [
  countriesSource,
  ungdcSource,
  ...unscSources,
  ...unxmlSources,
  ewpSource,
  ...indicatorSources,
  ...owidSources,
  battleDeathsSource,
  ...pkoSources,
];

export function findSource(id: string): Source | undefined {
  return sources.find((s) => s.id === id);
}
