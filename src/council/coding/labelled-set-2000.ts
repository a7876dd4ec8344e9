// The labelled set extended to 2000-2026 (issue 14, item 6): resolutions of the UN's XML texts,
// each labelled by reading it in the store under the rules of docs/council.md ("Labelling
// rules"), before its coding was looked at. Five drawn at random (Python random.Random(14) drew
// ten from the 1,5xx resolutions 2000-2026 in symbol order; the first five in that order were
// read: 1511, 1798, 1816, 1848, 1889) and four chosen for the cases the issue names (ISAF 1386;
// Libya 1970 and 1973; Syria's chemical weapons 2118, the DOMAIN.md example of a Chapter VII
// reference that is not action). Labels only: no text copied. Notes give the paragraph (1-based,
// as `concord resolutions code` numbers the paragraphs of the document) that decided a label.
// Long paragraphs were read in full where they touch a field and by their opening otherwise, so
// a field stated only deep inside an unrelated paragraph could be missed (docs/council.md).
import { statementSymbol } from '../document.ts';
import { type Label, label } from './labelled-set.ts';

const P = 'purposive' as const;
const R = 'random' as const;

export const labelledSetEarlier: readonly Label[] = [
  label(
    1386,
    2001,
    P,
    {
      chapterVII: 'p13 "Acting for these reasons under Chapter VII" (the Library\'s flag says no)',
      determination: ['threat', 'p11 determines'],
      authorizesForce: 'p16 (op. 3) authorizes ISAF members "to take all necessary measures"',
      consent: "p6 the Afghan authorities welcome the deployment; the Bonn Agreement's request",
    },
    { regional: 'p20 asks neighbouring States for assistance: not a regional repercussion' },
  ),
  label(
    1511,
    2003,
    R,
    {
      chapterVII: 'p8',
      determination: ['threat', 'p7 determines'],
      authorizesForce: 'p21 (op. 13) authorizes a multinational force "to take all necessary measures"',
      consent: 'p19 (op. 11) UN resources "if requested by the Iraqi Governing Council"',
      humanitarian: 'p16 (op. 8) humanitarian relief',
      regional: "p27 (op. 19) transit of terrorists and arms into Iraq; neighbours' cooperation",
      individualResponsibility: 'p26 (op. 18) "those responsible must be brought to justice"',
    },
    { sanctions: 'p27 and p32: counter-terrorism transit and the Development Fund, no Art. 41 measure' },
  ),
  label(
    1798,
    2008,
    R,
    { regional: 'p5 unstable security situation in the TSZ "and the adjacent areas"' },
    { determination: 'p11 "threat or use of force" is a call to refrain, not a finding' },
  ),
  label(
    1816,
    2008,
    R,
    {
      chapterVII: 'p13',
      determination: ['threat', 'p12 "threat to international peace and security in the region"'],
      authorizesForce: 'p20 (op. 7) States may use "all necessary means to repress acts of piracy"',
      consent: 'p11 and p22: the consent of the TFG',
      humanitarian: 'p2 delivery of humanitarian aid',
      regional: 'p12 "in the region"',
      individualResponsibility: 'p24 (op. 11) prosecution of persons responsible for piracy',
    },
    { sanctions: 'p19 (op. 6): an exemption from the arms embargo, not a measure imposed' },
  ),
  label(1848, 2008, R, {
    individualResponsibility: 'p3 (op. 2) acts of sexual exploitation investigated and punished',
  }),
  label(1889, 2009, R, {
    humanitarian: 'p28 (op. 12) humanitarian access to camps',
    individualResponsibility: 'p19 (op. 3) "prosecute those responsible"',
    protectionOfCivilians: 'p28 (op. 12) "ensure the protection of all civilians inhabiting such camps"',
  }),
  label(
    1970,
    2011,
    P,
    {
      chapterVII: 'p16 "Acting under Chapter VII ... and taking measures under its Article 41"',
      sanctions: 'p27 (op. 9) arms embargo; p34 travel ban; p37 asset freeze',
      tribunal: 'p21 (op. 4) refers the situation to the Prosecutor of the International Criminal Court',
      humanitarian: 'p51 (op. 26) humanitarian assistance',
      regional: 'p7 refugees forced to flee the violence',
      individualResponsibility: 'p11 "hold to account those responsible for attacks"',
      protectionOfCivilians: 'p1 condemns violence against civilians; p17 (op. 1) demands an end to it',
      responsibilityToProtect: 'p9 "the Libyan authorities\' responsibility to protect its population"',
    },
    { determination: "no paragraph determines a threat (p15: the Council's primary responsibility only)" },
  ),
  label(
    1973,
    2011,
    P,
    {
      chapterVII: 'p22',
      determination: ['threat', 'p21 determines'],
      authorizesForce: 'p27 (op. 4) "all necessary measures ... to protect civilians"; p32 (op. 8) the no-fly zone',
      sanctions: 'p38 (op. 13) arms embargo enforcement; p43 flight ban; p46 asset freeze',
      humanitarian: 'p9 and p31: passage of humanitarian assistance',
      regional: 'p15 refugees forced to flee; neighbouring States',
      individualResponsibility: 'p14 those responsible for attacks on civilians "must be held to account"',
      protectionOfCivilians: 'p23 (op. 1) and p27 (op. 4)',
      responsibilityToProtect: 'p4 "the responsibility of the Libyan authorities to protect the Libyan population"',
    },
    { tribunal: 'p14 recalls the ICC referral in the preamble only' },
  ),
  label(
    2118,
    2013,
    P,
    {
      determination: ['threat', 'p13 determines; p15 (op. 1) chemical weapons anywhere'],
      sanctions: 'p34 (op. 20) Member States shall prohibit the procurement of chemical weapons from Syria',
      individualResponsibility: 'p29 (op. 15) individuals responsible "should be held accountable"; p8',
    },
    {
      chapterVII: 'p35 (op. 21) measures under Chapter VII only "in the event of non-compliance" (DOMAIN.md section 5)',
      regional: 'p32-33 neighbours asked to report violations: not a regional repercussion',
      protectionOfCivilians: 'p8 condemns the killing of civilians without a demand about them',
    },
  ),
  // Second draw (issue 14, item 3; 6 December 2026): Python random.Random(2026).sample of the 1,538
  // resolution numbers 2000-2026 in number order, six drawn (1495, 1528, 1939, 2314, 2333, 2612); the
  // four shortest were read in the time there was (1495, 1528, 1939, 2314), so this draw leans to
  // short texts. Labelled before their coding was looked at.
  label(
    1495,
    2003,
    R,
    {
      humanitarian: 'p13 (op. 5) the deteriorating food situation among the refugees, support to UNHCR and WFP',
      regional: 'p4 "a source of potential instability in the region"',
    },
    {
      chapterVII: 'p8 acts under Chapter VI',
      determination: 'p4 "potential instability": conditional, no finding of a threat',
      consent: "p9 agreement between the parties is for the peace plan, not for the UN's presence",
    },
  ),
  label(
    1939,
    2010,
    R,
    { consent: 'p19 (op. 1) renews UNMIN "in line with the request from the Government of Nepal"' },
    {
      determination: 'p8 concern at "tensions in Nepal": no finding',
      regional: 'p8, p18 tensions in Nepal, "mission area": not the region',
      individualResponsibility: 'p16 "the need to address impunity": no individuals held responsible',
    },
  ),
  label(
    2314,
    2016,
    R,
    {
      individualResponsibility: 'p5 those responsible for any use of chemical weapons "must be held accountable"',
    },
    {
      chapterVII: 'p7 reaffirms paragraphs of resolution 2235 by number only; the Council does not act here',
      determination: 'no paragraph of this text determines a threat (2235 is reaffirmed by paragraph number only)',
      tribunal: 'the Joint Investigative Mechanism is not a criminal tribunal',
      protectionOfCivilians: 'p4 alarm at civilians killed by toxic chemicals, without a demand about them',
    },
  ),
  label(
    1528,
    2004,
    R,
    {
      chapterVII: 'p19 "Acting under Chapter VII"',
      determination: ['threat', 'p18 determining that the situation continues to pose a threat ... in the region'],
      authorizesForce: 'p46 (op. 8) authorizes UNOCI "to use all necessary means"; p54 (op. 16) the French forces',
      consent:
        "p13 the President of Côte d'Ivoire requested the transformation of MINUCI into a peacekeeping operation",
      humanitarian: 'p36 (op. 6 (k)) to facilitate the free flow of humanitarian assistance',
      regional: 'p10 impact on the subregion; p18 a threat in the region',
      protectionOfCivilians: 'p34 (op. 6 (i)) to protect civilians under imminent threat of physical violence',
    },
    {
      individualResponsibility: 'p7, p39 "an end to impunity": no individuals held responsible',
      responsibilityToProtect:
        'p34 "without prejudice to the responsibility of the Government ..., to protect civilians": the host\'s duty, not a reference to R2P (2004)',
    },
  ),
];

