// A country's page: who it is (reference list), then one section per capability that speaks
// about it — risk, factors, profile, sovereignty, operations, Council record, General Debate
// language — each loaded from its own endpoint.
import { useApi } from '../api.ts';
import { Show } from '../components/status.tsx';
import { countrySections } from './country-sections.tsx';

export interface CountryInfo {
  iso3: string;
  iso2: string | null;
  isoNumeric: number | null;
  name: string;
  kind: string;
  unMember: boolean;
  unAdmission: string | null;
  unGroup: string | null;
  region: string | null;
  subregion: string | null;
}

export function CountryPage({ iso3 }: { iso3: string }) {
  const country = useApi<CountryInfo>(`/api/countries/${encodeURIComponent(iso3)}`);
  return (
    <Show loaded={country} what="the country">
      {(c) => (
        <article>
          <h1>{c.name}</h1>
          <dl className="facts">
            <dt>Codes</dt>
            <dd>{c.iso3}{c.iso2 ? ` / ${c.iso2}` : ''}{c.isoNumeric !== null ? ` / ${c.isoNumeric}` : ''}</dd>
            <dt>UN</dt>
            <dd>{c.unMember ? `Member State since ${c.unAdmission}${c.unGroup ? `, ${c.unGroup} Group` : ''}` : 'not a UN Member State'}</dd>
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
