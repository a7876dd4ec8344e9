// Tests of the UN Akoma Ntoso loaders (unxml-*) and the membership loader (unsc-members) on small
// data directories built here, one quirk of SOURCES.md each (non-XML files, duplicates, a
// statement among the resolutions, missing numbers, the 1995-1999 gap, the stray-close defect,
// a wrong cover symbol, prose dates, split member names, a member in two vote lists, empty and
// present-day names in the membership file), then (slow) the real folder when present.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedDataDir, tempDir, tempStore } from '../../../test/support.ts';
import { importSources } from '../run.ts';
import { sources } from '../registry.ts';
import { membershipSource } from '../unsc/membership.ts';
import { writeData } from '../../../test/fixtures/unsc.ts';
import { unxmlSources } from './index.ts';
import { parseXml, XmlError } from '../formats/xml.ts';

const ns = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:akn4un="http://un.org/akn4un"';

function akn(o: {
  name: string;
  symbol: string;
  date: string;
  preamble?: string[];
  operative: string[];
  votes?: Record<string, string[]>;
  counts?: Record<string, number>;
  workflow?: string;
  extraBody?: string;
}): string {
  const votes = o.votes
    ? `<analysis><parliamentary><voting>${Object.entries(o.votes)
        .map(
          ([k, names]) =>
            `<count value="${String(o.counts?.[k] ?? names.length).padStart(2, '0')}" refersTo="${k}"><akn4un:voters>${names.map((n) => `<organization refersTo="memberState">${n}</organization>`).join('')}</akn4un:voters></count>`,
        )
        .join('')}</voting></parliamentary></analysis>`
    : '';
  return `<akomaNtoso ${ns}>
  <statement name="${o.name}">
    <meta><identification source="#DGACM"><FRBRWork><FRBRdate date="${o.date}" name="adoption"></FRBRdate></FRBRWork></identification>
      <classification source="x"><keyword refersTo="agenda" value="X" showAs="The situation in Libya." dictionary="S/"></keyword>
        <keyword value="SANCTIONS" showAs="SANCTIONS" dictionary="UNBIS Thesaurus"></keyword></classification>
      <workflow source="#un">${o.workflow ?? `<step date="${o.date}" outcome="adopted" as="S/PV.6498" by="Adopted" />`}</workflow>${votes}
    </meta>
    <coverPage><p><docNumber refersTo="#symbol">${o.symbol}</docNumber></p></coverPage>
    ${o.preamble ? `<preamble><formula name="enactingFormula"><p><span class="italic">The Security Council</span>,</p></formula>${o.preamble.map((p) => `<container name="x"><p>\t<span class="italic">${p.split(' ')[0]}</span> ${p.split(' ').slice(1).join(' ')}</p></container>`).join('\n')}</preamble>` : ''}
    <mainBody>
      <paragraph eId="para_h" class="H23"><subheading>A heading</subheading></paragraph>
      ${o.operative.map((p, i) => `<paragraph eId="para_${i}"><num>${i + 1}.</num><content><p>${p}</p></content></paragraph>`).join('\n')}
      ${o.extraBody ?? ''}
    </mainBody>
  </statement>
</akomaNtoso>
`;
}

const res = (n: number, year: number, text: string) =>
  akn({
    name: 'resolution',
    symbol: `S/RES/${n}(${year})`,
    date: `${year}-03-17`,
    preamble: [
      'Recalling its resolution 1970 (2011),',
      'Acting under Chapter VII of the Charter of the United Nations,',
    ],
    operative: [text, 'Decides to remain seized of the matter.'],
  });

function prst(year: number, n: number, text: string, defect = false): string {
  const body = `<mainBody>
      <paragraph eId="para_1" class="H1">
        <span class="bold">Statement by the President of the Security Council</span>
      ${defect ? '</docTitle>\n      </p>' : '</paragraph>'}
      <alinea><content><p>At the 6621st meeting of the Security Council, the President made the following statement:</p></content></alinea>
      <paragraph eId="para_3"><content><p>“${text}</p></content></paragraph>
    </mainBody>`;
  return `<akomaNtoso ${ns}><statement name="presidentialStatement"><meta><identification source="#DGACM"><FRBRWork><FRBRdate date="${year}-09-22" name="x"></FRBRdate></FRBRWork></identification><workflow source="#un"><step date="${year}-09-22" outcome="" as="S/PV.6621" /></workflow></meta>
    <coverPage><p><docNumber refersTo="#symbol">S/PRST/${year}/${n}</docNumber></p></coverPage>
    ${body}</statement></akomaNtoso>\n`;
}

