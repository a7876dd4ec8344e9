// A country's UN peace operations (DPPA list, repaired), with dates, headquarters and the
// resolution that established each, as the operations core linked it.
import { useApi } from '../api.ts';
import { DataTable } from '../components/data-table.tsx';
import { Show } from '../components/status.tsx';
import { Link } from '../router.tsx';
import type { CountryInfo } from './country-page.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type Operation = ApiAnswer<'/api/operations'>[number];

export function CountryOperations({ country }: { country: CountryInfo }) {
  const endpoint = `/api/operations?country=${country.iso3}`;
  const ops = useApi<Operation[]>(endpoint);
  return (
    <section aria-labelledby="ops-title">
      <h2 id="ops-title">UN peace operations</h2>
      <Show loaded={ops} what="peace operations">
        {(rows) =>
          rows.length === 0 ? (
            <p>
              No UN peace operation in the DPPA list is deployed in {country.name} (operations spanning several
              countries are listed without one).
            </p>
          ) : (
            <DataTable
              caption={`Operations deployed in ${country.name}`}
              source={endpoint}
              rows={rows}
              columns={[
                {
                  key: 'acronym',
                  label: 'Operation',
                  render: (o) => (
                    <>
                      <strong>{o.acronym}</strong>
                      <br />
                      <small>{o.name}</small>
                    </>
                  ),
                },
                { key: 'startDate', label: 'Start', render: (o) => o.startDate ?? '?' },
                { key: 'endDate', label: 'End', render: (o) => o.endDate ?? (o.active ? 'active' : '?') },
                { key: 'location', label: 'Headquarters' },
                {
                  key: 'establishedBy',
                  label: 'Established by',
                  render: (o) =>
                    o.establishedBy ? (
                      <Link href={`/council?resolution=${o.establishedBy.resolution}`}>
                        S/RES/{o.establishedBy.resolution}
                        {o.establishedBy.adoptedOn ? ` (${o.establishedBy.adoptedOn})` : ''}
                      </Link>
                    ) : (
                      <small>not linked</small>
                    ),
                },
              ]}
            />
          )
        }
      </Show>
    </section>
  );
}
