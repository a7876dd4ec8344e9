// A country's atrocity risk: its rank and probability in the current forecast (with interval and
// drivers when the forecast is Concord's own), the Framework of Analysis evidence per risk factor,
// and the human-security profile. A value observed before the year shown (a series that ends
// early: Fariss 2019) carries its own year; each gap is said once: the gaps in the data ("Missing")
// apart from what no dataset holds ("Beyond the data"), as the API separates them (issue 15 item 6).
import { useApi } from '../api.ts';
import { CsvLink, DataTable } from '../components/data-table.tsx';
import { Show } from '../components/status.tsx';
import { ownYear } from '../charts/series-gaps.ts';
import { percent } from '../map/risk-scale.ts';
import type { CountryInfo } from './country-page.tsx';
import { CountryRiskHistory } from './country-risk-history.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type CountryRisk = ApiAnswer<'/api/risk/:iso3'>;
type Factor = ApiAnswer<'/api/risk/:iso3/factors'>[number];
type Profile = ApiAnswer<'/api/risk/:iso3/profile'>;

/** The year /api/risk/:iso3/factors answers for when none is asked (its `year` default). */
const shownYear = 2024;

/** An observation's year, marked when it is older than the year shown (it is not that year's value). */
function OwnYear({ year, shown }: { year: number; shown: number }) {
  const own = ownYear(year, shown);
  return own ? (
    <mark className="own-year" title={`latest value, from ${own}, not ${shown}`}>
      {own}
    </mark>
  ) : (
    String(year)
  );
}

export function CountryRiskSection({ country }: { country: CountryInfo }) {
  const endpoint = `/api/risk/${country.iso3}`;
  const risk = useApi<CountryRisk>(endpoint);
  return (
    <section aria-labelledby="risk-title">
      <h2 id="risk-title">Atrocity risk</h2>
      <Show loaded={risk} what="the risk forecast">
        {(r) =>
          !r.forecast ? (
            <p>
              {country.name} is not in the {r.label.split(':')[0]} ({r.of} countries).
            </p>
          ) : (
            <>
              <p>
                <span className="big" data-testid="risk-probability">
                  {percent(r.forecast.probability)}
                </span>{' '}
                rank <strong>{r.forecast.rank}</strong> of {r.of}
                {r.forecast.low !== null && r.forecast.high !== null
                  ? `, interval ${percent(r.forecast.low)}–${percent(r.forecast.high)}`
                  : ''}
              </p>
              <p className="note">
                {r.label}.
                {r.model === 'ewp-published'
                  ? " EWP publishes no interval or per-country drivers; Concord's own forecast will show them."
                  : ''}
              </p>
              {r.forecast.drivers ? (
                <DataTable
                  caption="Leading drivers (contribution to the log-odds against the average country)"
                  source={endpoint}
                  rows={r.forecast.drivers}
                  columns={[
                    { key: 'meaning', label: 'Predictor' },
                    { key: 'value', label: 'Value', numeric: true, render: (d) => d.value.toFixed(2) },
                    { key: 'average', label: 'Average country', numeric: true, render: (d) => d.average.toFixed(2) },
                    {
                      key: 'contribution',
                      label: 'Contribution',
                      numeric: true,
                      render: (d) => `${d.contribution > 0 ? '+' : ''}${d.contribution.toFixed(2)}`,
                    },
                  ]}
                />
              ) : null}
            </>
          )
        }
      </Show>
      <CountryRiskHistory country={country} />
    </section>
  );
}

export function CountryFactors({ country }: { country: CountryInfo }) {
  const endpoint = `/api/risk/${country.iso3}/factors`;
  const factors = useApi<Factor[]>(endpoint);
  return (
    <section aria-labelledby="factors-title">
      <h2 id="factors-title">
        Framework of Analysis risk factors <CsvLink href={endpoint} />
      </h2>
      <p className="note">
        What Concord's data say about each of the 14 risk factors of the UN Framework of Analysis for Atrocity Crimes
        (2014), for {shownYear}; a value from an earlier year (a series that ends sooner) is marked with its own year.
        Each factor also says what the data cannot tell.
      </p>
      <Show loaded={factors} what="the risk factors">
        {(fs) => (
          <div>
            {fs.map((f) => (
              <details key={f.factor} open={f.evidence.some((e) => e.signal === 'risk')}>
                <summary>
                  <strong>
                    {f.factor}. {f.name}
                  </strong>{' '}
                  <small>({f.group})</small>{' '}
                  {f.evidence.filter((e) => e.signal === 'risk').length > 0 ? (
                    <span className="pill">
                      {f.evidence.filter((e) => e.signal === 'risk').length} risk signal
                      {f.evidence.filter((e) => e.signal === 'risk').length > 1 ? 's' : ''}
                    </span>
                  ) : null}
                </summary>
                <ul>
                  {f.evidence.map((e, i) => (
                    <li key={i}>
                      <span className="pill">{e.signal}</span> {e.indicator ? `${e.indicator} ` : ''}
                      {e.measure}, <OwnYear year={e.year} shown={shownYear} />: {e.reading} <small>({e.source})</small>
                    </li>
                  ))}
                  {f.evidence.length === 0 ? <li className="note">No evidence in Concord's data.</li> : null}
                  {f.missing.map((m) => (
                    <li key={m} className="note">
                      Missing: {m}
                    </li>
                  ))}
                  <li className="note">Beyond the data: {f.beyondData}</li>
                </ul>
              </details>
            ))}
          </div>
        )}
      </Show>
    </section>
  );
}

export function CountryProfile({ country }: { country: CountryInfo }) {
  const endpoint = `/api/risk/${country.iso3}/profile`;
  const profile = useApi<Profile>(endpoint);
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">Human-security profile</h2>
      <Show loaded={profile} what="the human-security profile">
        {(p) => (
          <DataTable
            caption={`UNDP 1994's seven dimensions, ${p.year}; a value from an earlier year (a series that ends sooner) is marked with its own year`}
            source={endpoint}
            rows={p.dimensions}
            columns={[
              { key: 'dimension', label: 'Dimension' },
              {
                key: 'measures',
                label: 'Measures',
                render: (d) =>
                  d.measures.length ? (
                    <ul className="plain">
                      {d.measures.map((m) => (
                        <li key={m.measure}>
                          {m.measure}:{' '}
                          {m.flag
                            ? `${m.value === 1 ? 'yes' : 'no'}${m.unit ? ` [${m.unit}]` : ''}`
                            : `${m.value.toLocaleString('en', { maximumFractionDigits: 2 })} ${m.unit}`}{' '}
                          (
                          <OwnYear year={m.year} shown={p.year} />, {m.source})
                        </li>
                      ))}
                    </ul>
                  ) : (
                    '—'
                  ),
              },
              { key: 'gaps', label: 'Gaps', render: (d) => <small>{d.gaps.join('; ')}</small> },
            ]}
          />
        )}
      </Show>
    </section>
  );
}
