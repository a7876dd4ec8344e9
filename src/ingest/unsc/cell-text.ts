// Turns the raw text of a meetings-table cell into the forms the loader stores: lines (one per
// <br>), agenda items (separated by an empty line, i.e. "<br> <br>"), flat text, and empty
// placeholders ("", "--", "none issued") read as absent.

/** Non-empty lines, each with inner whitespace collapsed. */
export function cellLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The cell as one line: all whitespace (line breaks included) collapsed to single spaces. */
export function flatText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Items separated by an empty line ("A<br><br>B"); a single <br> inside an item is a wrapped
 * line and becomes a space ("Letter ...<br>(S/4323,<br>S/4326)").
 */
export function cellItems(text: string): string[] {
  return text
    .split(/\n[^\S\n]*\n/)
    .map(flatText)
    .filter(Boolean);
}

/** True when a cell holds nothing: empty, a dash placeholder ("--", "—"), or "none issued". */
export function isPlaceholder(text: string): boolean {
  return /^(?:-+|—|none issued|none)?$/i.test(flatText(text));
}
