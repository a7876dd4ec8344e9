// The countries source (`countries`): Concord's reference list of countries (src/countries),
// built from the world-countries package and Concord's own tables of UN membership, regional
// groups, COW codes and former states. It reads no file of the data directory.
import { countries } from '../../countries/index.ts';
import { sha256Json } from '../fingerprint.ts';
import type { RowSink, Source } from '../source.ts';
import { countryRow } from './country-row.ts';

export const countriesSource: Source = {
  id: 'countries',
  title: 'Countries: ISO and COW codes, UN membership and regional groups',
  licence: 'ODbL-1.0 (world-countries)',
  attribution:
    'Mohammed Le Doze, world-countries (github.com/mledoze/countries), ODbL; UN membership, groups and COW codes compiled by Concord',
  upstream: 'npm world-countries (github.com/mledoze/countries)',
  files: [],
  tables: ['countries'],
  version: 1,
  // its input is compiled reference data and a package, so the fingerprint digests the list itself
  inputDigest: () => sha256Json(countries),
  async load(_dir: string, sink: RowSink): Promise<void> {
    for (const c of countries) await sink.insert('countries', countryRow(c));
  },
};
