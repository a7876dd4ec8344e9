// The sections of a country page, in reading order; each capability adds its section here when
// its core and endpoints exist.
import type { ComponentType } from 'react';
import type { CountryInfo } from './country-page.tsx';
import { CountryCouncil } from './country-council.tsx';
import { CountryCouncilDocuments } from './country-council-documents.tsx';
import { CountryLanguage } from './country-language.tsx';
import { CountryOperations } from './country-operations.tsx';
import { CountryFactors, CountryProfile, CountryRiskSection } from './country-risk.tsx';
import { CountrySovereignty } from './country-sovereignty.tsx';

export interface CountrySection {
  id: string;
  Section: ComponentType<{ country: CountryInfo }>;
}

export const countrySections: CountrySection[] = [
  { id: 'risk', Section: CountryRiskSection },
  { id: 'factors', Section: CountryFactors },
  { id: 'profile', Section: CountryProfile },
  { id: 'sovereignty', Section: CountrySovereignty },
  { id: 'operations', Section: CountryOperations },
  { id: 'council', Section: CountryCouncil },
  { id: 'council-documents', Section: CountryCouncilDocuments },
  { id: 'language', Section: CountryLanguage },
];
