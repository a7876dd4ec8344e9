// Tests of the outcome cell reader (outcomes.ts) on the shapes found in the tables, written with
// made-up symbols.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OutcomeSyntaxError, parseOutcomes } from './outcomes.ts';

const brief = (cell: string, year = 2000) =>
  parseOutcomes(cell, year).map((o) => [
    o.kind,
    o.symbol,
    o.resolutionNumber,
    o.vetoedBy?.join('+') ?? null,
    o.tally?.text ?? null,
  ]);

test('resolutions with numeric and word tallies', () => {
  assert.deepEqual(brief('S/RES/9001 (2099)\n14-0-1'), [['resolution', 'S/RES/9001 (2099)', 9001, null, '14-0-1']]);
  assert.deepEqual(brief('S/RES/9001(2099) adopted unanimously S/RES/9002 (2099) without a vote'), [
    ['resolution', 'S/RES/9001 (2099)', 9001, null, 'adopted unanimously'],
    ['resolution', 'S/RES/9002 (2099)', 9002, null, 'adopted without vote'],
  ]);
  assert.deepEqual(brief('S/RES/9001 (2099) without voteS/RES/9002 (2099) 15-0-0'), [
    ['resolution', 'S/RES/9001 (2099)', 9001, null, 'adopted without vote'],
    ['resolution', 'S/RES/9002 (2099)', 9002, null, '15-0-0'],
  ]);
  assert.deepEqual(brief('S/RES/9001 (2099) 14-0-0 (1 absent)'), [
    ['resolution', 'S/RES/9001 (2099)', 9001, null, '14-0-0 (1 absent)'],
  ]);
  assert.deepEqual(brief('S/RES/9001 (2099) S/RES/9002 (2099)'), [
    ['resolution', 'S/RES/9001 (2099)', 9001, null, null],
    ['resolution', 'S/RES/9002 (2099)', 9002, null, null],
  ]);
});

test('presidential statements, new and old style, joined by "+"', () => {
  assert.deepEqual(brief('S/RES/9001 (2099) 15-0-0 + S/PRST/2099/7'), [
    ['resolution', 'S/RES/9001 (2099)', 9001, null, '15-0-0'],
    ['presidential_statement', 'S/PRST/2099/7', null, null, null],
  ]);
  assert.deepEqual(brief('S/RES/9001 (2099) 15-0-0S/PRST/2099/7'), [
    ['resolution', 'S/RES/9001 (2099)', 9001, null, '15-0-0'],
    ['presidential_statement', 'S/PRST/2099/7', null, null, null],
  ]);
  assert.deepEqual(brief('S/PRST/2099/8+S/PRST/2099/7'), [
    ['presidential_statement', 'S/PRST/2099/8', null, null, null],
    ['presidential_statement', 'S/PRST/2099/7', null, null, null],
  ]);
  assert.deepEqual(brief('S/RES/901 (1991) without vote\nS/99999 (PRST) and Corr.1', 1991), [
    ['resolution', 'S/RES/901 (1991)', 901, null, 'adopted without vote'],
    ['presidential_statement', 'S/99999', null, null, null],
  ]);
  assert.deepEqual(brief('S/PV.9999 (PRST)', 1980), [['presidential_statement', 'S/PV.9999', null, null, null]]);
});