const council2011 = [
  'BOSNIA AND HERZEGOVINA',
  'BRAZIL',
  'CHINA',
  'COLOMBIA',
  'FRANCE',
  'GABON',
  'GERMANY',
  'INDIA',
  'LEBANON',
  'NIGERIA',
  'PORTUGAL',
  'RUSSIAN FEDERATION',
  'SOUTH AFRICA',
  'UNITED KINGDOM',
  'UNITED STATES',
];

function fixture(): string {
  const dir = tempDir();
  const meta = (n: number, extra: Record<string, unknown>) =>
    JSON.stringify({
      symbol: `S/RES/${n} (2011)`,
      adoption_date: 'on16 February 2011',
      adoption_meeting: '6498th meeting',
      agenda_item_name: 'The situation in Libya',
      draft_resolution: 'S/2011/142',
      chapter_VII: 'Chapter VII',
      MS_in_favour: [],
      MS_against: [],
      MS_abstaining: [],
      sponsors: ['FRANCE'],
      additional_sponsors: [],
      subjects: [
        ['SANCTIONS', 'UNBIS Thesaurus'],
        ['LIBYAN ARAB JAMAHIRIYA SITUATION', 'S/66'],
      ],
      ...extra,
    });
  writeData(dir, {
    'unsc/unxml/Pre-2020/2011/S_RES_1973_N1126839.xml': res(
      1973,
      2011,
      'Authorizes Member States to take all necessary measures to protect civilians in Ruritania;',
    ),
    'unsc/unxml/Pre-2020/2011/S_RES_1976_N1.xml': res(
      1976,
      2011,
      'Decides to extend the mandate of the mission in Utopia;',
    ),
    'unsc/unxml/Pre-2020/2012/S_RES_1973_N1126839.xml': res(1973, 2011, 'A second copy.'),
    'unsc/unxml/Pre-2020/2004/desktop.ini': '[.ShellClassInfo]',
    'unsc/unxml/2020/English/S_PRST_2020_11.xml': prst(2020, 11, 'The Security Council stands with Utopia.'),
    'unsc/unxml/2020/English/test': 'x',
    'unsc/unxml/PRST/2011/S_PRST_2011_18-1150935E.xml': prst(
      2011,
      18,
      'The Security Council recalls the responsibility to protect populations in Ruritania.',
      true,
    ),
    'unsc/unxml/PRST/2011/S_PRST_2011_18_0-1150936E.xml': prst(2011, 18, 'Duplicate.'),
    'unsc/unxml/PRST/2011/test.txt': 'x',
    'unsc/unxml/PRST/2020/S_PRST_2020_11.xml': prst(2020, 11, 'The Security Council stands with Utopia.'),
    'unsc/unxml/Not adopted/English/S_2024_255-2405905E.xml': akn({
      name: 'draftResolution',
      symbol: 'S/2024/255',
      date: '2024-03-28',
      operative: ['Decides to extend the mandate of the Panel of Experts;'],
      workflow:
        '<step date="2024-03-28" outcome="draftResolution" by="United States of America" /><step date="2024-03-28" outcome="veto" as="S/PV.9591" by="The draft resolution was not adopted due to the negative vote of 1 permanent member of the Security Council (Russian Federation)." />',
      votes: { inFavour: ['FRANCE', 'UNITED STATES', 'CHINA'], against: ['RUSSIAN FEDERATION'], abstaining: ['CHINA'] },
      counts: { inFavour: 2 },
    }),
    'unsc/unxml/data_extract/2011.json': [
      meta(1973, {
        MS_in_favour: [
          'BOSNIA AND HERZEGOVINA',
          'COLOMBIA',
          'FRANCE',
          'GABON',
          'LEBANON',
          'NIGERIA',
          'PORTUGAL',
          'SOUTH AFRICA',
          'UNITED KINGDOM',
          'UNITED STATES',
        ],
        MS_abstaining: ['BRAZIL', 'CHINA', 'GERMANY', 'INDIA', 'RUSSIAN FEDERATION'],
      }),
      meta(1976, {
        chapter_VII: '',
        adoption_date: '2011-04-01 00:00:00',
        MS_in_favour: ['CÔTE.', "D'IVOIRE", 'CHILEs'],
      }),
      meta(1976, { chapter_VII: 'N.A.' }),
    ].join('\n'),
    'unsc/DPPA-SCMembership.csv': [
      'id,year,security_council_member,last_update',
      '1,1974,Belarus,2026-07-02',
      '2,1974,USSR (Union of Soviet Socialist Republics),2026-07-02',
      '3,1964,,2026-07-02',
      '4,1982,Democratic Republic of the Congo,2026-07-02',
      '5,1961,Sri Lanka,2026-07-02',
      ...council2011.map(
        (n, i) =>
          `${10 + i},2011,${n.replace('UNITED KINGDOM', 'United Kingdom of Great Britain and Northern Ireland').replace('UNITED STATES', 'United States of America')},2026-07-02`,
      ),
    ].join('\n'),
  });
  for (let y = 2021; y <= 2026; y++) mkdirSync(join(dir, `unsc/unxml/${y}/English`), { recursive: true });
  return dir;
}

