// PLACEHOLDER: replaced by the indicators loaders.
import type { Source } from '../source.ts';
export const indicatorSources: Source[] = [];
