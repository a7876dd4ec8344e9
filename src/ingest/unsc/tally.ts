// Vote tallies as the Dag Hammarskjöld Library's meetings tables write them: "14-0-1" (in favour,
// against, abstaining), sometimes with a note ("14-0-0 (1 absent)"), or in words for votes that
// were not counted ("adopted unanimously" in early years, "without vote", "by consensus").
// Also the size of the Council and the majority it needs (11 members and 7 votes, from 1966 15
// and 9), to reject impossible sums and recognise votes that cannot have adopted anything.

export interface Tally {
  yes: number | null;
  no: number | null;
  abstain: number | null;
  /** The tally in normalised form: "9-0-1", "14-0-0 (1 absent)", "adopted unanimously", "adopted without vote", "adopted by consensus". */
  text: string;
}

/** Regular-expression source matching a numeric tally (for scanners that look for one in running text). */
export const numericTallySource = String.raw`(?<![\d/.])\d{1,2}\s*-\s*\d{1,2}\s*-\s*\d{1,2}(?:\s*\(\s*\d{1,2}\s+absent\s*\))?`;

/** Regular-expression source matching a tally in words. */
export const wordTallySource = String.raw`(?:adopted\s+)?(?:unanimously|without\s+(?:a\s+)?vote|by\s+consensus)`;

/** Parses one tally (numeric or in words); undefined when the text is not one. */
export function parseTally(raw: string): Tally | undefined {
  const text = raw.trim().replace(/\s+/g, ' ');
  const num = /^(\d{1,2}) ?- ?(\d{1,2}) ?- ?(\d{1,2})(?: ?\( ?(\d{1,2}) absent ?\))?$/i.exec(text);
  if (num) {
    const [yes, no, abstain] = [num[1], num[2], num[3]].map(Number);
    const absent = num[4] === undefined ? '' : ` (${Number(num[4])} absent)`;
    return { yes, no, abstain, text: `${yes}-${no}-${abstain}${absent}` };
  }
  const words = text.toLowerCase();
  if (/^(adopted )?unanimously$/.test(words))
    return { yes: null, no: null, abstain: null, text: 'adopted unanimously' };
  if (/^(adopted )?without (a )?vote$/.test(words))
    return { yes: null, no: null, abstain: null, text: 'adopted without vote' };
  if (/^(adopted )?by consensus$/.test(words))
    return { yes: null, no: null, abstain: null, text: 'adopted by consensus' };
  return undefined;
}

/** Number of Council members in a year: 11 until the 1965 enlargement took effect, then 15. */
export function councilSize(year: number): number {
  return year < 1966 ? 11 : 15;
}

/** Affirmative votes a decision needs (Art. 27): 7 of 11 until 1965, then 9 of 15. */
export function requiredVotes(year: number): number {
  return year < 1966 ? 7 : 9;
}

/** A reason when a numeric tally counts more votes than the Council had members, else undefined. */
export function impossibleTally(t: Tally, year: number): string | undefined {
  if (t.yes === null || t.no === null || t.abstain === null) return undefined;
  const sum = t.yes + t.no + t.abstain;
  const size = councilSize(year);
  return sum > size ? `tally ${t.text} counts ${sum} votes but the Council had ${size} members in ${year}` : undefined;
}
