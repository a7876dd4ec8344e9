// PLACEHOLDER: replaced by the countries loader.
import type { Source } from '../source.ts';
export const countriesSource: Source = { id: 'countries', title: 'countries', licence: '', attribution: '', upstream: '', files: [{ path: '__not_yet__/countries' }], tables: [], version: 0, load: async () => {} };
