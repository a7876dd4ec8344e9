// Tests of the resolution coder (code-resolution.ts and the field coders) on made-up texts
// written in the Council's style: each rule of the issue, OCR noise, evidence offsets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeResolution } from './code-resolution.ts';
import { paragraphsOf } from './paragraphs.ts';

function text(...paragraphs: string[]): string {
  return [
    'Resolution 9999 (1999)',
    'The Security Council,',
    ...paragraphs,
    'Adopted unanimously at the 9999th meeting.',
  ].join('\n\n');
}

test('paragraphs: preambular, operative, heading and record, with offsets', () => {
  const t = text('Recalling its resolution 1 (1946),', '1. Decides to remain seized of the matter.');
  const ps = paragraphsOf(t);
  assert.deepEqual(
    ps.map((p) => p.kind),
    ['heading', 'heading', 'preambular', 'operative', 'record'],
  );
  assert.equal(t.slice(ps[2].start, ps[2].end), 'Recalling its resolution 1 (1946),');
});

test('unnumbered operative paragraphs of the early years ("Determines", "Strongly condemns")', () => {
  const ps = paragraphsOf(
    text(
      'Noting the attack,',
      'Determines that this action constitutes a breach of the peace;',
      'Strongly condemns the attack;',
    ),
  );
  assert.deepEqual(
    ps.slice(2, 5).map((p) => p.kind),
    ['preambular', 'operative', 'operative'],
  );
});

