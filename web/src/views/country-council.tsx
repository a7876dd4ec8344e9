// A country's Security Council record: meetings whose agenda items name the country (with the
// decisions taken) per year, and the vetoed drafts whose agenda item or topic names it. Matching
// is by the country's name in the agenda text, which the section says. Years before the country
// joined the UN are left out unless a resolution names it (no zero bars for years it was not a
// member, issue 15 item 6).
import { useApi } from '../api.ts';
import { BarChart } from '../charts/bar-chart.tsx';
import { sinceAdmission } from '../charts/series-gaps.ts';
import { DataTable } from '../components/data-table.tsx';
import { Show } from '../components/status.tsx';
import { Link } from '../router.tsx';
import type { CountryInfo } from './country-page.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type YearRecord = ApiAnswer<'/api/council/record'>[number];
type Veto = ApiAnswer<'/api/council/vetoes'>[number];

export function CountryCouncil({ country }: { country: CountryInfo }) {
  const topic = encodeURIComponent(country.name);
  const record = useApi<YearRecord[]>(`/api/council/record?topic=${topic}`);
  const vetoes = useApi<Veto[]>(`/api/council/vetoes?topic=${topic}`);
  return (
    <section aria-labelledby="cc-title">
      <h2 id="cc-title">Security Council record</h2>
      <p className="note">
        Meetings and vetoed drafts whose agenda item mentions “{country.name}” (meetings tables 1946 – June 2022, then
        the UN XML texts to 2026; names that changed or other spellings are not matched; years no source covers are
        gaps).
      </p>
      <Show loaded={record} what="the Council record">
        {(rows) =>
          rows.every((r) => !r.meetings && !r.resolutions) ? (
            <p>No meeting's agenda item mentions “{country.name}”.</p>
          ) : (
            <BarChart
              title={`Resolutions adopted on agenda items naming ${country.name}`}
              data={sinceAdmission(rows, country.unMember ? country.unAdmission : null, ['resolutions'])}
              x="year"
              y="resolutions"
              yLabel="resolutions"
              yearly
              csv={`/api/council/record?topic=${topic}`}
            />
          )
        }
      </Show>
      <Show loaded={vetoes} what="vetoes">
        {(rows) =>
          rows.length === 0 ? (
            <p>No vetoed draft's agenda item mentions “{country.name}”.</p>
          ) : (
            <DataTable
              caption={`Vetoed drafts (${rows.length})`}
              source={`/api/council/vetoes?topic=${topic}`}
              rows={rows}
              columns={[
                { key: 'date', label: 'Date' },
                { key: 'draft', label: 'Draft' },
                { key: 'members', label: 'Vetoed by', render: (v) => v.members.join(', ') },
                { key: 'tally', label: 'Tally' },
                { key: 'agendaItem', label: 'Agenda item' },
              ]}
            />
          )
        }
      </Show>
      <p>
        <Link href="/council">The Council's whole record, the resolution viewer and the vote simulator</Link>
      </p>
    </section>
  );
}
