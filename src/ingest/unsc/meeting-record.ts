// Reads the "Meeting Record" cell of the meetings tables into a normalised record symbol. Shapes
// found 1946-2022: "S/PV.88", "S/PV.77 (closed)", "S/PV.77<br>(closed)", "S/PV.2249 (privada)",
// "S/PV.9079 (Resumption 1)", "(Resumption1)", "(ResumptionI)", "(Resumption)", a missing "(" as in
// "S/PV.9042 Resumption 1)", "S/PV.4820 (Part II)", both parts in one cell
// "S/PV.2970 (PartI) S/PV.2970 (PartII)", corrigenda "S/PV.3370+Corr.1+Corr.2", and a place
// "(meeting held in Nairobi)". The record keeps the resumption or single part in UN style
// ("S/PV.9079 (Resumption 1)"); corrigenda, places and multiple parts go to the note.

export interface MeetingRecord {
  /** "S/PV.NNNN", with " (Resumption N)" or " (Part I)" when the row is one. */
  record: string;
  meetingNumber: number;
  closed: boolean;
  /** What else the cell says ("Corr.1", "meeting held in Nairobi", "Part I, Part II"), or null. */
  note: string | null;
}

const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };
const romanOf = ['', 'I', 'II', 'III', 'IV', 'V'];

function ordinal(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return 1;
  if (/^\d+$/.test(raw)) return Number(raw);
  return roman[raw.toUpperCase()];
}

/** Parses the flat text of a record cell; undefined when it holds no single meeting symbol. */
export function parseMeetingRecord(text: string): MeetingRecord | undefined {
  const numbers = [...text.matchAll(/S\/PV\.\s*(\d+)/g)].map((m) => Number(m[1]));
  if (numbers.length === 0 || new Set(numbers).size !== 1) return undefined;
  const meetingNumber = numbers[0];
  let rest = text.replace(/S\/PV\.\s*\d+/g, ' ');

  let closed = false;
  rest = rest.replace(/\(?\s*\b(?:closed|privada)\b\s*\)?/gi, () => {
    closed = true;
    return ' ';
  });

  let resumption: number | undefined;
  let bad = false;
  rest = rest.replace(/\(?\s*\bResumption\s*(\d+|[IV]+\b)?\s*\)?/gi, (_m, n: string | undefined) => {
    resumption = ordinal(n);
    if (resumption === undefined) bad = true;
    return ' ';
  });

  const parts: number[] = [];
  rest = rest.replace(/\(?\s*\bPart\s*(\d+|[IV]+\b)\s*\)?/gi, (_m, n: string) => {
    const p = ordinal(n);
    if (p === undefined) bad = true;
    else parts.push(p);
    return ' ';
  });
  if (bad) return undefined;

  let record = `S/PV.${meetingNumber}`;
  if (resumption !== undefined) record += ` (Resumption ${resumption})`;
  if (parts.length === 1) record += ` (Part ${romanOf[parts[0]] ?? parts[0]})`;

  const notes: string[] = [];
  if (parts.length > 1) notes.push(parts.map((p) => `Part ${romanOf[p] ?? p}`).join(', '));
  const leftover = rest
    .split(/[()+]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  notes.push(...leftover);
  return { record, meetingNumber, closed, note: notes.length ? notes.join('; ') : null };
}
