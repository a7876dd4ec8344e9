// The country-year indicator sources that write the shared long-format `indicators` table:
// World Bank WDI, UN IGME infant mortality, and Powell & Thyne coups.
import type { Source } from '../source.ts';
import { coupsSource } from './coups.ts';
import { unImrSource } from './un-imr.ts';
import { wdiSource } from './wdi.ts';

export const indicatorSources: Source[] = [wdiSource, unImrSource, coupsSource];
