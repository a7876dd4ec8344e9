// The Security Council sources, one per upstream dataset (SOURCES.md): resolution texts and
// Digital Library records (CR-UNSC), meetings with their outcomes (Dag Hammarskjöld Library
// tables), and vetoed drafts (world-politics-datalab).
import type { Source } from '../source.ts';
import { meetingsSource } from './meetings.ts';
import { recordsSource } from './records.ts';
import { resolutionsSource } from './resolutions.ts';
import { vetoesSource } from './vetoes.ts';

export const unscSources: Source[] = [resolutionsSource, recordsSource, meetingsSource, vetoesSource];
