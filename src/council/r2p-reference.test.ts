// Tests of the R2P reference classifier (r2p-reference.ts) on hand-built paragraphs written in
// the Council's style: each class of DOMAIN.md section 5, the strongest wins, evidence offsets,
// the series with its gap years, the firsts per agenda item and the follow-or-lead reading.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type CurvePoint,
  classifyR2p,
  firstReferences,
  followOrLead,
  type R2pDocument,
  r2pSeries,
  referencesIn,
} from './r2p-reference.ts';

function doc(symbol: string, paragraphs: string[], extra: Partial<R2pDocument> = {}): R2pDocument {
  return {
    symbol,
    kind: 'resolution',
    year: 2011,
    date: '2011-03-17',
    agendaItem: 'The situation in Libya',
    paragraphs: paragraphs.map((text, i) => ({
      index: i + 1,
      part: /^\d/.test(text) ? 'operative' : 'preamble',
      number: /^(\d+)\./.exec(text)?.[1] ?? null,
      text: text.replace(/^\d+\.\s*/, ''),
    })),
    ...extra,
  };
}

const classOf = (...ps: string[]) => classifyR2p(doc('S/RES/1 (2011)', ps)).class;

test('r2p: the four crimes in any order, World Summit paragraphs 138 and 139, the principle by name', () => {
  assert.equal(
    classOf(
      'Recalling the responsibility of each individual State to protect its populations from genocide, war crimes, ethnic cleansing and crimes against humanity,',
    ),
    'r2p',
  );
  assert.equal(
    classOf(
      'Reaffirming the primary responsibility of the Government to protect its populations from crimes against humanity, war crimes, ethnic cleansing, and genocide,',
    ),
    'r2p',
  );
  assert.equal(
    classOf('4. Reaffirms the provisions of paragraphs 138 and 139 of the 2005 World Summit Outcome Document;'),
    'r2p',
  );
  assert.equal(
    classOf('Stresses the importance of the responsibility to protect as outlined in the 2005 World Summit Outcome,'),
    'r2p',
  );
  assert.equal(
    classOf(
      "Recalling the role of the Secretary-General's Special Adviser on the Responsibility to Protect, whose functions include early warning,",
    ),
    'r2p',
  );
});

test('population: Pillar I without the crimes', () => {
  assert.equal(classOf("Recalling the Libyan authorities' responsibility to protect its population,"), 'population');
  assert.equal(
    classOf('Reiterating the responsibility of the Libyan authorities to protect the Libyan population,'),
    'population',
  );
  assert.equal(
    classOf('Stressing the primary responsibility of States to protect the population throughout their territory,'),
    'population',
  );
  assert.equal(
    classOf(
      'Emphasizing that the Government bears primary responsibility for protecting all populations within its territory,',
    ),
    'population',
  );
  // three crimes only: not r2p
  assert.equal(
    classOf(
      'Recalling its responsibility to protect its population from genocide, war crimes and crimes against humanity,',
    ),
    'population',
  );
});

test('civilians: protection of civilians, including "without prejudice to the responsibility of the Government"', () => {
  assert.equal(
    classOf(
      'Reaffirming that parties to armed conflict bear the primary responsibility to take all feasible steps to ensure the protection of affected civilians,',
    ),
    'civilians',
  );
  assert.equal(
    classOf(
      '16. Authorizes the mission, without prejudice to the responsibility of the Government of Lebanon, to protect civilians under imminent threat of physical violence;',
    ),
    'civilians',
  );
  assert.equal(classOf('Stressing the responsibility of all parties to protect the civilian population,'), 'civilians');
});

test('other and none: returnees, human rights, the security of citizens (aviation); no reference at all', () => {
  assert.equal(
    classOf(
      'Recalling the responsibility of the authorities to protect the returnees and to facilitate the return of the remaining displaced population,',
    ),
    'other',
  );
  assert.equal(
    classOf('Stressing the responsibility of States for promoting and protecting the human rights of all persons,'),
    'other',
  );
  assert.equal(
    classOf('Affirming the responsibility of States to protect the security of citizens and nationals on flights,'),
    'other',
  );
  assert.equal(
    classOf(
      'Bearing in mind its primary responsibility for the maintenance of international peace and security,',
      '1. Decides to remain seized of the matter;',
    ),
    'none',
  );
  assert.equal(classOf('Noting the protection of civilians in armed conflict,'), 'none');
});

