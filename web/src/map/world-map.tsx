// The world map: Natural Earth 1:110m countries (world-atlas, bundled, no network), Equal Earth
// projection (d3-geo), each country coloured by a value and joined on its ISO 3166-1 numeric id.
// Hover or focus shows a tooltip; click, Enter or Space opens the country. The map is one tab
// stop (a roving tabindex, WAI-ARIA APG): the arrow keys move among the countries with data in
// the order of the list the caller gives (down/right: next, up/left: previous, Home/End), so
// the ranked list after the map is one Tab away (issue 15 item 7).
import { geoEqualEarth, geoPath } from 'd3-geo';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { noDataColour, riskLegend } from './risk-scale.ts';

export interface MapValue {
  iso3: string;
  name: string;
  colour: string;
  /** Tooltip and accessible label: "Sudan: 8.1% (rank 3 of 168)". */
  label: string;
}

const width = 960;
const height = 470;

interface Shape {
  id: number | null;
  name: string;
  d: string;
}

function shapes(): Shape[] {
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection);
  return fc.features
    .filter((f) => f.properties?.name !== 'Antarctica')
    .map((f) => ({ id: f.id === undefined ? null : Number(f.id), name: f.properties?.name ?? '', d: path(f) ?? '' }));
}

export function WorldMap({
  values,
  legendTitle,
  onSelect,
}: {
  values: ReadonlyMap<number, MapValue>;
  legendTitle: string;
  onSelect: (iso3: string) => void;
}) {
  const all = useMemo(shapes, []);
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);
  const show = (text: string, e: { clientX: number; clientY: number }, svg: Element | null) => {
    const box = svg?.getBoundingClientRect();
    setTip({ text, x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0) });
  };
  const order = useMemo(() => [...values.values()].map((v) => v.iso3), [values]);
  const [active, setActive] = useState<string | undefined>(undefined);
  const current = active !== undefined && order.includes(active) ? active : order[0];
  const svgRef = useRef<SVGSVGElement>(null);
  const key = (iso3: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(iso3);
      return;
    }
    const at = order.indexOf(iso3);
    const step: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowRight: at + 1,
      ArrowUp: at - 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: order.length - 1,
    };
    if (!(e.key in step)) return;
    e.preventDefault();
    const next = order[Math.max(0, Math.min(order.length - 1, step[e.key]))];
    setActive(next);
    svgRef.current?.querySelector<SVGPathElement>(`path.country[data-iso3="${next}"]`)?.focus();
  };
  return (
    <div className="map">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={`World map: ${legendTitle}. Arrow keys move between countries in rank order, Enter opens one.`}
      >
        <path
          d={
            geoPath(
              geoEqualEarth().fitExtent(
                [
                  [4, 4],
                  [width - 4, height - 4],
                ],
                { type: 'Sphere' },
              ),
            )({ type: 'Sphere' }) ?? ''
          }
          fill="#eef3f7"
          stroke="#c5d3de"
        />
        {all.map((s, i) => {
          const v = s.id === null ? undefined : values.get(s.id);
          if (!v) {
            return (
              <path
                key={i}
                d={s.d}
                fill={noDataColour}
                stroke="#fff"
                strokeWidth={0.5}
                onMouseMove={(e) => show(`${s.name}: no value`, e, e.currentTarget.ownerSVGElement)}
                onMouseLeave={() => setTip(null)}
              />
            );
          }
          return (
            <path
              key={i}
              d={s.d}
              fill={v.colour}
              stroke="#fff"
              strokeWidth={0.5}
              className="country"
              tabIndex={v.iso3 === current ? 0 : -1}
              role="link"
              aria-label={v.label}
              data-iso3={v.iso3}
              onClick={() => onSelect(v.iso3)}
              onKeyDown={key(v.iso3)}
              onMouseMove={(e) => show(v.label, e, e.currentTarget.ownerSVGElement)}
              onMouseLeave={() => setTip(null)}
              onFocus={(e) => {
                setActive(v.iso3);
                const b = e.currentTarget.getBBox();
                const svg = e.currentTarget.ownerSVGElement!;
                const scale = svg.getBoundingClientRect().width / width;
                setTip({ text: v.label, x: (b.x + b.width / 2) * scale, y: (b.y + b.height / 2) * scale });
              }}
              onBlur={() => setTip(null)}
            />
          );
        })}
      </svg>
      {tip ? (
        <div className="tooltip" role="tooltip" style={{ left: tip.x + 12, top: tip.y + 12 }}>
          {tip.text}
        </div>
      ) : null}
      <div className="legend" aria-label={`Legend: ${legendTitle}`}>
        <span className="legend-title">{legendTitle}</span>
        {riskLegend().map((l) => (
          <span key={l.label} className="legend-item">
            <span className="swatch" style={{ background: l.colour }} aria-hidden="true" />
            {l.label}
          </span>
        ))}
        <span className="legend-item">
          <span className="swatch" style={{ background: noDataColour }} aria-hidden="true" />
          no forecast
        </span>
      </div>
    </div>
  );
}