/**
 * The third draw (issue 14; 7 December 2026), fixed and committed before any of its documents was
 * read or coded: `scripts/draw-labelled-set-2000.mts` (its comment gives the rule: period x the
 * Library's Chapter VII flag x theme, one resolution per cell, two presidential statements per
 * period; seed 1414), with each document's half: `development` (misses looked at, rules may be
 * revised on them) or `held-out` (reported only). `flag` is the Library's flag (null: a statement).
 */
export const extensionDraw: readonly {
  symbol: string;
  period: string;
  flag: boolean | null;
  theme: string;
  half: 'development' | 'held-out';
}[] = [
  { symbol: 'S/RES/1729 (2006)', period: '2000-2008', flag: false, theme: 'thematic', half: 'development' },
  { symbol: 'S/RES/1484 (2003)', period: '2000-2008', flag: true, theme: 'protection', half: 'development' },
  { symbol: 'S/RES/1789 (2007)', period: '2000-2008', flag: false, theme: 'peacekeeping', half: 'development' },
  { symbol: 'S/RES/1470 (2003)', period: '2000-2008', flag: false, theme: 'sanctions', half: 'development' },
  { symbol: 'S/RES/1439 (2002)', period: '2000-2008', flag: true, theme: 'sanctions', half: 'development' },
  { symbol: 'S/RES/1800 (2008)', period: '2000-2008', flag: true, theme: 'thematic', half: 'held-out' },
  { symbol: 'S/PRST/2001/13', period: '2000-2008', flag: null, theme: 'thematic', half: 'held-out' },
  { symbol: 'S/RES/1375 (2001)', period: '2000-2008', flag: false, theme: 'protection', half: 'held-out' },
  { symbol: 'S/RES/1421 (2002)', period: '2000-2008', flag: true, theme: 'peacekeeping', half: 'held-out' },
  { symbol: 'S/PRST/2006/9', period: '2000-2008', flag: null, theme: 'thematic', half: 'held-out' },
  { symbol: 'S/RES/1990 (2011)', period: '2009-2016', flag: true, theme: 'thematic', half: 'development' },
  { symbol: 'S/RES/2087 (2013)', period: '2009-2016', flag: false, theme: 'sanctions', half: 'development' },
  { symbol: 'S/PRST/2009/32', period: '2009-2016', flag: null, theme: 'thematic', half: 'development' },
  { symbol: 'S/PRST/2012/15', period: '2009-2016', flag: null, theme: 'other', half: 'development' },
  { symbol: 'S/RES/1892 (2009)', period: '2009-2016', flag: true, theme: 'peacekeeping', half: 'development' },
  { symbol: 'S/RES/1964 (2010)', period: '2009-2016', flag: true, theme: 'protection', half: 'held-out' },
  { symbol: 'S/RES/2192 (2014)', period: '2009-2016', flag: false, theme: 'thematic', half: 'held-out' },
  { symbol: 'S/RES/1881 (2009)', period: '2009-2016', flag: false, theme: 'protection', half: 'held-out' },
  { symbol: 'S/RES/2148 (2014)', period: '2009-2016', flag: false, theme: 'peacekeeping', half: 'held-out' },
  { symbol: 'S/RES/2283 (2016)', period: '2009-2016', flag: true, theme: 'sanctions', half: 'held-out' },
  { symbol: 'S/RES/2453 (2019)', period: '2017-2026', flag: false, theme: 'peacekeeping', half: 'development' },
  { symbol: 'S/RES/2544 (2020)', period: '2017-2026', flag: false, theme: 'protection', half: 'development' },
  { symbol: 'S/RES/2499 (2019)', period: '2017-2026', flag: true, theme: 'peacekeeping', half: 'development' },
  { symbol: 'S/RES/2785 (2025)', period: '2017-2026', flag: false, theme: 'sanctions', half: 'development' },
  { symbol: 'S/RES/2601 (2021)', period: '2017-2026', flag: false, theme: 'thematic', half: 'development' },
  { symbol: 'S/RES/2396 (2017)', period: '2017-2026', flag: true, theme: 'thematic', half: 'held-out' },
  { symbol: 'S/RES/2424 (2018)', period: '2017-2026', flag: true, theme: 'sanctions', half: 'held-out' },
  { symbol: 'S/PRST/2018/20', period: '2017-2026', flag: null, theme: 'thematic', half: 'held-out' },
  { symbol: 'S/PRST/2019/7', period: '2017-2026', flag: null, theme: 'thematic', half: 'held-out' },
  { symbol: 'S/RES/2459 (2019)', period: '2017-2026', flag: true, theme: 'protection', half: 'held-out' },
];