const withCountries = () => sources.filter((s) => unxmlSources.includes(s));

test('the XML sources load each quirk, report it in source_files, and answer through the council store', async () => {
  const store = await tempStore();
  const out = await importSources(store, withCountries(), fixture());
  for (const o of out) assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  const notes = await store.sql.all<{ source: string; path: string | null; outcome: string; reason: string }>(
    "SELECT source, path, outcome, reason FROM source_files WHERE outcome <> 'read' OR reason <> '' ORDER BY source, id",
  );
  const skipped = (source: string) =>
    notes
      .filter((n) => n.source === source && n.outcome !== 'read')
      .map((n) => `${n.outcome} ${n.path ?? '-'}: ${n.reason}`);
  assert.deepEqual(skipped('unxml-resolutions'), [
    'skipped unsc/unxml/Pre-2020/2004/desktop.ini: not an XML file',
    'skipped unsc/unxml/2020/English/test: not an XML file',
    'skipped unsc/unxml/Pre-2020/2012/S_RES_1973_N1126839.xml: duplicate: S/RES/1973 (2011) already read from unsc/unxml/Pre-2020/2011/S_RES_1973_N1126839.xml',
    'skipped unsc/unxml/2020/English/S_PRST_2020_11.xml: a presidential statement among the resolutions (S/PRST/2020/11): unxml-statements reads statements from PRST/',
    'missing -: resolution 1974: no text upstream',
    'missing -: resolution 1975: no text upstream',
    'missing -: resolutions 984-1284 (1995-1999): no texts in any source (a gap, not zero)',
  ]);
  assert.deepEqual(skipped('unxml-statements'), [
    'skipped unsc/unxml/PRST/2011/test.txt: not an XML file',
    'skipped unsc/unxml/PRST/2011/S_PRST_2011_18_0-1150936E.xml: duplicate: S/PRST/2011/18 already read from unsc/unxml/PRST/2011/S_PRST_2011_18-1150935E.xml',
  ]);
  assert.ok(
    notes.some(
      (n) =>
        n.path === 'unsc/unxml/PRST/2011/S_PRST_2011_18-1150935E.xml' &&
        /repaired a <paragraph> closed by a stray/.test(n.reason),
    ),
  );
  assert.deepEqual(skipped('unxml-metadata'), [
    'skipped unsc/unxml/data_extract/2011.json:3: duplicate: S/RES/1976 (2011) already read from unsc/unxml/data_extract/2011.json:2',
  ]);

  const d = (await store.council.document('S/RES/1973 (2011)'))!;
  assert.equal(d.kind, 'resolution');
  assert.equal(d.date, '2011-03-17');
  assert.equal(d.agendaItem, 'The situation in Libya');
  assert.deepEqual(d.countries, ['LBY']);
  assert.equal(d.chapterVIIFlag, true);
  assert.deepEqual(d.sponsors, ['FRANCE']);
  assert.deepEqual(d.subjects, ['SANCTIONS']);
  assert.equal(d.meeting, 'S/PV.6498');
  assert.deepEqual(
    d.paragraphs.map((p) => [p.index, p.part, p.number, p.text]),
    [
      [0, 'preamble', null, 'The Security Council,'],
      [1, 'preamble', null, 'Recalling its resolution 1970 (2011),'],
      [2, 'preamble', null, 'Acting under Chapter VII of the Charter of the United Nations,'],
      [
        3,
        'operative',
        '1',
        'Authorizes Member States to take all necessary measures to protect civilians in Ruritania;',
      ],
      [4, 'operative', '2', 'Decides to remain seized of the matter.'],
    ],
  );
  assert.equal((await store.council.document('S/RES/1976 (2011)'))!.chapterVIIFlag, false);
  // one resolutions corpus: the XML text is searchable beside CR-UNSC's
  const hits = await store.searchCorpus({
    corpus: 'resolutions',
    phrases: ['protect civilians in Ruritania'],
    limit: 5,
  });
  assert.deepEqual(
    hits.map((h) => h.docId),
    ['S/RES/1973 (2011)'],
  );
  const r = (await store.council.resolution(1973))!;
  assert.match(r.text, /^The Security Council,\n\nRecalling .*\n\n1\. Authorizes /s);

  // votes: the Library's lists, and the members of that year's Council in none of them are absent
  const votes = await store.council.memberVotes({ symbol: 'S/RES/1973 (2011)' });
  assert.equal(votes.length, 15);
  assert.deepEqual(
    votes.filter((v) => v.vote === 'abstain').map((v) => v.iso3),
    ['BRA', 'CHN', 'DEU', 'IND', 'RUS'],
  );
  const split = await store.council.memberVotes({ symbol: 'S/RES/1976 (2011)' });
  assert.deepEqual(
    split
      .filter((v) => v.vote === 'yes')
      .map((v) => v.iso3)
      .sort(),
    ['CHL', 'CIV'],
  );
  assert.equal(split.filter((v) => v.vote === 'absent').length, 15);

  // the draft: China listed in favour and abstaining is kept where the count allows; the veto from the outcome
  const draft = (await store.council.document('S/2024/255'))!;
  assert.equal(draft.kind, 'draft');
  assert.deepEqual(draft.vetoedBy, ['Russia']);
  assert.deepEqual(draft.sponsors, ['United States of America']);
  const dv = await store.council.memberVotes({ symbol: 'S/2024/255' });
  assert.deepEqual(
    dv.map((v) => `${v.iso3}:${v.vote}`),
    ['CHN:abstain', 'FRA:yes', 'RUS:no', 'USA:yes'],
  );

  const st = (await store.council.documents({ kinds: ['statement'] })).map((x) => [x.symbol, x.paragraphs.length]);
  assert.deepEqual(st, [
    ['S/PRST/2011/18', 2],
    ['S/PRST/2020/11', 2],
  ]);
  assert.equal(await store.countRows('statements'), 2);
  // the statements corpus
  const said = await store.searchCorpus({
    corpus: 'statements',
    phrases: ['responsibility to protect populations'],
    limit: 5,
  });
  assert.deepEqual(
    said.map((h) => [h.docId, h.year]),
    [['S/PRST/2011/18', 2011]],
  );
  assert.equal(await store.countCorpus({ corpus: 'statements', phrases: ['Utopia'] }), 1);

  // members: empty name, former names, seats
  assert.deepEqual(await store.council.councilMembers(1974), [
    { year: 1974, iso3: 'SUN', name: 'USSR (Union of Soviet Socialist Republics)', seat: 'permanent' },
    { year: 1974, iso3: 'BLR', name: 'Byelorussian SSR', seat: 'elected' },
  ]);
  assert.deepEqual(
    (await store.council.councilMembers(1964)).map((m) => [m.iso3, m.name]),
    [['CIV', "Côte d'Ivoire"]],
  );
  assert.deepEqual(
    (await store.council.councilMembers(1982)).map((m) => m.name),
    ['Zaire'],
  );
  assert.deepEqual(
    (await store.council.councilMembers(1961)).map((m) => m.name),
    ['Ceylon'],
  );
  assert.equal((await store.council.councilMembers(2011)).length, 15);
  assert.deepEqual(await store.council.memberYears(), { min: 1961, max: 2011 });
  await store.close();
});