const cases: { name: string; paragraphs: string[]; expect: Record<string, unknown> }[] = [
  {
    name: 'Acting under Chapter VII',
    paragraphs: [
      'Acting under Chapter VII of the Charter,',
      '1. Decides that all States shall prevent the import into their territories of all commodities;',
    ],
    expect: { chapterVII: true, sanctions: true },
  },
  {
    name: 'Acting under Chapters VII and VIII (res. 875)',
    paragraphs: [
      'Acting under Chapters VII and VIII of the Charter of the United Nations,',
      '1. Calls upon Member States, acting nationally or through regional agencies or arrangements, to use such measures as may be necessary to halt all inward maritime shipping;',
    ],
    expect: { chapterVII: true },
  },
  {
    name: 'plural "acts of aggression" recognised is not a determination; the threat determined is (res. 418)',
    paragraphs: [
      'Recognizing that the military build-up by South Africa and its persistent acts of aggression against the neighbouring States seriously disturb the security of those States,',
      'Acting therefore under Chapter VII of the Charter of the United Nations,',
      '1. Determines, having regard to the policies and acts of the South African Government, that the acquisition by South Africa of arms and related matériel constitutes a threat to the maintenance of international peace and security;',
    ],
    expect: { determination: 'threat', chapterVII: true },
  },
  {
    name: 'Acting under Articles 39 and 40',
    paragraphs: ['Acting under Articles 39 and 40 of the Charter,'],
    expect: { chapterVII: true },
  },
  {
    name: 'Decides, under Chapter VII, ...',
    paragraphs: [
      '5. Decides, under Chapter VII of the Charter, that all States shall implement a general and complete embargo on all deliveries of weapons;',
    ],
    expect: { chapterVII: true, sanctions: true },
  },
  {
    name: 'a recall of Chapter VIII is not Chapter VII',
    paragraphs: ['Recalling the provisions of Chapter VIII of the Charter,'],
    expect: { chapterVII: false },
  },
  {
    name: 'an intention to act under Article 41 is not acting',
    paragraphs: [
      '3. Decides to meet again to consider the application of further measures under Article 41 of the Charter;',
    ],
    expect: { chapterVII: false },
  },
  {
    name: 'Chapter VII of a report',
    paragraphs: ['Bearing in mind the recommendations in chapter VII of its report,'],
    expect: { chapterVII: false },
  },
  { name: 'OCR "Chapter Vil"', paragraphs: ['Acting under Chapter Vil of the Charter,'], expect: { chapterVII: true } },
  {
    name: 'Determining ... constitutes a threat',
    paragraphs: ['Determining that the situation constitutes a threat to international peace and security,'],
    expect: { determination: 'threat' },
  },
  {
    name: 'Reaffirming its determination',
    paragraphs: [
      'Reaffirming its determination that the present situation constitutes a threat to international peace and security,',
    ],
    expect: { determination: 'threat' },
  },
  {
    name: 'Concerned that the continuation ... constitutes a threat',
    paragraphs: [
      'Concerned that the continuation of this situation constitutes a threat to international peace and security,',
    ],
    expect: { determination: 'threat' },
  },
  {
    name: 'consequences that threaten peace in the region (res. 688)',
    paragraphs: [
      '1. Condemns the repression of the civilian population, the consequences of which threaten international peace and security in the region;',
    ],
    expect: { determination: 'threat', regional: true, protectionOfCivilians: true },
  },
  {
    name: 'a conditional breach is not a determination',
    paragraphs: [
      '3. Declares that failure to comply would demonstrate the existence of a breach of the peace within the meaning of Article 39;',
    ],
    expect: { determination: 'none', chapterVII: false },
  },
  {
    name: 'Chapter VI language is not a determination',
    paragraphs: [
      'Considering that the situation is likely to endanger the maintenance of international peace and security,',
    ],
    expect: { determination: 'none' },
  },
  {
    name: 'a breach of the cease-fire is not a breach of the peace',
    paragraphs: ['1. Condemns the breach of the cease-fire;'],
    expect: { determination: 'none' },
  },
  {
    name: 'the gravest determination wins: breach over threat',
    paragraphs: [
      'Determining that there exists a breach of the peace,',
      'Concerned that it constitutes a threat to international peace and security,',
    ],
    expect: { determination: 'breach' },
  },
  {
    name: 'acts of aggression condemned',
    paragraphs: [
      '2. Strongly condemns the act of armed aggression perpetrated against the People\u2019s Republic of Benin;',
    ],
    expect: { determination: 'aggression' },
  },
  {
    name: 'aggression alleged by a complainant is not asserted',
    paragraphs: ['Having considered the complaint of Tunisia of an act of aggression,'],
    expect: { determination: 'none' },
  },
  {
    name: 'all necessary means authorised',
    paragraphs: [
      '2. Authorizes Member States co-operating with the Government of Kuwait to use all necessary\nmeans to uphold resolution 660;',
    ],
    expect: { authorizesForce: true, regional: false },
  },
  {
    name: 'all necessary measures to enforce sanctions at home are not force',
    paragraphs: [
      '5. Decides further that each State shall take all necessary measures to ensure that any aircraft registered in its territory complies;',
    ],
    expect: { authorizesForce: false },
  },
  {
    name: 'all necessary measures asked of the parties are not force',
    paragraphs: [
      '8. Demands that all parties take all necessary measures to ensure the safety of United Nations personnel;',
    ],
    expect: { authorizesForce: false },
  },
  {
    name: 'maritime interdiction formula',
    paragraphs: [
      '1. Calls upon Member States to use such measures commensurate with the specific circumstances as may be necessary to halt all maritime shipping;',
    ],
    expect: { authorizesForce: true },
  },
  {
    name: 'by the use of force if necessary',
    paragraphs: [
      '5. Calls upon the Government of the United Kingdom to prevent, by the use of force if necessary, the arrival of vessels;',
    ],
    expect: { authorizesForce: true },
  },
  {
    name: 'a tribunal established',
    paragraphs: [
      '1. Decides that an international tribunal shall be established for the prosecution of persons responsible for serious violations of international humanitarian law;',
    ],
    expect: { tribunal: true, individualResponsibility: true, humanitarian: false },
  },
  {
    name: 'host-state consent',
    paragraphs: ['Noting that the Government of Cyprus has agreed that it is necessary to keep the Force in Cyprus,'],
    expect: { consent: true },
  },
  {
    name: 'humanitarian assistance',
    paragraphs: ['2. Requests the Secretary-General to increase humanitarian assistance to the affected population;'],
    expect: { humanitarian: true },
  },
  {
    name: 'humanitarian exemptions are not grounds',
    paragraphs: [
      '4. Decides that no State shall make available any funds, except payments exclusively for strictly medical or humanitarian purposes;',
    ],
    expect: { humanitarian: false, sanctions: true },
  },
  {
    name: 'protection of civilians',
    paragraphs: ['Determined to ensure the protection of the civilian population in safe areas,'],
    expect: { protectionOfCivilians: true },
  },
  {
    name: 'responsibility to protect',
    paragraphs: ['Reaffirming the provisions of paragraphs 138 and 139 on the responsibility to protect populations,'],
    expect: { responsibilityToProtect: true },
  },
  // Revised on the development half of the labelled set 2000-2026 (docs/council.md); each failed before
  {
    name: 'those responsible held accountable or to account (2000-2026 wording)',
    paragraphs: ['7. Stresses that those responsible for attacks on civilians must be held accountable;'],
    expect: { individualResponsibility: true },
  },
  {
    name: 'acts investigated and punished; those responsible prosecuted',
    paragraphs: [
      '3. Urges troop-contributing countries to ensure that such acts are properly investigated and punished;',
      '4. Urges Member States to ensure that such violations are investigated and those responsible duly prosecuted;',
    ],
    expect: { individualResponsibility: true },
  },
  {
    name: 'accountability for underperformance is not individual responsibility',
    paragraphs: ['5. Calls for clear standards of performance to ensure accountability for underperformance;'],
    expect: { individualResponsibility: false },
  },
  {
    name: 'host consent: the Government "is agreed"',
    paragraphs: [
      'Noting that the Government of Cyprus is agreed that it is necessary to keep the Force beyond 15 June,',
    ],
    expect: { consent: true },
  },
  {
    name: 'the International Criminal Court and a special court in an operative paragraph',
    paragraphs: [
      '4. Decides to refer the situation to the Prosecutor of the International Criminal Court;',
      '5. Urges all States to cooperate fully with the Special Court for Sierra Leone;',
    ],
    expect: { tribunal: true },
  },
  {
    name: 'a readiness to consider sanctions is not a measure',
    paragraphs: [
      '6. Stands ready to consider possible further measures, including targeted sanctions against the perpetrators;',
    ],
    expect: { sanctions: false, individualResponsibility: false },
  },
  {
    name: 'OCR "io" for "to" and "S." for "5."',
    paragraphs: ['S. Authorizes Member States io use all necessary means to restore peace;'],
    expect: { authorizesForce: true },
  },
];

