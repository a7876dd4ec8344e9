// PLACEHOLDER: replaced by the ucdp loader.
import type { Source } from '../source.ts';
export const battleDeathsSource: Source = { id: 'ucdp', title: 'ucdp', licence: '', attribution: '', upstream: '', files: [{ path: '__not_yet__/ucdp' }], tables: [], version: 0, load: async () => {} };