test('the strongest reference decides; each reference keeps its own object', () => {
  const r = classifyR2p(
    doc('S/RES/2457 (2019)', [
      'Recalling that the prevention of conflict remains a primary responsibility of States, and further recalling their responsibility to protect civilians and to respect human rights, and further reaffirming the responsibility of each individual State to protect its populations from genocide, war crimes, ethnic cleansing, and crimes against humanity,',
      'Recalling the responsibility to protect returnees,',
    ]),
  );
  assert.equal(r.class, 'r2p');
  assert.deepEqual(
    r.evidence.map((e) => e.class),
    ['r2p', 'civilians', 'other'],
  );
});

test('evidence: paragraph index and number, offsets into the paragraph text, the quote', () => {
  const text =
    'Reaffirms the provisions of paragraphs 138 and 139 of the 2005 World Summit Outcome Document regarding the responsibility to protect populations from genocide, war crimes, ethnic cleansing and crimes against humanity;';
  const [first, second] = referencesIn({ index: 14, part: 'operative', number: '4', text });
  assert.deepEqual([first.paragraph, first.number, first.part], [14, '4', 'operative']);
  assert.equal(text.slice(first.start, first.end), first.quote);
  assert.equal(first.quote, 'paragraphs 138 and 139');
  assert.equal(
    second.quote,
    'responsibility to protect populations from genocide, war crimes, ethnic cleansing and crimes against humanity',
  );
  // typographic apostrophes do not move the offsets
  const t2 = 'Recalling the Libyan authorities\u2019 responsibility to protect the Libyan population,';
  const [e] = referencesIn({ index: 2, part: 'preamble', number: null, text: t2 });
  assert.equal(t2.slice(e.start, e.end), 'responsibility to protect the Libyan population');
});

test('series: a year without documents is a gap (nulls), never zero; references = r2p + population', () => {
  const rows = r2pSeries(
    [
      { year: 1994, class: 'none' },
      { year: 2000, class: 'population' },
      { year: 2000, class: 'civilians' },
      { year: 2000, class: 'r2p' },
      { year: 2000, class: 'none' },
    ],
    1994,
    2000,
  );
  assert.equal(rows.length, 7);
  assert.deepEqual(rows[1], { year: 1995, documents: null, counts: null, references: null, share: null });
  assert.equal(rows[0].references, 0);
  assert.equal(rows[6].references, 2);
  assert.equal(rows[6].share, 0.5);
});

test('first reference per agenda item (agenda wording compared without case or final full stop)', () => {
  const rs = [
    classifyR2p(
      doc(
        'S/RES/1973 (2011)',
        ['Reiterating the responsibility of the Libyan authorities to protect the Libyan population,'],
        { date: '2011-03-17', agendaItem: 'The situation in Libya.' },
      ),
    ),
    classifyR2p(
      doc('S/RES/1970 (2011)', ["Recalling the Libyan authorities' responsibility to protect its population,"], {
        date: '2011-02-26',
      }),
    ),
    classifyR2p(
      doc(
        'S/RES/2000 (2014)',
        [
          'Recalling the responsibility of each State to protect its populations from genocide, war crimes, ethnic cleansing and crimes against humanity,',
        ],
        { date: '2014-01-01', agendaItem: 'the situation in Libya' },
      ),
    ),
    classifyR2p(
      doc('S/RES/3 (2011)', ['Recalling the responsibility to protect civilians,'], {
        date: '2011-01-01',
        agendaItem: 'The situation in Mali',
      }),
    ),
  ];
  const f = firstReferences(rs);
  assert.equal(f.length, 1);
  assert.deepEqual(
    { ...f[0] },
    {
      agendaItem: 'The situation in Libya',
      symbol: 'S/RES/1970 (2011)',
      date: '2011-02-26',
      class: 'population',
      firstR2p: { symbol: 'S/RES/2000 (2014)', date: '2014-01-01' },
      references: 3,
    },
  );
});

test('follow or lead: a Council curve that copies the Debate two years later is read as following', () => {
  const debate = [0, 0, 0.1, 0.4, 0.2, 0.1, 0.3, 0.1, 0.05, 0.2].map((share, i) => ({ year: 2000 + i, share }));
  const council: CurvePoint[] = debate
    .map((p) => ({ year: p.year + 2, share: p.share as number | null }))
    .concat([
      { year: 2000, share: 0 },
      { year: 2001, share: null },
    ]);
  const r = followOrLead(council, debate, 3);
  assert.equal(r.bestLag, 2);
  assert.equal(r.debateFirst, 2002);
  assert.equal(r.councilFirst, 2004);
  assert.match(r.reading, /lags the Debate by 2/);
});
