// A country's resolutions and presidential statements 2000-2026 (issue 14, item 8): those whose
// agenda item or UNBIS subjects name the country, with the agenda item, subjects, the strongest
// R2P reference and the vote (yes-no-abstain; a split when any member voted no or abstained).
import { useApi } from '../api.ts';
import { DataTable } from '../components/data-table.tsx';
import { Show } from '../components/status.tsx';
import type { CountryInfo } from './country-page.tsx';

interface Doc {
  symbol: string;
  kind: string;
  date: string;
  agendaItem: string | null;
  subjects: string[];
  r2p: string;
  r2pEvidence: string;
  vote: string | null;
  split: boolean | null;
}

export function CountryCouncilDocuments({ country }: { country: CountryInfo }) {
  const url = `/api/council/countries/${country.iso3}/documents`;
  const docs = useApi<Doc[]>(url);
  return (
    <section aria-labelledby="ccd-title">
      <h2 id="ccd-title">Council resolutions and statements 2000–2026</h2>
      <Show loaded={docs} what="the Council's documents">
        {(rows) =>
          rows.length === 0 ? (
            <p>
              No resolution or presidential statement of 2000–2026 names {country.name} in its agenda item or subjects.
            </p>
          ) : (
            <>
              <p className="note" data-testid="council-documents-summary">
                {rows.filter((r) => r.kind === 'resolution').length} resolutions and{' '}
                {rows.filter((r) => r.kind === 'statement').length} presidential statements;{' '}
                {rows.filter((r) => r.r2p === 'r2p' || r.r2p === 'population').length} refer to the responsibility to
                protect (r2p or population); {rows.filter((r) => r.split).length} resolutions adopted with a split vote.
              </p>
              <DataTable
                caption={`Resolutions and statements on ${country.name}, newest first`}
                source={url}
                rows={rows}
                maxRows={20}
                columns={[
                  { key: 'date', label: 'Date' },
                  { key: 'symbol', label: 'Symbol' },
                  { key: 'agendaItem', label: 'Agenda item', render: (d) => d.agendaItem ?? '' },
                  { key: 'subjects', label: 'Subjects', render: (d) => d.subjects.slice(0, 3).join('; ') },
                  {
                    key: 'r2p',
                    label: 'R2P reference',
                    render: (d) => (d.r2p === 'none' ? '—' : <span title={d.r2pEvidence}>{d.r2p}</span>),
                  },
                  {
                    key: 'vote',
                    label: 'Vote (yes-no-abst.)',
                    render: (d) => (d.vote === null ? '' : `${d.vote}${d.split ? ' split' : ''}`),
                  },
                ]}
              />
            </>
          )
        }
      </Show>
    </section>
  );
}
