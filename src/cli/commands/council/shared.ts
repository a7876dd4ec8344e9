// Helpers shared by the `concord council ...` and `concord resolutions ...` subcommands: writing
// one answer to stdout, percentages, shortened cells and comma-separated member lists.

export const out = (s: string): void => {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
};

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
export const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
