// Licence, attribution and upstream of the three Security Council datasets (SOURCES.md), shared
// by the loaders that read them.
import type { SourceInfo } from '../source.ts';

type Provenance = Pick<SourceInfo, 'licence' | 'attribution' | 'upstream'>;

/** Corpus of Resolutions: UN Security Council (texts and Digital Library record table). */
export const crUnsc: Provenance = {
  licence: 'CC0',
  attribution:
    'Seán Fobbe, Niccolò Ridi, Lorenzo Gasbarri: Corpus of Resolutions: UN Security Council (CR-UNSC), Zenodo, doi:10.5281/zenodo.7319781',
  upstream: 'Zenodo doi:10.5281/zenodo.7319781',
};

/** The Dag Hammarskjöld Library's tables of Security Council meetings. */
export const dhlMeetings: Provenance = {
  licence: 'UN public web pages',
  attribution: 'UN Dag Hammarskjöld Library, Security Council meetings tables',
  upstream: 'research.un.org, Security Council meetings tables',
};

/** The world-politics-datalab list of vetoed drafts. */
export const vetoDatalab: Provenance = {
  licence: 'MIT',
  attribution: 'world-politics-datalab: Vetoes in the UN Security Council (vetoes-un-security-council)',
  upstream: 'github.com/world-politics-datalab/vetoes-un-security-council',
};
