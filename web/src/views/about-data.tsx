// "About the data": every source Concord imports, whether it is loaded here (and since when), its
// coverage (the years of the rows loaded), how current that is with a flag on sources that have
// gone stale (the rule is src/app/data-status.ts), rows, licence and the attribution its licence asks for.
import { useApi } from '../api.ts';
import { DataTable } from '../components/data-table.tsx';
import { Show } from '../components/status.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type SourceStatus = ApiAnswer<'/api/data/status'>[number];

const endpoint = '/api/data/status';

function upstreamLink(u: string) {
  return /^https?:\/\//.test(u) ? <a href={u}>{u.replace(/^https?:\/\//, '')}</a> : u;
}

export function AboutData() {
  const status = useApi<SourceStatus[]>(endpoint);
  return (
    <section>
      <h1>About the data</h1>
      <p>
        Concord reads public datasets in the formats their publishers release and never ships them; an installation
        imports them from a data directory or downloads them with <code>./bin/concord data fetch</code>. Each source's
        licence and the attribution it asks for are below. Coverage is the span of years of the rows loaded in this
        installation (a dash where the rows carry no year: the country list, the record table, the operations list,
        whose dates are per operation).
      </p>
      <Show loaded={status} what="data status">
        {(rows) => (
          <>
            <p>
              {rows.filter((r) => r.loaded).length} of {rows.length} sources loaded,{' '}
              {rows.reduce((a, r) => a + Object.values(r.rows).reduce((x, y) => x + y, 0), 0).toLocaleString('en')} rows
              in all.
            </p>
            {rows.some((r) => !r.loaded) && (
              <p className="warning" data-testid="missing-sources">
                Not loaded here:{' '}
                {rows
                  .filter((r) => !r.loaded)
                  .map((r) => r.title)
                  .join('; ')}
                . The views that need them say so; <code>./bin/concord data fetch</code> then{' '}
                <code>./bin/concord data import</code> (or the next <code>npm start</code>) loads what is available.
              </p>
            )}
            {rows.some((r) => r.stale) && (
              <p data-testid="stale-sources">
                <strong>Gone stale</strong> (coverage ends more than two years before this year; yearly data appear
                about a year after the year they describe):{' '}
                {rows
                  .filter((r) => r.stale)
                  .map((r) => `${r.title} (ends ${r.coverageEnd})`)
                  .join('; ')}
                .
              </p>
            )}
            <DataTable
              caption="Sources"
              source={endpoint}
              rows={rows}
              columns={[
                {
                  key: 'title',
                  label: 'Source',
                  render: (r) => (
                    <>
                      <strong>{r.title}</strong>
                      <br />
                      <small>{upstreamLink(r.upstream)}</small>
                    </>
                  ),
                },
                {
                  key: 'loaded',
                  label: 'Loaded',
                  render: (r) =>
                    r.loaded
                      ? `yes, ${r.importedAt?.slice(0, 10)}${r.importedDaysAgo === null ? '' : r.importedDaysAgo === 0 ? ' (today)' : ` (${r.importedDaysAgo} day${r.importedDaysAgo === 1 ? '' : 's'} ago)`}`
                      : 'no',
                },
                { key: 'years', label: 'Coverage', render: (r) => (r.years ? `${r.years[0]}–${r.years[1]}` : '—') },
                {
                  key: 'coverageEnd',
                  label: 'Current?',
                  render: (r) =>
                    r.coverageEnd === null ? (
                      '—'
                    ) : r.stale ? (
                      <span title={r.staleReason ?? ''}>
                        <strong>stale</strong>: ends {r.coverageEnd}, {r.coverageAgeYears} years ago
                      </span>
                    ) : (
                      `current: ends ${r.coverageEnd}${r.coverageAgeYears ? `, ${r.coverageAgeYears} year${r.coverageAgeYears === 1 ? '' : 's'} ago` : ''}`
                    ),
                },
                {
                  key: 'rows',
                  label: 'Rows',
                  numeric: true,
                  render: (r) =>
                    Object.entries(r.rows)
                      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
                      .join(', '),
                },
                { key: 'licence', label: 'Licence' },
                { key: 'attribution', label: 'Attribution' },
              ]}
            />
          </>
        )}
      </Show>
      <p>
        Country outlines on the map: Natural Earth 1:110m via{' '}
        <a href="https://github.com/topojson/world-atlas">world-atlas</a> (public domain). Charts drawn with Observable
        Plot. The API is documented at <a href="/api/docs">/api/docs</a> (<a href="/api/openapi.json">OpenAPI</a>).
      </p>
    </section>
  );
}
