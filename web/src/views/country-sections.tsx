// The sections of a country page, in reading order; each capability adds its section here when
// its core and endpoints exist.
import type { ComponentType } from 'react';
import type { CountryInfo } from './country-page.tsx';

export interface CountrySection {
  id: string;
  Section: ComponentType<{ country: CountryInfo }>;
}

export const countrySections: CountrySection[] = [];
