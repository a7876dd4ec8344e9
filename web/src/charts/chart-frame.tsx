// The frame every chart sits in: a figure with a title, the Observable Plot SVG, a text
// alternative (a sentence describing what the chart shows, read by screen readers and shown to
// everyone) and the CSV download of the data behind it.
import { useEffect, useRef } from 'react';
import { CsvLink } from '../components/data-table.tsx';

export interface ChartFrameProps {
  title: string;
  /** The text alternative: what the chart shows, in words and numbers. */
  summary: string;
  /** API endpoint of the chart's data (its CSV is offered for download). */
  csv: string;
  /** Builds the plot's element; re-run when `deps` change. */
  render: (width: number) => SVGSVGElement | HTMLElement;
  deps: readonly unknown[];
}

export function ChartFrame({ title, summary, csv, render, deps }: ChartFrameProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const plot = render(Math.max(320, Math.min(el.clientWidth || 720, 960)));
    plot.setAttribute('aria-hidden', 'true');
    el.replaceChildren(plot);
    return () => plot.remove();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong> <CsvLink href={csv} label="CSV" />
      </figcaption>
      <div ref={host} className="plot" />
      <p className="alt">{summary}</p>
    </figure>
  );
}
