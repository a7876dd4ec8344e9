// PLACEHOLDER: replaced by the owid loaders.
import type { Source } from '../source.ts';
export const owidSources: Source[] = [];
