// The colour scale of the risk map: a probability of onset binned at 1, 2, 4 and 8 per cent
// (EWP's forecasts of mass-killing onset are mostly below 5 per cent; the highest near 15),
// coloured light to dark (ColorBrewer YlOrRd, colour-blind safe), grey where there is no value.
export const riskBins = [0.01, 0.02, 0.04, 0.08] as const;
export const riskColours = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;
export const noDataColour = '#d9d9d9';

export function riskColour(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return noDataColour;
  let i = 0;
  while (i < riskBins.length && p >= riskBins[i]) i++;
  return riskColours[i];
}

export function percent(p: number, digits = 1): string {
  return `${(p * 100).toFixed(digits)}%`;
}

/** Legend entries: label and colour of each bin. */
export function riskLegend(): { label: string; colour: string }[] {
  const edges = riskBins.map((b) => percent(b, 0));
  return riskColours.map((colour, i) => ({
    colour,
    label:
      i === 0
        ? `under ${edges[0]}`
        : i === riskColours.length - 1
          ? `${edges[i - 1]} or more`
          : `${edges[i - 1]} to ${edges[i]}`,
  }));
}
