// The UCDP Battle-Related Deaths source (`ucdp-battle-deaths`): the dyad-year file
// ucdp/BattleDeaths_v25_1.csv -> battle_deaths, one row per conflict dyad and year with the
// best, low and high estimates of battle-related deaths.
import { join } from 'node:path';
import { requiredText, UniqueKeys } from '../ewp/row-checks.ts';
import { readCsv } from '../formats/csv.ts';
import type { RowSink, Source } from '../source.ts';
import { codeList, requiredCodeList } from './code-list.ts';

const file = 'ucdp/BattleDeaths_v25_1.csv';

const columns = [
  'conflict_id',
  'dyad_id',
  'location_inc',
  'side_a',
  'side_a_id',
  'side_a_2nd',
  'side_b',
  'side_b_id',
  'side_b_2nd',
  'incompatibility',
  'territory_name',
  'year',
  'bd_best',
  'bd_low',
  'bd_high',
  'type_of_conflict',
  'battle_location',
  'gwno_a',
  'gwno_a_2nd',
  'gwno_b',
  'gwno_b_2nd',
  'gwno_loc',
  'gwno_battle',
  'region',
];

export const battleDeathsSource: Source = {
  id: 'ucdp-battle-deaths',
  title: 'UCDP Battle-Related Deaths Dataset version 25.1 (dyad-year)',
  licence: 'CC BY 4.0',
  attribution:
    'UCDP Battle-Related Deaths Dataset version 25.1, Uppsala Conflict Data Program, Uppsala University; cite Davies, Pettersson & Öberg',
  upstream: 'https://ucdp.uu.se/downloads/',
  files: [{ path: file }],
  tables: ['battle_deaths'],
  version: 1,
  async load(dir: string, sink: RowSink): Promise<void> {
    const { rows } = readCsv(join(dir, file), file, columns);
    const keys = new UniqueKeys('dyad-year');
    for (const r of rows) {
      const dyad_id = r.requiredInt('dyad_id');
      const year = r.requiredInt('year');
      keys.add(r, dyad_id, year);
      await sink.insert('battle_deaths', {
        conflict_id: r.requiredInt('conflict_id'),
        dyad_id,
        year,
        location: requiredText(r, 'location_inc'),
        side_a: requiredText(r, 'side_a'),
        side_a_id: requiredCodeList(r, 'side_a_id'),
        side_a_2nd: r.text('side_a_2nd'),
        side_b: requiredText(r, 'side_b'),
        side_b_id: requiredCodeList(r, 'side_b_id'),
        side_b_2nd: r.text('side_b_2nd'),
        incompatibility: r.requiredInt('incompatibility'),
        territory_name: r.text('territory_name'),
        type_of_conflict: r.requiredInt('type_of_conflict'),
        bd_best: r.requiredInt('bd_best'),
        bd_low: r.int('bd_low'),
        bd_high: r.int('bd_high'),
        battle_location: r.text('battle_location'),
        gwno_a: codeList(r, 'gwno_a'),
        gwno_a_2nd: codeList(r, 'gwno_a_2nd'),
        gwno_b: codeList(r, 'gwno_b'),
        gwno_b_2nd: codeList(r, 'gwno_b_2nd'),
        gwno_loc: codeList(r, 'gwno_loc'),
        gwno_battle: codeList(r, 'gwno_battle'),
        region: codeList(r, 'region'),
      });
    }
    sink.progress(1, 1);
  },
};
