// The record of changed upstream bytes a user accepted with `data fetch --accept-changed`: for
// each data-directory path of a live entry whose fetched bytes differed from the manifest, the size
// and SHA-256 actually kept, the URL they came from and when, in `<data dir>/.fetch-accepted.json`.
// A file matching its record counts as up to date; writes are serialised and atomic (temp + rename).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** File name of the record, inside the data directory. */
export const ACCEPTED_FILE = '.fetch-accepted.json';

export interface AcceptedFile {
  sha256: string;
  size: number;
  url: string;
  /** ISO 8601 time of the download. */
  fetchedAt: string;
}

function isAcceptedFile(v: unknown): v is AcceptedFile {
  const r = v as AcceptedFile;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(r.sha256) &&
    Number.isSafeInteger(r.size) &&
    r.size >= 0 &&
    typeof r.url === 'string' &&
    typeof r.fetchedAt === 'string'
  );
}

export class AcceptedLedger {
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly records: Map<string, AcceptedFile>,
  ) {}

  /** Reads `<dataDir>/.fetch-accepted.json` (empty when absent); malformed records are dropped. */
  static async load(dataDir: string): Promise<AcceptedLedger> {
    const file = join(dataDir, ACCEPTED_FILE);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new AcceptedLedger(file, new Map());
      throw e;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new Error(`${file} is not valid JSON (${(e as Error).message}); delete it to forget the accepted files`);
    }
    const records = new Map<string, AcceptedFile>();
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      for (const [path, rec] of Object.entries(parsed)) if (isAcceptedFile(rec)) records.set(path, rec);
    }
    return new AcceptedLedger(file, records);
  }

  get(path: string): AcceptedFile | undefined {
    return this.records.get(path);
  }

  /** Records (or replaces) the accepted bytes of `path` and saves. */
  record(path: string, accepted: AcceptedFile): Promise<void> {
    this.records.set(path, accepted);
    return this.save();
  }

  /** Drops the record of `path` (its file now matches the manifest again); saves when there was one. */
  forget(path: string): Promise<void> {
    return this.records.delete(path) ? this.save() : Promise.resolve();
  }

  private save(): Promise<void> {
    const write = async () => {
      const sorted = Object.fromEntries([...this.records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      const tmp = `${this.file}.${process.pid}.tmp`;
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(tmp, `${JSON.stringify(sorted, null, 2)}\n`);
      await rename(tmp, this.file);
    };
    // One write at a time, each with the records as they are when it runs.
    this.saving = this.saving.then(write, write);
    return this.saving;
  }
}
