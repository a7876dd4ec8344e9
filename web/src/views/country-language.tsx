// A country's General Debate language over time: how often its speeches use "responsibility to
// protect", "human security" and "sovereignty", and the balance of Krause's three optics in its
// paragraphs. Needs the General Debate norms index; when it is not built yet, the section offers
// to build it (one to two minutes, once) rather than starting it unasked. A year without a speech
// by the country (before it joined the UN, or a session it did not address) is a gap in the
// lines, not a year of zero mentions (issue 15 item 6).
import { useState } from 'react';
import { useApi } from '../api.ts';
import { LineChart } from '../charts/line-chart.tsx';
import { Show } from '../components/status.tsx';
import type { CountryInfo } from './country-page.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type Status = ApiAnswer<'/api/norms/status'>[number];
type SeriesRow = ApiAnswer<'/api/norms/series'>['rows'][number];
type Optic = ApiAnswer<'/api/norms/optics'>[number];

/** The years the country spoke: a year without a speech has no mentions to count (a gap, not 0). */
const spoken = (rows: readonly SeriesRow[]) => rows.filter((r) => r.documents > 0);

export function CountryLanguage({ country }: { country: CountryInfo }) {
  const status = useApi<Status[]>('/api/norms/status');
  const [asked, setAsked] = useState(false);
  return (
    <section aria-labelledby="lang-title">
      <h2 id="lang-title">General Debate language</h2>
      <Show loaded={status} what="the norms index">
        {(s) => {
          const gd = s.find((x) => x.corpus === 'ungdc');
          if (gd?.state === 'not-imported') return <p className="note">{gd.message}.</p>;
          if (!asked && gd?.state === 'not-built') {
            return (
              <p>
                {gd.message}.{' '}
                <button type="button" className="secondary" onClick={() => setAsked(true)}>
                  Build it and show {country.name}'s language
                </button>
              </p>
            );
          }
          return <Language country={country} />;
        }}
      </Show>
    </section>
  );
}

function Language({ country }: { country: CountryInfo }) {
  const q = new URLSearchParams({
    phrase: 'responsibility to protect',
    compare: 'human security',
    country: country.iso3,
  });
  const series = useApi<{ rows: SeriesRow[] }>(`/api/norms/series?${q}`);
  const sov = useApi<{ rows: SeriesRow[] }>(
    `/api/norms/series?${new URLSearchParams({ phrase: 'sovereignty', country: country.iso3 })}`,
  );
  const optics = useApi<Optic[]>(`/api/norms/optics?country=${country.iso3}`);
  return (
    <div className="grid2">
      <Show loaded={series} what="phrase series">
        {(s) => (
          <LineChart
            title={`Mentions per year in ${country.name}'s speeches`}
            data={spoken(s.rows)}
            x="year"
            y="mentions"
            z="phrase"
            yLabel="mentions"
            csv={`/api/norms/series?${q}`}
          />
        )}
      </Show>
      <Show loaded={sov} what="phrase series">
        {(s) => (
          <LineChart
            title={`“sovereignty” per year in ${country.name}'s speeches`}
            data={spoken(s.rows)}
            x="year"
            y="mentions"
            yLabel="mentions"
            csv={`/api/norms/series?phrase=sovereignty&country=${country.iso3}`}
          />
        )}
      </Show>
      <Show loaded={optics} what="the optics">
        {(rows) => (
          <LineChart
            title={`Krause's optics in ${country.name}'s paragraphs (share of those read through an optic)`}
            data={rows.flatMap((r) =>
              (['stability', 'order', 'justice'] as const).flatMap((o) => {
                const v = r[`${o}Share`];
                return v === null ? [] : [{ year: r.year, optic: o, share: v }];
              }),
            )}
            x="year"
            y="share"
            z="optic"
            yLabel="share of paragraphs"
            percent
            csv={`/api/norms/optics?country=${country.iso3}`}
          />
        )}
      </Show>
    </div>
  );
}
