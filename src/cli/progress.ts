// Progress bars for long jobs: one bar per source on a terminal (cli-progress), silent otherwise.
import cliProgress from 'cli-progress';

export interface ProgressBars {
  start(key: string, label: string): void;
  update(key: string, done: number, total: number): void;
  stop(key: string): void;
  /** Prints a line above the bars (or to stdout when there are none). */
  log(line: string): void;
  close(): void;
}

export function progressBars(stream: NodeJS.WriteStream = process.stderr): ProgressBars {
  if (!stream.isTTY)
    return { start() {}, update() {}, stop() {}, log: (line) => process.stdout.write(`${line}\n`), close() {} };
  const multi = new cliProgress.MultiBar(
    { stream, clearOnComplete: true, hideCursor: true, format: ' {label} [{bar}] {percentage}%' },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  return {
    start(key, label) {
      bars.set(key, multi.create(1, 0, { label: label.padEnd(22) }));
    },
    update(key, done, total) {
      const bar = bars.get(key);
      if (!bar) return;
      bar.setTotal(Math.max(total, 1));
      bar.update(done);
    },
    stop(key) {
      const bar = bars.get(key);
      if (bar) multi.remove(bar);
      bars.delete(key);
    },
    log(line) {
      multi.log(`${line}\n`);
    },
    close() {
      multi.update(); // flushes lines logged since the last redraw
      multi.stop();
    },
  };
}
