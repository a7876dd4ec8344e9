// PLACEHOLDER: replaced by the ewp loader.
import type { Source } from '../source.ts';
export const ewpSource: Source = { id: 'ewp', title: 'ewp', licence: '', attribution: '', upstream: '', files: [{ path: '__not_yet__/ewp' }], tables: [], version: 0, load: async () => {} };
