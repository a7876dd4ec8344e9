// The situation room's front page: the world map coloured by the current forecast of atrocity
// (mass-killing onset) risk, with the full ranked list below it (ranked-list.tsx); a click, or Enter on a focused
// country, opens the country's page.
import { useMemo } from 'react';
import { useApi } from '../api.ts';
import { Show } from '../components/status.tsx';
import { percent, riskColour } from '../map/risk-scale.ts';
import { type MapValue, WorldMap } from '../map/world-map.tsx';
import { navigate } from '../router.tsx';
import { RankedList } from './ranked-list.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

export type RiskMapRow = RiskMap['countries'][number];

export type RiskMap = ApiAnswer<'/api/risk/forecast'>;

export const riskMapEndpoint = '/api/risk/forecast';

export function MapView() {
  const map = useApi<RiskMap>(riskMapEndpoint);
  return (
    <section>
      <h1>Situation room</h1>
      <Show loaded={map} what="the risk forecast">
        {(m) => <RiskWorld m={m} />}
      </Show>
    </section>
  );
}

function RiskWorld({ m }: { m: RiskMap }) {
  const values = useMemo(() => {
    const v = new Map<number, MapValue>();
    for (const c of m.countries) {
      if (c.isoNumeric === null) continue;
      const interval = c.low !== null && c.high !== null ? `, interval ${percent(c.low)}–${percent(c.high)}` : '';
      v.set(c.isoNumeric, {
        iso3: c.iso3,
        name: c.name,
        colour: riskColour(c.probability),
        label: `${c.name}: ${percent(c.probability)} (rank ${c.rank} of ${m.countries.length}${interval})`,
      });
    }
    return v;
  }, [m]);
  return (
    <>
      <p className="lede">{m.description}</p>
      <WorldMap values={values} legendTitle={m.label} onSelect={(iso3) => navigate(`/country/${iso3}`)} />
      <RankedList m={m} endpoint={riskMapEndpoint} />
    </>
  );
}
