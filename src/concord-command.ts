// How advice names a Concord command (issue 15 item 1): `concord` is not on the PATH after
// `npm install`, so every message that tells a user what to run names `./bin/concord` (README,
// "Command line"), through this one function rather than copies of the wording. `importCommand`
// is the one wording of "import the data first": it names the sources (`--only`) and the data
// directory (`--from`) whenever the bare `data import` would not find them.

/** The command line to run, in backquotes: concordCommand('data fetch') is "`./bin/concord data fetch`". */
export function concordCommand(args: string): string {
  return `\`./bin/concord ${args}\``;
}

/** A path as one shell word (single-quoted when it holds anything but safe characters). */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface ImportPlace {
  /** Source ids the message is about (`--only`); empty: every source. */
  sources: readonly string[];
  /** The directory `data import` reads when none is named (config's defaultDataDir), if any. */
  defaultDir: string | undefined;
  /** The directory the store last imported from, if it still exists. */
  recordedDir: string | undefined;
}

/**
 * The command that brings the named sources into the store from where the user is:
 * `data import` (with `--from DIR` when the data were imported from elsewhere than the default
 * directory, or when there is no default), else `data fetch` when no data directory is known.
 */
export function importCommand(p: ImportPlace): string {
  const only = p.sources.length ? ` --only ${p.sources.join(',')}` : '';
  if (p.defaultDir === undefined && p.recordedDir === undefined) return concordCommand(`data fetch${only}`);
  const from =
    p.recordedDir !== undefined && p.recordedDir !== p.defaultDir ? ` --from ${shellWord(p.recordedDir)}` : '';
  return concordCommand(`data import${from}${only}`);
}
