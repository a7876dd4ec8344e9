// Where a speech sits in the UN General Debate Corpus archive and what its path says:
// `TXT/Session NN - YYYY/CODE_NN_YYYY.txt`, CODE an ISO 3166-1 alpha-3 code or `EU`. The file
// name's session and year must agree with its `Session NN - YYYY` folder.

export interface SpeechId {
  /** The file name without `.txt`, e.g. `USA_75_2020`. */
  docId: string;
  country: string;
  session: number;
  year: number;
}

/** What an archive entry is: a speech, something to pass over, or a defect (with the reason). */
export type SpeechPath = { kind: 'speech'; id: SpeechId } | { kind: 'ignore' } | { kind: 'error'; reason: string };

const FILE = /^([A-Z]{3}|EU)_(\d{1,3})_(\d{4})\.txt$/;
const FOLDER = /^Session (\d{1,3}) - (\d{4})$/;

/** Classifies an archive entry name (directories are never passed in). */
export function speechPath(entryName: string): SpeechPath {
  const parts = entryName.split('/').filter((p) => p !== '' && p !== '.');
  const base = parts[parts.length - 1] ?? '';
  // operating-system litter and anything that is not a text file (e.g. a readme) is not a speech
  if (base.startsWith('._') || base === '.DS_Store' || parts.includes('__MACOSX')) return { kind: 'ignore' };
  if (!base.toLowerCase().endsWith('.txt')) return { kind: 'ignore' };
  const file = FILE.exec(base);
  if (!file)
    return { kind: 'error', reason: 'file name is not CODE_SESSION_YEAR.txt (CODE: ISO 3166-1 alpha-3 or EU)' };
  const folderName = parts[parts.length - 2] ?? '';
  const folder = FOLDER.exec(folderName);
  if (!folder) return { kind: 'error', reason: 'speech is not inside a "Session NN - YYYY" folder' };
  const [session, year] = [Number(file[2]), Number(file[3])];
  const [folderSession, folderYear] = [Number(folder[1]), Number(folder[2])];
  if (session !== folderSession || year !== folderYear) {
    return {
      kind: 'error',
      reason: `file name says session ${session}, year ${year}, but its folder "${folderName}" says session ${folderSession}, year ${folderYear}`,
    };
  }
  return { kind: 'speech', id: { docId: base.slice(0, -4), country: file[1], session, year } };
}
