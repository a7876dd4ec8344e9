// The three Our World in Data indicator sources, each a grapher CSV into the shared
// `indicators` table (rows with source = its id): PITF genocide/politicide (`owid-pitf`), UCDP
// deaths in conflicts and one-sided violence (`owid-ucdp-deaths`), and Fariss et al.'s latent
// human rights protection scores (`owid-fariss`). Licences as in SOURCES.md.
import type { RowSink, Source } from '../source.ts';
import { loadOwidIndicator, type OwidIndicatorFile } from './indicator-file.ts';

interface OwidSourceSpec extends OwidIndicatorFile {
  title: string;
  licence: string;
  attribution: string;
}

function owidSource(spec: OwidSourceSpec): Source {
  return {
    id: spec.source,
    title: spec.title,
    licence: spec.licence,
    attribution: spec.attribution,
    upstream: 'Our World in Data (ourworldindata.org)',
    files: [{ path: spec.path }],
    tables: ['indicators'],
    version: 1,
    load: (dir: string, sink: RowSink) => loadOwidIndicator(spec, dir, sink),
  };
}

export const owidSources: Source[] = [
  owidSource({
    source: 'owid-pitf',
    path: 'owid/pitf-genocide-politicide.csv',
    column: 'Genocide indicator (PITF)',
    indicator: 'pitf_genocide_politicide',
    title: 'PITF genocide and politicide indicator (Our World in Data)',
    licence: 'cite (PITF, via Our World in Data)',
    attribution:
      'Political Instability Task Force, State Failure Problem Set (genocides and politicides); processed by Our World in Data',
  }),
  owidSource({
    source: 'owid-ucdp-deaths',
    path: 'owid/ucdp-conflict-deaths-by-country-2019.csv',
    column: 'Violent deaths in conflicts and one-sided violence (UCDP 2019)',
    indicator: 'ucdp_conflict_deaths',
    title: 'Violent deaths in conflicts and one-sided violence by country, UCDP 2019 (Our World in Data)',
    licence: 'CC BY 4.0',
    attribution: 'Uppsala Conflict Data Program (UCDP, 2019); processed by Our World in Data',
  }),
  owidSource({
    source: 'owid-fariss',
    path: 'owid/human-rights-protection-fariss-2020.csv',
    column: 'Human rights protection',
    indicator: 'human_rights_protection',
    title: 'Latent human rights protection scores, Fariss et al. 2020 (Our World in Data)',
    licence: 'CC BY 4.0',
    attribution:
      'Fariss, Kenwick and Reuning (2020), Latent Human Rights Protection Scores version 4; processed by Our World in Data',
  }),
];
