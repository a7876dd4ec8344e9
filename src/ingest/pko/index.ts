// PLACEHOLDER: replaced by the pko loaders.
import type { Source } from '../source.ts';
export const pkoSources: Source[] = [];
