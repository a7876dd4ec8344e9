// Normalisation of country names for matching, and the spelling variants of one name that the
// resolver tries: "Korea, Republic of" -> "Republic of Korea"; "Iran (Persia)" -> "Iran";
// "Bolivia (Plurinational State of)" -> "Plurinational State of Bolivia".

/** Words that carry no meaning for matching: "the Gambia", "Bosnia and Herzegovina", "Republic of Korea". */
const stopWords = new Set(['the', 'and', 'of']);

/**
 * Lower case, no diacritics, no apostrophes, "&" as "and", "St." as "saint", other punctuation
 * as spaces, stop words dropped.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !stopWords.has(w))
    .map((w) => (w === 'st' ? 'saint' : w))
    .join(' ');
}

/** "Korea, Republic of" -> "Republic of Korea"; a name without one comma is returned as is. */
function invertComma(name: string): string {
  const parts = name.split(',');
  return parts.length === 2 ? `${parts[1].trim()} ${parts[0].trim()}` : name;
}

/**
 * The forms of a name to look up, most literal first: the name; its comma inversion; for
 * "A (B)", "B A" and "A" (and A's inversion).
 */
export function nameVariants(name: string): string[] {
  const out = [name, invertComma(name)];
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name.trim());
  if (m && m[1] !== '') {
    out.push(`${m[2]} ${m[1]}`, m[1], invertComma(m[1]));
  }
  return [...new Set(out.map(normaliseName))].filter((v) => v !== '');
}
