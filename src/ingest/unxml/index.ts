// The Security Council sources for 2000-2026: the UN's Akoma Ntoso repository (resolutions,
// presidential statements, drafts not adopted, the Library's metadata; SOURCES.md "unsc/unxml")
// and the DPPA list of Council members by year (SOURCES.md "unsc/DPPA-SCMembership.csv").
import type { Source } from '../source.ts';
import { membershipSource } from '../unsc/membership.ts';
import { unxmlDraftsSource } from './drafts.ts';
import { unxmlMetadataSource } from './metadata.ts';
import { unxmlResolutionsSource } from './resolutions.ts';
import { unxmlStatementsSource } from './statements.ts';

export const unxmlSources: Source[] = [
  unxmlResolutionsSource,
  unxmlStatementsSource,
  unxmlDraftsSource,
  unxmlMetadataSource,
  membershipSource,
];
