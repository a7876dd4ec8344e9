// Tests of the country-name resolver on the tricky names of OWID, EWP, UCDP and COW, on
// aggregates, and on the absence of spellings claimed by two countries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ambiguousSpellings, iso3ForName, normaliseName } from './index.ts';

const cases: [string, string][] = [
  ['Burma/Myanmar', 'MMR'],
  ['Myanmar (Burma)', 'MMR'],
  ["Cote d'Ivoire", 'CIV'],
  ['Cote D’Ivoire', 'CIV'],
  ['Côte d’Ivoire', 'CIV'],
  ['Ivory Coast', 'CIV'],
  ['Congo', 'COG'],
  ['Republic of Congo', 'COG'],
  ['Democratic Republic of Congo', 'COD'],
  ['Democratic Republic of the Congo', 'COD'],
  ['Congo, Democratic Republic of (Zaire)', 'COD'],
  ['DR Congo (Zaire)', 'COD'],
  ['Korea, Republic of', 'KOR'],
  ["Korea, People's Republic of", 'PRK'],
  ['North Korea', 'PRK'],
  ['Germany (East)', 'DDR'],
  ['German Democratic Republic', 'DDR'],
  ['East Germany', 'DDR'],
  ['West Germany', 'DEU'],
  ['Russia (Soviet Union)', 'RUS'],
  ['USSR', 'SUN'],
  ['Serbia (Yugoslavia)', 'SRB'],
  ['Yugoslavia', 'YUG'],
  ['Yemen Arab Republic', 'YEM'],
  ['Yemen (North Yemen)', 'YEM'],
  ["Yemen People's Republic", 'YMD'],
  ["People's Republic of Yemen", 'YMD'],
  ['Republic of Vietnam', 'RVN'],
  ['Vietnam (North Vietnam)', 'VNM'],
  ['Democratic Republic of Vietnam', 'VNM'],
  ['Macedonia (Former Yugoslav Republic of)', 'MKD'],
  ['Macedonia', 'MKD'],
  ['Bosnia-Herzegovina', 'BIH'],
  ['Kyrgystan', 'KGZ'],
  ['Kyrgyz Republic', 'KGZ'],
  ['Surinam', 'SUR'],
  ['Rumania', 'ROU'],
  ['Swaziland', 'SWZ'],
  ['The Gambia', 'GMB'],
  ['Timor', 'TLS'],
  ['East Timor', 'TLS'],
  ['Turkey (Ottoman Empire)', 'TUR'],
  ['Türkiye', 'TUR'],
  ['Iran (Persia)', 'IRN'],
  ['Iran (Islamic Republic of)', 'IRN'],
  ['Bolivia (Plurinational State of)', 'BOL'],
  ['Micronesia (Federated States of)', 'FSM'],
  ['Micronesia', 'FSM'],
  ['Tanzania/Tanganyika', 'TZA'],
  ['Italy/Sardinia', 'ITA'],
  ['St. Lucia', 'LCA'],
  ['Saint Kitts & Nevis', 'KNA'],
  ['United States of America', 'USA'],
  ['Zanzibar', 'ZAN'],
  ['Czechoslovakia', 'CSK'],
  ['Kosovo', 'XKX'],
  ['Taiwan', 'TWN'],
  ['Niger', 'NER'],
  ['Nigeria', 'NGA'],
  ['Sudan', 'SDN'],
  ['South Sudan', 'SSD'],
  ['Republic of South Sudan', 'SSD'],
  ['Dominica', 'DMA'],
  ['Dominican Republic', 'DOM'],
  ['Guinea', 'GIN'],
  ['Equatorial Guinea', 'GNQ'],
  ['Papua New Guinea', 'PNG'],
  ['Holy See', 'VAT'],
];

test('tricky country names resolve to the right ISO3', () => {
  for (const [name, iso3] of cases) assert.equal(iso3ForName(name), iso3, name);
});

test('aggregates, regions and unknown names resolve to nothing', () => {
  for (const name of [
    'World',
    'Micronesia (region)',
    'European Union (27)',
    'European Union',
    'Africa',
    'High-income countries',
    'Asia (excl. China and India)',
    'West New Guinea',
    'Abyei',
    '',
    '  ',
  ]) {
    assert.equal(iso3ForName(name), undefined, name);
  }
});

test('normalisation ignores case, diacritics, apostrophes, punctuation and stop words', () => {
  assert.equal(normaliseName('  CÔTE d’IVOIRE '), 'cote divoire');
  assert.equal(normaliseName('Bosnia-Herzegovina'), normaliseName('Bosnia and Herzegovina'));
  assert.equal(normaliseName('St. Lucia'), 'saint lucia');
});

test('no spelling is claimed by two countries', () => {
  assert.deepEqual([...ambiguousSpellings().keys()], []);
});
