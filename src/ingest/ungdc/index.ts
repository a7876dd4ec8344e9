// PLACEHOLDER: replaced by the ungdc loader.
import type { Source } from '../source.ts';
export const ungdcSource: Source = { id: 'ungdc', title: 'ungdc', licence: '', attribution: '', upstream: '', files: [{ path: '__not_yet__/ungdc' }], tables: [], version: 0, load: async () => {} };
