// The full ranked list of the current forecast (issue 15 item 4): every country with a forecast,
// sortable by each column (aria-sort on the header), filtered by region (the reference list's)
// and by R2P situation (the Council's texts 2000-2026 naming the country that refer to R2P,
// DOMAIN.md section 5), and searched by name or ISO3. Filters and sort are kept in the URL.
import { useMemo } from 'react';
import { useApi } from '../api.ts';
import { CountryLink } from '../components/country-link.tsx';
import { CsvLink } from '../components/data-table.tsx';
import { percent } from '../map/risk-scale.ts';
import { replaceParams, useLocation } from '../router.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';
import type { RiskMap } from './map-view.tsx';

type Country = ApiAnswer<'/api/countries'>[number];
type R2pCountry = ApiAnswer<'/api/council/r2p/countries'>[number];

export const r2pFilters = {
  '': 'any',
  referenced: 'the Council referred to R2P',
  named: 'named by the Council, no R2P reference',
  unnamed: 'not named in a Council text',
} as const;
type R2pFilter = keyof typeof r2pFilters;

interface Row {
  rank: number;
  iso3: string;
  name: string;
  region: string;
  probability: number;
  low: number | null;
  high: number | null;
  r2p: R2pCountry | undefined;
}

const sortKeys = ['rank', 'name', 'region', 'probability', 'r2p'] as const;
type SortKey = (typeof sortKeys)[number];

function compare(key: SortKey): (a: Row, b: Row) => number {
  switch (key) {
    case 'name':
      return (a, b) => a.name.localeCompare(b.name);
    case 'region':
      return (a, b) => a.region.localeCompare(b.region) || a.rank - b.rank;
    case 'probability':
      return (a, b) => a.probability - b.probability || b.rank - a.rank;
    case 'r2p':
      return (a, b) => (a.r2p?.references ?? -1) - (b.r2p?.references ?? -1) || b.rank - a.rank;
    default:
      return (a, b) => a.rank - b.rank;
  }
}

export function RankedList({ m, endpoint }: { m: RiskMap; endpoint: string }) {
  const { params } = useLocation();
  const countries = useApi<Country[]>('/api/countries');
  const r2p = useApi<R2pCountry[]>('/api/council/r2p/countries');
  const region = params.get('region') ?? '';
  const r2pFilter = (params.get('r2p') ?? '') as R2pFilter;
  const q = params.get('q') ?? '';
  const sort = (sortKeys as readonly string[]).includes(params.get('sort') ?? '')
    ? (params.get('sort') as SortKey)
    : 'rank';
  const desc = params.get('dir') === 'desc';
  const rows = useMemo<Row[]>(() => {
    const byIso = new Map(countries.state === 'ok' ? countries.data.map((c) => [c.iso3, c]) : []);
    const refs = new Map(r2p.state === 'ok' ? r2p.data.map((c) => [c.iso3, c]) : []);
    return m.countries.map((c) => ({
      rank: c.rank,
      iso3: c.iso3,
      name: c.name,
      region: byIso.get(c.iso3)?.region ?? '',
      probability: c.probability,
      low: c.low,
      high: c.high,
      r2p: refs.get(c.iso3),
    }));
  }, [m, countries, r2p]);
  const regions = useMemo(() => [...new Set(rows.map((r) => r.region).filter(Boolean))].sort(), [rows]);
  const shown = useMemo(() => {
    const words = q.trim().toLowerCase();
    const out = rows.filter(
      (r) =>
        (!region || r.region === region) &&
        (!words || r.name.toLowerCase().includes(words) || r.iso3.toLowerCase() === words) &&
        (r2pFilter === '' ||
          (r2pFilter === 'referenced' && (r.r2p?.references ?? 0) > 0) ||
          (r2pFilter === 'named' && r.r2p !== undefined && r.r2p.references === 0) ||
          (r2pFilter === 'unnamed' && r.r2p === undefined)),
    );
    const by = compare(sort);
    return out.sort((a, b) => (desc ? -by(a, b) : by(a, b)));
  }, [rows, q, region, r2pFilter, sort, desc]);
  const set = (p: Record<string, string | undefined>) => {
    replaceParams(p);
    window.dispatchEvent(new Event('concord:navigate'));
  };
  const header = (key: SortKey, label: string, numeric = false) => (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={sort === key ? (desc ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort"
        onClick={() => set({ sort: key, dir: sort === key && !desc ? 'desc' : undefined })}
      >
        {label}
        <span aria-hidden="true">{sort === key ? (desc ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
  return (
    <section aria-labelledby="ranked-list">
      <h2 id="ranked-list">Every country, ranked</h2>
      <form className="inline" onSubmit={(e) => e.preventDefault()} aria-label="Filter the ranked list">
        <label>
          Search
          <input
            type="search"
            value={q}
            placeholder="name or ISO3"
            onChange={(e) => set({ q: e.target.value })}
            data-testid="ranked-search"
          />
        </label>
        <label>
          Region
          <select value={region} onChange={(e) => set({ region: e.target.value })} data-testid="ranked-region">
            <option value="">all regions</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          R2P situation
          <select value={r2pFilter} onChange={(e) => set({ r2p: e.target.value })} data-testid="ranked-r2p">
            {Object.entries(r2pFilters).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
      </form>
      {r2p.state === 'error' ? <p className="note">R2P references unavailable: {r2p.error.message}</p> : null}
      <div className="table-wrap">
        <table data-testid="ranked-list">
          <caption>
            {m.label}: {shown.length} of {rows.length} countries shown <CsvLink href={endpoint} label="download CSV" />
          </caption>
          <thead>
            <tr>
              {header('rank', 'Rank', true)}
              {header('name', 'Country')}
              {header('region', 'Region')}
              {header('probability', 'Probability', true)}
              <th scope="col" className="num">
                Interval
              </th>
              {header('r2p', 'Council R2P references 2000–2026', true)}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.iso3} data-iso3={r.iso3}>
                <td className="num">{r.rank}</td>
                <td>
                  <CountryLink iso3={r.iso3}>{r.name}</CountryLink>
                </td>
                <td>{r.region || '—'}</td>
                <td className="num">{percent(r.probability)}</td>
                <td className="num">
                  {r.low !== null && r.high !== null ? `${percent(r.low)}–${percent(r.high)}` : '—'}
                </td>
                <td className="num">
                  {r.r2p !== undefined
                    ? `${r.r2p.references} of ${r.r2p.documents} texts`
                    : r2p.state === 'ok'
                      ? 'not named'
                      : r2p.state === 'error'
                        ? '—'
                        : '…'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="note">No country matches these filters.</p> : null}
      </div>
    </section>
  );
}
