// The UN General Debate Corpus source (Jankin, Baturo, Dasandi; Harvard Dataverse
// doi:10.7910/DVN/0TJX8Y, CC0): every General Debate speech 1946-2024 with its speaker and post,
// into the `speeches` table (full-text indexed by the store).
import type { Source } from '../source.ts';
import { loadUngdc, type UngdcFiles } from './load.ts';

const files: UngdcFiles = {
  archive: 'ungdc/UNGDC_1946-2024.tgz',
  speakers: 'ungdc/Speakers_by_session.xlsx',
};

export const ungdcSource: Source = {
  id: 'ungdc',
  title: 'UN General Debate Corpus (UNGDC), speeches 1946-2024',
  licence: 'CC0 1.0',
  attribution:
    'Slava Jankin, Alexander Baturo and Niheer Dasandi, "Words to unite nations: The complete UN General Debate Corpus, 1946-present", Journal of Peace Research; ' +
    'and Alexander Baturo, Niheer Dasandi and Slava Mikhaylov, "Understanding State Preferences With Text As Data: Introducing the UN General Debate Corpus", Research & Politics, 2017',
  upstream: 'Harvard Dataverse, doi:10.7910/DVN/0TJX8Y',
  files: [{ path: files.archive }, { path: files.speakers }],
  tables: ['speeches'],
  version: 1,
  load: (dataDir, sink) => loadUngdc(dataDir, files, sink),
};
