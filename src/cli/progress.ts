// Progress bars for long jobs: one bar per source on a terminal (cli-progress), silent otherwise.
import cliProgress from 'cli-progress';

export interface ProgressBars {
  start(key: string, label: string): void;
  update(key: string, done: number, total: number): void;
  stop(key: string): void;
  close(): void;
}

export function progressBars(stream: NodeJS.WriteStream = process.stderr): ProgressBars {
  if (!stream.isTTY) return { start() {}, update() {}, stop() {}, close() {} };
  const multi = new cliProgress.MultiBar(
    { stream, clearOnComplete: false, hideCursor: true, format: ' {label} [{bar}] {percentage}% | {eta_formatted} left' },
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
      if (bar) bar.update(bar.getTotal());
    },
    close() {
      multi.stop();
    },
  };
}
