// Speaker names and posts of the General Debate, from the corpus's Speakers_by_session.xlsx
// (columns Year, Session, ISO Code, Country, Name of Person Speaking, Post), keyed by country
// code, session and year, as the speech files are named.
//
// Reconciliation rules, applied to the keys only (names and posts are kept as written, with
// surrounding spaces trimmed and empty cells as null):
// - the ISO code is trimmed (the sheet has `GIN `, `BEN ` ...);
// - codes the sheet writes that are no ISO 3166-1 alpha-3 code are mapped to the code the speech
//   files use (CODE_ALIASES, e.g. `EC` for the European Union's `EU` files);
// - rows without a code (e.g. a League of Arab States statement) belong to no speech;
// - several rows for one speech (two speakers in one session) are kept together: names joined
//   with "; " and posts likewise, position by position; repeated rows of one person count once.
import { IngestError } from '../errors.ts';

/** Codes in the speakers sheet that name a speech file's country by another code. */
export const CODE_ALIASES: Readonly<Record<string, string>> = {
  EC: 'EU', // European Community / Union: files are EU_NN_YYYY
  YDYE: 'YMD', // Democratic Yemen: files are YMD_NN_YYYY
  POR: 'PRT', // Portugal
  ZFA: 'ZAF', // South Africa
  PKR: 'PRK', // Democratic People's Republic of Korea
  CZK: 'CSK', // Czechoslovakia
  DKN: 'DNK', // Denmark
  PAR: 'PRY', // Paraguay
};

export interface Speaker {
  speaker: string | null;
  post: string | null;
}

/** The join key of a speech: country code, session and year. */
export function speakerKey(code: string, session: number, year: number): string {
  return `${code} ${session} ${year}`;
}

const COLUMNS = {
  year: 'year',
  session: 'session',
  code: 'iso code',
  name: 'name of person speaking',
  post: 'post',
} as const;

function cell(row: string[], k: number): string | null {
  const v = (row[k] ?? '').trim();
  return v === '' ? null : v;
}

function merge(rows: Speaker[]): Speaker {
  const distinct: Speaker[] = [];
  for (const r of rows) {
    const same = distinct.find(
      (d) =>
        (d.speaker ?? '').replace(/\s+/g, ' ').toLowerCase() === (r.speaker ?? '').replace(/\s+/g, ' ').toLowerCase(),
    );
    if (same) same.post ??= r.post;
    else distinct.push({ ...r });
  }
  if (distinct.length === 1) return distinct[0];
  const join = (xs: (string | null)[]) => (xs.every((x) => x === null) ? null : xs.map((x) => x ?? '').join('; '));
  return { speaker: join(distinct.map((d) => d.speaker)), post: join(distinct.map((d) => d.post)) };
}

/**
 * Speakers by speakerKey from the sheet's rows (row 1 the header). `file` names the sheet in
 * errors, which give the sheet row.
 */
export function speakersBySpeech(rows: string[][], file: string): Map<string, Speaker> {
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = {} as Record<keyof typeof COLUMNS, number>;
  for (const [key, title] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const k = header.indexOf(title);
    if (k === -1) throw new IngestError(file, 1, `header lacks the column "${title}"`);
    col[key] = k;
  }
  const grouped = new Map<string, Speaker[]>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const raw = cell(row, col.code);
    if (raw === null) continue;
    const whole = (key: 'year' | 'session'): number => {
      const v = cell(row, col[key]);
      if (v === null || !/^\d+$/.test(v))
        throw new IngestError(file, r + 1, `column "${COLUMNS[key]}": not a whole number: "${v ?? ''}"`);
      return Number(v);
    };
    const code = CODE_ALIASES[raw] ?? raw;
    const id = speakerKey(code, whole('session'), whole('year'));
    const list = grouped.get(id) ?? [];
    list.push({ speaker: cell(row, col.name), post: cell(row, col.post) });
    grouped.set(id, list);
  }
  return new Map([...grouped].map(([id, list]) => [id, merge(list)]));
}