for (const c of cases) {
  test(`coder: ${c.name}`, () => {
    const coded = codeResolution(text(...c.paragraphs));
    for (const [field, value] of Object.entries(c.expect))
      assert.equal(coded[field as keyof typeof coded], value, field);
  });
}

test('evidence points into the stored text', () => {
  const t = text(
    'Determining that the situation constitutes a threat to international peace and security,',
    'Acting under Chapter VII of the Charter,',
  );
  const coded = codeResolution(t);
  const [e] = coded.evidence.determination;
  assert.equal(t.slice(e.start, e.end), 'threat to international peace');
  assert.equal(t.slice(e.sentenceStart, e.sentenceEnd), e.sentence);
  assert.equal(e.paragraph, 3);
  assert.equal(coded.evidence.chapterVII[0].phrase, 'under Chapter VII of the Charter');
  assert.deepEqual(coded.evidence.authorizesForce, []);
});

test('offsets survive a word broken at a line end', () => {
  const t = text('Determining that the situation consti-\ntutes a threat to the peace,');
  const [e] = codeResolution(t).evidence.determination;
  assert.equal(t.slice(e.start, e.end), 'threat to the peace');
});

test('the optic is the one most paragraphs are read in, "none" on a tie or without any', () => {
  const plain = codeResolution(text('1. Decides to remain seized of the matter.'));
  assert.equal(plain.optic, 'none');
  assert.deepEqual(plain.opticReading.evidence, []);
  for (const c of cases) {
    const coded = codeResolution(text(...c.paragraphs));
    const counts = Object.values(coded.opticReading.paragraphs).sort((a, b) => b - a);
    if (counts[0] === 0 || counts[0] === counts[1]) assert.equal(coded.optic, 'none', c.name);
    else
      assert.equal(coded.opticReading.paragraphs[coded.optic as 'stability' | 'order' | 'justice'], counts[0], c.name);
  }
});

test('a presidential statement: its quoted paragraphs "The Security Council condemns ..." are operative and coded', () => {
  const statement = [
    'At the 9999th meeting of the Security Council, held on 1 January 2012, the President of the Security Council made the following statement on behalf of the Council:',
    '\u201cThe Security Council condemns the coup and demands the immediate release of all officials detained.',
    '\u201cThe Security Council underlines that those responsible for violent acts must be held accountable.',
    '\u201cThe Council stands ready to consider further measures.\u201d',
  ].join('\n\n');
  const ps = paragraphsOf(statement);
  assert.deepEqual(
    ps.map((p) => p.kind),
    ['heading', 'operative', 'operative', 'operative'],
  );
  const coded = codeResolution(statement);
  assert.equal(coded.individualResponsibility, true);
  assert.equal(coded.evidence.individualResponsibility[0].paragraph, 3);
  assert.equal(coded.sanctions, false);
  // the heading of a resolution stays a heading
  assert.equal(paragraphsOf(text('Recalling its resolutions,'))[1].kind, 'heading');
});
