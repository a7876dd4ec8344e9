// Country outlines as plain data, and how far a point lies from one: 0 inside, else the
// distance in kilometres to the nearest edge (equirectangular approximation, good to a few per
// cent at the short distances that matter). Used to tell whether coordinates fall in a country.

/** A closed ring of [lon, lat] positions. */
export type Ring = readonly (readonly [number, number])[];
/** A polygon: an outer ring, then holes. */
export type Polygon = readonly Ring[];

export interface Outline {
  polygons: readonly Polygon[];
}

const kmPerDegree = 111.195;

/** The outline in a GeoJSON Polygon, MultiPolygon, Feature or FeatureCollection. */
export function outlineFromGeoJson(json: unknown): Outline {
  const polygons: Polygon[] = [];
  const visit = (g: unknown): void => {
    if (!g || typeof g !== 'object') return;
    const o = g as { type?: string; coordinates?: unknown; geometry?: unknown; features?: unknown[] };
    if (o.type === 'FeatureCollection') for (const f of o.features ?? []) visit(f);
    else if (o.type === 'Feature') visit(o.geometry);
    else if (o.type === 'Polygon') polygons.push(o.coordinates as Polygon);
    else if (o.type === 'MultiPolygon') polygons.push(...(o.coordinates as Polygon[]));
  };
  visit(json);
  if (polygons.length === 0) throw new Error('GeoJSON holds no polygon');
  return { polygons };
}

function inRing(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether the point lies inside the outline (holes excluded). */
export function contains(outline: Outline, lon: number, lat: number): boolean {
  return outline.polygons.some(
    (p) => p.length > 0 && inRing(p[0], lon, lat) && !p.slice(1).some((h) => inRing(h, lon, lat)),
  );
}

function segmentDistanceKm(
  lon: number,
  lat: number,
  a: readonly [number, number],
  b: readonly [number, number],
): number {
  const k = Math.cos((lat * Math.PI) / 180);
  const ax = (a[0] - lon) * k,
    ay = a[1] - lat;
  const bx = (b[0] - lon) * k,
    by = b[1] - lat;
  const dx = bx - ax,
    dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy) * kmPerDegree;
}

/** 0 when the point is inside the outline, else its distance in km to the nearest edge. */
export function distanceKm(outline: Outline, lon: number, lat: number): number {
  if (contains(outline, lon, lat)) return 0;
  let best = Infinity;
  for (const polygon of outline.polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistanceKm(lon, lat, ring[i - 1], ring[i]));
    }
  }
  return best;
}