test('a re-import of the same files changes nothing; a metadata line that is not JSON fails naming file and line, the store unchanged', async () => {
  const dir = fixture();
  const store = await tempStore();
  await importSources(store, withCountries(), dir);
  const again = await importSources(store, withCountries(), dir);
  assert.ok(
    again.every((o) => o.status === 'unchanged'),
    JSON.stringify(again.map((o) => o.status)),
  );
  writeData(dir, { 'unsc/unxml/data_extract/2012.json': '{"symbol": "S/RES/2000 (2011)"}\n{not json' });
  const [o] = await importSources(
    store,
    unxmlSources.filter((s) => s.id === 'unxml-metadata'),
    dir,
  );
  assert.equal(o.status, 'failed');
  assert.match(
    o.status === 'failed' ? o.error.message : '',
    /^unsc\/unxml\/data_extract\/2012\.json:2: not a JSON object/,
  );
  assert.equal(await store.countRows('council_document_meta'), 2);
  await store.close();
});

test('XML limits: a document type declaration is refused; a file that is not well-formed is skipped and reported', async () => {
  assert.throws(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'f.xml'), XmlError);
  const dir = fixture();
  writeData(dir, { 'unsc/unxml/PRST/2011/S_PRST_2011_19-1E.xml': '<akomaNtoso><statement></akomaNtoso>' });
  const store = await tempStore();
  const out = await importSources(store, withCountries(), dir);
  assert.ok(out.every((o) => o.status === 'imported'));
  const n = await store.sql.get<{ reason: string }>("SELECT reason FROM source_files WHERE path LIKE '%2011_19%'");
  assert.match(n!.reason, /not well-formed XML/);
  await store.close();
});

