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
export const labelledSetExtension: readonly Label[] = [
  // 2000-2008
  label(
    1729,
    2006,
    R,
    {
      individualResponsibility: 'p4 (op. 2) acts of sexual exploitation "properly investigated and punished" (as 1848)',
    },
    { consent: 'no host consent invoked for the renewal (p5)' },
  ),
  label(
    1484,
    2003,
    R,
    {
      chapterVII: 'p10',
      determination: ['threat', 'p9 determining ... a threat to ... peace and security in the Great Lakes region'],
      authorizesForce: 'p14 (op. 4) "to take all necessary measures to fulfil its mandate"',
      consent: "p8 the support of the DRC's President for the deployment requested (hard call: support for a request)",
      humanitarian: 'p4 gravity of the humanitarian situation in Bunia; p11 (op. 1)',
      regional: 'p9 the Great Lakes region; p17 (op. 7) States in the region',
      individualResponsibility: 'p16 (op. 6) "demands that the perpetrators be brought to justice"',
      protectionOfCivilians: 'p11 (op. 1) the force to contribute to the safety of the civilian population',
    },
    { sanctions: 'p17 (op. 7) a demand to stop support to armed groups, no Art. 41 measure imposed' },
  ),
  label(
    1789,
    2007,
    R,
    {
      consent: 'p3 the Government of Cyprus agrees that UNFICYP must be kept',
      individualResponsibility:
        'p26 (op. 9) disciplinary action "to ensure full accountability" of personnel (hard call, as 1848)',
    },
    { regional: 'p5 tension on the island, not in a region' },
  ),
  label(
    1470,
    2003,
    R,
    {
      sanctions: 'p24 (op. 14) calls upon States to comply with the arms embargo on Liberia',
      tribunal:
        'p21 (op. 11) support for the Special Court for Sierra Leone, States to cooperate with it (hard call: hybrid court)',
      humanitarian: 'p4 humanitarian consequences for civilian, refugee and displaced populations',
      regional: 'p4 the Mano River region and neighbouring States; p23 (op. 13)',
    },
    {
      individualResponsibility:
        'p8 "impunity and accountability" in general: no individuals held responsible (as 1528)',
      protectionOfCivilians: "p7 the Government's attention to protecting women and children: not demanded or mandated",
    },
  ),
  label(
    1439,
    2002,
    R,
    {
      chapterVII: 'p9',
      sanctions:
        'p11 (op. 2) extends the monitoring mechanism of the measures against UNITA (arms embargo, frozen funds; p12); p16 (op. 7) States to cooperate with it (hard call: monitoring and partial lifting, p17)',
      humanitarian: 'p6 the humanitarian effects on the civilian population',
      regional: 'p8 "peace and security in the region"',
    },
    {
      determination:
        'p8 determines that the stability of Angola is necessary for peace in the region: no threat asserted (hard call)',
      protectionOfCivilians: 'p6 concern without a demand',
    },
  ),
  label(
    1800,
    2008,
    R,
    { chapterVII: 'p7', tribunal: 'p8 (op. 1) ad litem Judges of the ICTY' },
    { individualResponsibility: "only the Tribunal's name (the agenda item) speaks of persons responsible" },
  ),
  statement(
    2001,
    13,
    R,
    {},
    {
      humanitarian:
        'p5 the toll of the conflict on the people, economy and environment: no humanitarian situation named (hard call)',
      individualResponsibility:
        'p4 Governments to inquire into exploitation by their nationals: no individuals held responsible for crimes',
    },
  ),
  label(
    1375,
    2001,
    R,
    {
      consent: 'p14 (op. 4) the multinational security presence "at the request of its Government"',
      regional: 'p5 implications for the region, regional instability',
      protectionOfCivilians: 'p12 (op. 2) an end to all acts of violence against civilians',
    },
    { humanitarian: "p17 (op. 7) donors' assistance to the transition, not humanitarian" },
  ),
  label(
    1421,
    2002,
    R,
    { chapterVII: 'p3' },
    {
      authorizesForce:
        "p4 (op. 1) keeps resolution 1357's provisions in force by number only: the text names no force (hard call, as 2314)",
    },
  ),
  statement(2006, 9, R, { humanitarian: 'p5 the return of humanitarian agencies' }),
  // 2009-2016
  label(
    1990,
    2011,
    R,
    {
      chapterVII: 'p20 (op. 3) "Acting under Chapter VII ..., authorizes"; p21 (op. 4)',
      determination: ['threat', 'p17 "constitutes a threat to international peace and security"'],
      authorizesForce: 'p20 (op. 3) "to take the necessary actions to ... protect civilians"',
      consent:
        "p18 (op. 1) UNISFA established taking into account the parties' Agreement on security arrangements; p7 their request (hard call)",
      humanitarian: 'p12 humanitarian access; p19 (op. 2 (d)) delivery of humanitarian aid',
      regional: 'p3 "peace, stability and security throughout the region"',
      protectionOfCivilians: 'p20 (op. 3 (d)) to protect civilians under imminent threat',
    },
    {
      individualResponsibility: 'p30 (op. 13) zero tolerance: no individuals held responsible',
      responsibilityToProtect: "p20 the relevant authorities' responsibilities, not R2P (as 1528)",
    },
  ),
  label(
    2087,
    2013,
    R,
    {
      sanctions: 'p8 (op. 5) measures of resolution 1718 applied to the listed individuals, entities and items',
      regional:
        'p18 (op. 15) peace and stability on the Korean Peninsula and in northeast Asia (hard call: no "region")',
    },
    {
      chapterVII: 'no paragraph acts under Chapter VII (the Library agrees)',
      determination: 'no finding of a threat; p17 "might aggravate tensions"',
      humanitarian: 'p21 (op. 18) sanctions not meant to have humanitarian consequences: an exemption-like clause',
    },
  ),
  statement(
    2009,
    32,
    R,
    {
      individualResponsibility:
        'p9 States to "investigate and prosecute ... persons ... responsible for drug trafficking"',
    },
    {
      determination: 'p3 threats posed by drug trafficking in general: no finding on a situation (as 731)',
      regional: 'p3 "different regions of the world": no regional repercussion of a situation',
    },
  ),
  statement(
    2012,
    15,
    R,
    {
      individualResponsibility: 'p5 those responsible for violent and illegal acts "must be held accountable"',
      protectionOfCivilians: 'p6 arbitrary detention of civilians, with a demand for their release (hard call)',
    },
    {
      sanctions: 'p9 stands ready to consider targeted sanctions: an intention',
      consent: 'p10 "in consultation with the legitimate government": not consent',
    },
  ),
  label(
    1892,
    2009,
    R,
    {
      chapterVII: 'p28',
      determination: [
        'threat',
        'p27 "continues to constitute a threat to international peace and security in the region"',
      ],
      humanitarian: 'p17 the humanitarian and other needs of the people after the hurricanes',
      regional: 'p27 "in the region"; p39 (op. 11) cross-border trafficking, neighbouring States',
      individualResponsibility: 'p48 (op. 20) acts of personnel "properly investigated and punished" (as 1848)',
      protectionOfCivilians:
        'p47 (op. 19) condemns violations against children and rape, MINUSTAH to protect the rights of women and children (hard call)',
    },
    {
      authorizesForce: 'p28-29 the mandate of 1542 extended by reference; the text names no use of force (hard call)',
      consent: '"in cooperation with the Government" only: not consent',
    },
  ),
  label(
    1964,
    2010,
    R,
    {
      chapterVII: 'p23',
      determination: ['threat', 'p22 "a threat to international peace and security in the region"'],
      authorizesForce: 'p24 (op. 1) AMISOM "authorized to take all necessary measures"',
      humanitarian: 'p17 the worsening humanitarian situation; p40 (op. 17)',
      regional: 'p22 "in the region"',
      protectionOfCivilians: 'p38 (op. 15) cessation of all acts of violence against civilians',
    },
    {
      sanctions: 'p36 (op. 13) an exemption from the arms embargo (as 1816)',
      consent: 'no request or consent of the TFG for AMISOM is invoked',
      individualResponsibility: 'p18 "the fight against impunity": no individuals held responsible (as 1528)',
      responsibilityToProtect: "p38 the parties' obligations to protect civilians: not R2P",
    },
  ),
  label(
    2192,
    2014,
    R,
    {
      regional: 'p2 the situation in the Middle East is tense; p15 peace and security in the Middle East',
      individualResponsibility:
        'p11 "the need to hold those responsible accountable"; p21 (op. 6) investigated and punished',
    },
    {
      determination: 'p2 "tense", p5 "potential to escalate tensions": no finding of a threat',
      sanctions: 'p12 readiness to consider listing: an intention',
      protectionOfCivilians: 'p5 a risk to the local civilian population, without a demand',
    },
  ),
  label(
    1881,
    2009,
    R,
    {
      determination: ['threat', 'p12 determining ... a threat to international peace and security'],
      humanitarian: 'p9 deterioration of the humanitarian situation; p24 (op. 12)',
      regional: 'p10 stability of the region, tensions between Sudan and Chad; p21-22 (op. 9-10)',
      individualResponsibility: 'p9 "the need to bring to justice the perpetrators of such crimes"',
      protectionOfCivilians: 'p14 (op. 2) the protection of civilians across Darfur; p19 (op. 7)',
    },
    {
      chapterVII: 'no paragraph acts under Chapter VII (the Library agrees)',
      consent:
        'p16 (op. 4) the Government to comply with the Status of Forces Agreement: not its consent invoked (hard call)',
      responsibilityToProtect:
        'p4 recalls 1674, "which reaffirms ... the World Summit outcome document", without R2P or paragraphs 138-139 (hard call)',
    },
  ),
  label(
    2283,
    2016,
    R,
    { chapterVII: 'p9' },
    {
      sanctions: 'p10 (op. 1) terminates the measures: neither imposed nor maintained (hard call)',
      determination: 'no threat asserted; p8 progress in stabilization',
      consent: "p6 the Government's view on lifting sanctions: not consent to a UN presence",
    },
  ),
  label(
    2148,
    2014,
    R,
    {
      consent:
        'p5 reaffirms the basic principles of peacekeeping, "including consent of the parties"; p32 (op. 13) the SOFA (hard call)',
      humanitarian: 'p9 humanitarian and protection needs; p23 (op. 4) delivery of humanitarian assistance',
      regional: 'p4 relations among States in the region; p13 peace to the region',
      individualResponsibility: 'p10 the Government to "bring the perpetrators to justice"',
      protectionOfCivilians: 'p23 (op. 4) the protection of civilians as a strategic priority',
    },
    {
      chapterVII: 'no paragraph acts under Chapter VII',
      determination: 'p8 threats to civilians from ordnance: no threat to the peace asserted',
    },
  ),
  // 2017-2026
  label(
    2544,
    2020,
    R,
    {
      determination: [
        'threat',
        'p4 recalls that ISIL constitutes a global threat to international peace and security (hard call)',
      ],
      consent: 'p9 (op. 2) takes note of the request from the Government of Iraq and extends the Team',
      individualResponsibility: 'p6 holding ISIL members accountable; p7 held accountable for their crimes',
    },
    {
      tribunal: 'the Investigative Team collects evidence; it is not a criminal tribunal (as 2314)',
      protectionOfCivilians: 'p4 attacks on civilians recalled, without a demand',
      regional: 'p4 "all regions": no regional repercussion of a situation',
    },
  ),
  label(
    2785,
    2025,
    R,
    {},
    {
      sanctions: "p5 (op. 2) reaffirms resolution 2743's paragraphs by number only (hard call, as 2314)",
    },
  ),
  label(
    2453,
    2019,
    R,
    {
      consent: 'p3 the Government of Cyprus agrees that UNFICYP must be kept (as 1789)',
      individualResponsibility:
        'p44 (op. 19) disciplinary action "to ensure full accountability" of personnel (hard call, as 1789)',
    },
    { regional: 'p13, p31 tension on the island, not in a region' },
  ),
  label(
    2601,
    2021,
    R,
    {
      humanitarian: 'p41 (op. 25) humanitarian access; p31 (op. 15) humanitarian emergencies',
      individualResponsibility: 'p24 (op. 8) violations investigated "and those responsible duly prosecuted"',
      protectionOfCivilians: 'p17 (op. 1) killing and maiming of children condemned, an end demanded; p20 (op. 4)',
    },
    {
      consent: 'p25 (op. 9) assistance to Member States "upon request": general, no UN presence in a host state',
      responsibilityToProtect: "p5 Governments' responsibility in providing protection to children: no explicit R2P",
      regional: 'p21 (op. 5) regional organisations: not a regional repercussion',
    },
  ),
  label(2424, 2018, R, {
    chapterVII: 'p7',
    determination: ['threat', 'p6 "a threat to international peace and security in the region"'],
    sanctions: 'p8 (op. 1) renews the measures of resolution 2293; p9 (op. 2)',
    consent:
      'p5 the UN team deployed "in agreement with the Congolese authorities" (hard call: an investigative presence)',
    regional: 'p6 "in the region"; p3 States in the region',
    individualResponsibility: 'p5 "bring those responsible to justice"',
  }),
  statement(
    2018,
    20,
    R,
    {
      consent:
        'p18 the Peacebuilding Commission\'s engagement on country-specific issues "with consent of the countries concerned" (hard call)',
    },
    {
      responsibilityToProtect: 'p6 "the primary responsibility of national governments" for peacebuilding: not R2P',
      regional: 'p18 regional organisations: not a regional repercussion',
    },
  ),
  statement(
    2019,
    7,
    R,
    {
      determination: [
        'threat',
        'p22 small arms "continue to pose threats to international peace and security, including in West Africa and the Sahel"; p5 (hard call)',
      ],
      humanitarian: 'p11 the deteriorating humanitarian situation in the Sahel; p24',
      regional: 'p8 security and stability of Mali linked to the Sahel and West Africa; p11, p19',
      individualResponsibility: 'p28 "hold accountable and bring to justice individuals responsible"',
    },
    {
      protectionOfCivilians:
        'p21 protection of civilians "requires a fully integrated response": a need stated, not demanded or mandated (hard call)',
    },
  ),
  label(
    2396,
    2017,
    R,
    {
      chapterVII: 'p37',
      sanctions:
        'p79 (op. 42) foreign terrorist fighters eligible for the ISIL & Al-Qaida Sanctions List, States to propose designations (hard call)',
      individualResponsibility:
        'p56 (op. 19) those responsible "must be held accountable"; p54 (op. 17) brought to justice',
    },
    {
      determination: 'p3-4 terrorism in general a threat: no finding on a situation (as 731)',
      consent:
        'p36, p84 (op. 47) technical assistance "upon request": general, no UN presence in a host state (as 2601)',
      tribunal: 'p33 the Investigative Team for ISIL crimes is not a tribunal (as 2544)',
    },
  ),
  label(2459, 2019, R, {
    chapterVII: 'p37',
    determination: ['threat', 'p36 "a threat to international peace and security in the region"'],
    authorizesForce: 'p44 (op. 7) UNMISS "to use all necessary means"; p51 (op. 10) the RPF',
    sanctions: 'p40 (op. 3) the arms embargo of 2428 underscored; p63 (op. 22) UNMISS to assist the Committee on it',
    consent:
      'p54 (op. 13) the basic principles of peacekeeping "including consent of the parties" (hard call, as 2148)',
    tribunal: 'p73-74 (op. 32-33) the Hybrid Court for South Sudan (hard call, as 1470)',
    humanitarian: 'p15 the dire humanitarian situation; p26, p66 (op. 25)',
    regional: 'p36 "in the region"; p12 neighbouring States',
    individualResponsibility: 'p20 those responsible "must be held accountable"; p67 (op. 26), p76 (op. 35)',
    protectionOfCivilians: 'p44 (op. 7 (a)) to protect civilians under threat of physical violence',
    responsibilityToProtect:
      'p20 the Government "bears the primary responsibility to protect its populations from genocide, war crimes, ethnic cleansing, and crimes against humanity"',
  }),
  label(2499, 2019, R, {
    chapterVII: 'p21',
    determination: ['threat', 'p20 "a threat to international peace and security in the region"'],
    authorizesForce: 'p86 (op. 52) French forces authorised "to use all the means" to support MINUSCA',
    sanctions: 'p68 (op. 34 (b)) MINUSCA to monitor the measures of resolution 2488; p79 (op. 45)',
    consent: 'p4 the basic principles of peacekeeping, "such as consent of the parties" (hard call, as 2148)',
    tribunal: 'p63 (op. (iv)) support to the Special Criminal Court (hard call, as 1470); p67 cooperation with the ICC',
    humanitarian: 'p15 the dire humanitarian situation; p83 (op. 49)',
    regional: 'p20 "in the region"; p15 neighbouring countries; p28 (op. 7) cross-border issues',
    individualResponsibility: 'p9 "bring to justice perpetrators"; p67 (op. (vii))',
    protectionOfCivilians: 'p25 (op. 4) demands that armed groups cease all forms of violence against civilians',
    responsibilityToProtect:
      'p5 the CAR authorities "have the primary responsibility to protect all populations ... from genocide, war crimes, ethnic cleansing and crimes against humanity"',
  }),
];

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
