// Streams the UN General Debate Corpus archive into `speeches`: one row per speech file, joined
// with its speaker and post from the speakers sheet (null when the sheet has none). The archive is
// read entry by entry (never unpacked, never held whole); progress is reported in compressed
// bytes read.
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../errors.ts';
import { tgzEntries } from '../formats/tar.ts';
import { readXlsx } from '../formats/xlsx.ts';
import type { RowSink } from '../source.ts';
import { speakerKey, speakersBySpeech } from './speakers.ts';
import { speechPath } from './speech-path.ts';
import { speechText } from './speech-text.ts';

export interface UngdcFiles {
  /** Data-directory path of the speeches archive, e.g. `ungdc/UNGDC_1946-2024.tgz`. */
  archive: string;
  /** Data-directory path of the speakers sheet, e.g. `ungdc/Speakers_by_session.xlsx`. */
  speakers: string;
}

export async function loadUngdc(dataDir: string, files: UngdcFiles, sink: RowSink): Promise<void> {
  const speakers = speakersBySpeech(readXlsx(join(dataDir, files.speakers), files.speakers), files.speakers);
  const archivePath = join(dataDir, files.archive);
  const total = statSync(archivePath).size;
  const input = createReadStream(archivePath, { highWaterMark: 1 << 20 });
  const fail = (entry: string, reason: string): never => {
    throw new IngestError(files.archive, undefined, `entry "${entry}": ${reason}`);
  };
  const seen = new Set<string>();
  sink.progress(0, total);
  for await (const entry of tgzEntries(input, files.archive)) {
    const where = speechPath(entry.name);
    if (where.kind === 'ignore') continue;
    if (where.kind === 'error') fail(entry.name, where.reason);
    if (where.kind !== 'speech') continue;
    if (entry.type !== 'file') fail(entry.name, `is a ${entry.type}, not a file`);
    const { docId, country, session, year } = where.id;
    if (seen.has(docId)) fail(entry.name, `a second speech ${docId}`);
    seen.add(docId);
    let text: string;
    try {
      text = speechText(await entry.buffer());
    } catch (e) {
      if (e instanceof IngestError) throw e;
      return fail(entry.name, (e as Error).message);
    }
    const who = speakers.get(speakerKey(country, session, year));
    await sink.insert('speeches', {
      doc_id: docId,
      country,
      session,
      year,
      speaker: who?.speaker ?? null,
      post: who?.post ?? null,
      text,
    });
    sink.progress(input.bytesRead, total);
  }
  if (seen.size === 0)
    throw new IngestError(
      files.archive,
      undefined,
      'no speeches found (expected TXT/Session NN - YYYY/CODE_NN_YYYY.txt files)',
    );
  sink.progress(total, total);
}