test('real data: 1,538 resolutions, 757 statements, 19 drafts, 1,150 member-years, each quirk reported', {
  skip: sharedDataDir === undefined && 'no ../shared/data',
}, async () => {
  const store = await tempStore();
  const out = await importSources(
    store,
    [...withCountries(), membershipSource].filter((s, i, a) => a.indexOf(s) === i),
    sharedDataDir!,
  );
  for (const o of out) assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  const count = async (sql: string) => (await store.sql.get<{ n: number }>(sql))!.n;
  assert.equal(await count("SELECT COUNT(*) AS n FROM council_documents WHERE kind = 'resolution'"), 1538);
  assert.equal(await count("SELECT COUNT(*) AS n FROM council_documents WHERE kind = 'statement'"), 757);
  assert.equal(await count("SELECT COUNT(*) AS n FROM council_documents WHERE kind = 'draft'"), 19);
  assert.equal(await count('SELECT COUNT(*) AS n FROM council_members'), 1150);
  const missing = await store.sql.all<{ reason: string }>(
    "SELECT reason FROM source_files WHERE outcome = 'missing' ORDER BY id",
  );
  assert.deepEqual(
    missing.map((m) => m.reason),
    [
      'resolution 2510: no text upstream',
      'resolution 2589: no text upstream',
      'resolution 2762: no text upstream',
      'resolutions 984-1284 (1995-1999): no texts in any source (a gap, not zero)',
    ],
  );
  assert.equal(await count("SELECT COUNT(*) AS n FROM source_files WHERE reason LIKE 'duplicate: S/RES/%'"), 7);
  assert.equal(
    await count("SELECT COUNT(*) AS n FROM source_files WHERE reason LIKE 'a presidential statement among%'"),
    1,
  );
  const r1973 = (await store.council.document('S/RES/1973 (2011)'))!;
  assert.equal(r1973.chapterVIIFlag, true);
  assert.ok(
    r1973.paragraphs.some((p) => p.part === 'operative' && p.number === '4' && /all necessary measures/.test(p.text)),
  );
  assert.equal((await store.council.councilMembers(2011)).length, 15);
  assert.deepEqual(
    (await store.council.documents({ kinds: ['draft'], from: 2025 })).map((d) => [d.symbol, d.vetoedBy]),
    [['S/2025/353', ['USA']]],
  );
  await store.close();
});
