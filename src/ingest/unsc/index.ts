// PLACEHOLDER: replaced by the unsc loaders.
import type { Source } from '../source.ts';
export const unscSources: Source[] = [];
