// A country's page: who it is (reference list), then one section per capability that speaks
// about it — risk, factors, profile, sovereignty, operations, Council record, General Debate
// language — each loaded from its own endpoint.
import { useApi } from '../api.ts';
import { Show } from '../components/status.tsx';
import { Link } from '../router.tsx';
import { countrySections } from './country-sections.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

export type CountryInfo = ApiAnswer<'/api/countries/:iso3'>;

export function CountryPage({ iso3 }: { iso3: string }) {
  const country = useApi<CountryInfo>(`/api/countries/${encodeURIComponent(iso3)}`);
  return (
    <Show loaded={country} what="the country">
      {(c) => (
        <article>
          <h1>{c.name}</h1>
          <p>
            <Link href={`/brief/${c.iso3}`}>Country brief to print</Link>
          </p>
          <dl className="facts">
            <dt>Codes</dt>
            <dd>
              {c.iso3}
              {c.iso2 ? ` / ${c.iso2}` : ''}
              {c.isoNumeric !== null ? ` / ${c.isoNumeric}` : ''}
            </dd>
            <dt>UN</dt>
            <dd>
              {c.unMember
                ? `Member State since ${c.unAdmission}${c.unGroup ? `, ${c.unGroup} Group` : ''}`
                : 'not a UN Member State'}
            </dd>
            <dt>Region</dt>
            <dd>{[c.subregion, c.region].filter(Boolean).join(', ') || '—'}</dd>
          </dl>
          {countrySections.map(({ id, Section }) => (
            <Section key={id} country={c} />
          ))}
        </article>
      )}
    </Show>
  );
}
