// EWP source: the current forecasts -> ewp_forecasts, one row per country (ewp_name) joining
// forecasts*.csv (published two-year risk and rank) with final_forecasts_data_*.csv (the
// other forecast horizons and the latest predictor values, kept as JSON).
import { join } from 'node:path';
import { IngestError } from '../errors.ts';
import { type CsvRow, readCsv } from '../formats/csv.ts';
import type { RowSink } from '../source.ts';
import { columnsJson } from './columns.ts';
import { ewpFiles } from './files.ts';
import { requiredText, UniqueKeys } from './row-checks.ts';

const riskColumn = 'risk_1or2.from2024';
const rankColumn = 'risk_rank.from2024';

function byName(rows: CsvRow[]): Map<string, CsvRow> {
  const keys = new UniqueKeys('ewp_name');
  const out = new Map<string, CsvRow>();
  for (const r of rows) {
    const name = requiredText(r, 'ewp_name');
    keys.add(r, name);
    out.set(name, r);
  }
  return out;
}

export async function loadForecasts(dir: string, sink: RowSink): Promise<void> {
  const published = byName(
    readCsv(join(dir, ewpFiles.forecasts), ewpFiles.forecasts, ['ewp_name', riskColumn, rankColumn]).rows,
  );
  const finalFile = readCsv(join(dir, ewpFiles.finalForecasts), ewpFiles.finalForecasts, ['ewp_name', 'ccode']);
  const details = byName(finalFile.rows);
  // the unnamed first column is R's row number
  const dataColumns = finalFile.header.filter((h) => h !== '' && h !== 'ewp_name' && h !== 'ccode');
  for (const [name, r] of details) {
    if (!published.has(name))
      throw new IngestError(r.file, r.line, `ewp_name "${name}" is not in ${ewpFiles.forecasts}`);
  }
  for (const [name, p] of published) {
    const d = details.get(name);
    if (!d) throw new IngestError(p.file, p.line, `ewp_name "${name}" is not in ${ewpFiles.finalForecasts}`);
    await sink.insert('ewp_forecasts', {
      ewp_name: name,
      ccode: d.int('ccode'),
      risk_1or2: p.num(riskColumn),
      rank: p.int(rankColumn),
      data: columnsJson(d, dataColumns),
    });
  }
}
