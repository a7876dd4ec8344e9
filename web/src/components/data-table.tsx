// A table of rows as the API returns them, with a caption and the CSV download of the same
// endpoint. Columns say what to show and how; numbers are right-aligned.
import type { ReactNode } from 'react';
import { csvHref } from '../api.ts';

export interface Column<T> {
  key: string;
  label: string;
  render?: (row: T) => ReactNode;
  numeric?: boolean;
}

export function CsvLink({ href, label = 'CSV' }: { href: string; label?: string }) {
  return (
    <a className="csv" href={csvHref(href)} download>
      {label}
    </a>
  );
}

export function DataTable<T extends object>({
  rows,
  columns,
  caption,
  source,
  maxRows,
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  caption: string;
  source: string;
  maxRows?: number;
}) {
  const shown = maxRows ? rows.slice(0, maxRows) : rows;
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {caption} <CsvLink href={source} label="download CSV" />
          {maxRows && rows.length > maxRows ? (
            <span className="note">
              {' '}
              (first {maxRows} of {rows.length} rows shown; the CSV has all)
            </span>
          ) : null}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.render ? c.render(r) : String((r as Record<string, unknown>)[c.key] ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