/** A presidential statement's label: like `label`, keyed by its symbol ("S/PRST/2011/18"). */
export function statement(year: number, number: number, ...rest: Tail<Parameters<typeof label>>): Label {
  return { ...label(number, year, ...rest), symbol: statementSymbol(year, number) };
}
type Tail<T extends unknown[]> = T extends [unknown, unknown, ...infer R] ? R : never;

/** The third draw's labels (each read under docs/council.md's rules before its coding was looked at). */
export const labelledSetExtension: readonly Label[] = [];

const inHalf = (half: 'development' | 'held-out') =>
  labelledSetExtension.filter((l) =>
    extensionDraw.some((d) => d.half === half && d.symbol === (l.symbol ?? `S/RES/${l.number} (${l.year})`)),
  );

export type LabelledPart = 'all' | 'earlier' | 'development' | 'held-out';

/** The labelled set 2000-2026 by part: the 13 labelled before, the third draw's two halves, all. */
export const labelledParts: Record<LabelledPart, readonly Label[]> = {
  earlier: labelledSetEarlier,
  development: inHalf('development'),
  'held-out': inHalf('held-out'),
  all: [...labelledSetEarlier, ...labelledSetExtension],
};

/** Every label 2000-2026. */
export const labelledSet2000: readonly Label[] = labelledParts.all;