test('drafts vetoed or not adopted, however they are written', () => {
  const cases: [string, number, unknown[][]][] = [
    [
      'Draft resolution S/2099/10 vetoed by Russian Federation 11-1-3',
      2000,
      [['draft_vetoed', 'S/2099/10', null, 'Russia', '11-1-3']],
    ],
    [
      'Draft resolutionS/2099/10vetoed by the Russian Federation\n14-1-0',
      2000,
      [['draft_vetoed', 'S/2099/10', null, 'Russia', '14-1-0']],
    ],
    [
      'Draft resolution S/2099/10\nvetoed by the Russian Federation11-1-3',
      2000,
      [['draft_vetoed', 'S/2099/10', null, 'Russia', '11-1-3']],
    ],
    [
      'Draft resolution S/99990/Rev.1 vetoed\nby USA, France and\nUK\n10-5-0',
      1977,
      [['draft_vetoed', 'S/99990/Rev.1', null, 'France+UK+USA', '10-5-0']],
    ],
    [
      'Draft resolution S/99990 vetoed by\nChina, Russian Federation\n13-2-0',
      2000,
      [['draft_vetoed', 'S/99990', null, 'China+Russia', '13-2-0']],
    ],
    [
      'Draft Resolution S/99990 vetoed by the United States 14-1-0',
      2000,
      [['draft_vetoed', 'S/99990', null, 'USA', '14-1-0']],
    ],
    [
      'Draft resolution S/2099/11 was not adopted\n2-0-13',
      2000,
      [['draft_not_adopted', 'S/2099/11', null, null, '2-0-13']],
    ],
    ['Draft resolution (S/2099/11) not adopted 7-0-8', 2000, [['draft_not_adopted', 'S/2099/11', null, null, '7-0-8']]],
    ['S/2099/12\nnot adopted\n5-0-10', 2000, [['draft_not_adopted', 'S/2099/12', null, null, '5-0-10']]],
    [
      'S/2099/12 vetoed by China, Russian Federation 13-2-0',
      2000,
      [['draft_vetoed', 'S/2099/12', null, 'China+Russia', '13-2-0']],
    ],
    [
      'Power Four draft resolution S/99991 vetoed by China\n11-1-3',
      1972,
      [['draft_vetoed', 'S/99991', null, 'China', '11-1-3']],
    ],
    [
      'Draft resolutions S/9990 &\nAdd.1 &\nS/9991 not adopted\n6-1-3',
      1947,
      [['draft_not_adopted', 'S/9990', null, null, '6-1-3']],
    ],
    [
      'Draft resolution S/9990 (incorporating amendment offered by Ruritania in S/9992) vetoed by USSR\n10-1-0',
      1958,
      [['draft_vetoed', 'S/9990', null, 'USSR', '10-1-0']],
    ],
    [
      'Draft resolution S/9990 (as amended) vetoed by\nUSSR 8-3-0',
      1964,
      [['draft_vetoed', 'S/9990', null, 'USSR', '8-3-0']],
    ],
  ];
  for (const [cell, year, want] of cases) assert.deepEqual(brief(cell, year), want, cell);
});

test('drafts named by the meeting record are each kept, identical or not', () => {
  assert.deepEqual(
    brief(
      'Draft resolution S/PV.999 vetoed by USSR\nDraft resolution S/PV.999 vetoed by USSR\nS/RES/999 (1946)\n11-0-0',
      1946,
    ),
    [
      ['draft_vetoed', 'S/PV.999', null, 'USSR', null],
      ['draft_vetoed', 'S/PV.999', null, 'USSR', null],
      ['resolution', 'S/RES/999 (1946)', 999, null, '11-0-0'],
    ],
  );
  assert.deepEqual(
    brief(
      'Draft resolution S/PV.998 (Ruritania) vetoed by USSR 8-2-1\nDraft resolution S/PV.998 (Utopia) vetoed by USSR 9-1-1',
      1946,
    ),
    [
      ['draft_vetoed', 'S/PV.998', null, 'USSR', '8-2-1'],
      ['draft_vetoed', 'S/PV.998', null, 'USSR', '9-1-1'],
    ],
  );
});

test('a tally that follows no decision and could not adopt anything is an unnamed failed draft', () => {
  assert.deepEqual(brief('2-0-13', 2021), [['draft_not_adopted', null, null, null, '2-0-13']]);
  assert.throws(() => parseOutcomes('12-0-3', 2021), OutcomeSyntaxError);
  assert.throws(() => parseOutcomes('adopted unanimously', 1950), OutcomeSyntaxError);
});

test('cells without decisions', () => {
  for (const cell of [
    '--',
    'Communiqué',
    'Note (S/2099/99)',
    'Letter(S/2099/98)',
    'Election of Ms. A (Ruritania)',
    'PRST unnumbered',
  ]) {
    assert.deepEqual(parseOutcomes(cell, 2000), [], cell);
  }
});

test('unreadable cells', () => {
  for (const cell of [
    'vetoed by USSR 9-2-0',
    'Draft resolution S/9990',
    'Draft resolution S/9990 S/RES/9001 (2099)',
    'Draft resolution S/9990 vetoed by Ruritania 9-2-0',
    'S/RES/9001 (2099) 15-0-0 15-0-0',
  ]) {
    assert.throws(() => parseOutcomes(cell, 2000), OutcomeSyntaxError, cell);
  }
});
