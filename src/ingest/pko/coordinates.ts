// Coordinates of the DPPA list: reading a decimal comma, and telling when a longitude/latitude
// pair is swapped. A pair is judged swapped when the latitude is out of range and the longitude
// would not be, or when the pair as given lies outside the operation's area of deployment and
// the swapped pair inside it (within a tolerance, for coastal towns on simplified outlines).

export interface Coordinate {
  value: number;
  decimalComma: boolean;
}

/** A coordinate written with a decimal point or a decimal comma (already checked for form). */
export function readCoordinate(text: string): Coordinate {
  return { value: Number(text.replace(',', '.')), decimalComma: text.includes(',') };
}

/** Where an operation was deployed, as far as coordinates can be checked against it. */
export interface DeploymentArea {
  /** e.g. "MLI" or "EGY/PSE". */
  label: string;
  /** km from the point to the area (0 inside), or undefined where no outline is known. */
  distanceKm(lon: number, lat: number): number | undefined;
}

/** Points this close to an outline count as inside it. */
export const toleranceKm = 50;

/** Why (lon, lat) should be read as (lat, lon), or undefined when it should not. */
export function swapReason(lon: number, lat: number, area: DeploymentArea | undefined): string | undefined {
  if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) return 'latitude out of range: longitude and latitude swapped';
  if (!area) return undefined;
  const given = area.distanceKm(lon, lat);
  const swapped = area.distanceKm(lat, lon);
  if (given === undefined || swapped === undefined) return undefined;
  if (given > toleranceKm && swapped <= toleranceKm) {
    return `longitude and latitude swapped: the pair as given lies ${Math.round(given)} km outside the area of deployment (${area.label}), the swapped pair inside it`;
  }
  return undefined;
}
