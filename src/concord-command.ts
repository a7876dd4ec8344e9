// How advice names a Concord command (issue 15 item 1): `concord` is not on the PATH after
// `npm install`, so every message that tells a user what to run names `./bin/concord` (README,
// "Command line"), through this one function rather than copies of the wording.

/** The command line to run, in backquotes: concordCommand('data fetch') is "`./bin/concord data fetch`". */
export function concordCommand(args: string): string {
  return `\`./bin/concord ${args}\``;
}
