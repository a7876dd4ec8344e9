// The Rome Statute's participation data, seeded into the store (icc_participation,
// icc_declarations, icc_referrals; migration 8): every state that has been a party (date of
// deposit of its instrument, entry into force under Art. 126, withdrawal notified and effective
// under Art. 127), the Art. 12(3) and Art. 124 declarations, and the Security Council referrals
// (Art. 13(b)) with the territory and period each names. Each row cites its source: the UN
// Treaty Collection's status of the Statute (MTDSG chapter XVIII-10, the depositary's record) and
// its depositary notifications (C.N. numbers where Concord records them), the Court's press
// releases and decisions, the Council's resolutions. The dates were entered from knowledge of
// that public record, not read from it by a program: where something is not certain, the row's
// `uncertain` says what. Tests (icc-seed.test.ts) check the rows the issue names and the rules
// (entry into force, one year to withdraw) on every row.
import {
  entryIntoForceFor,
  type DeclarationRecord,
  type IccCitation,
  type ParticipationRecord,
  type ReferralRecord,
} from '../icc.ts';

const untcUrl = 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&lang=en';
const aspUrl = 'https://asp.icc-cpi.int/states-parties';

/** The depositary's status list: the date of deposit of a state's instrument. */
const untc = (name: string, deposited: string): IccCitation => ({
  citation: `UN Treaty Collection, Rome Statute of the International Criminal Court (MTDSG XVIII-10), status: ${name}`,
  date: deposited,
  supports: 'deposit of the instrument of ratification, accession or succession',
  url: untcUrl,
});

const asp = (name: string, entry: string): IccCitation => ({
  citation: `Assembly of States Parties, The States Parties to the Rome Statute: ${name}`,
  date: entry,
  supports: 'entry into force for the state',
  url: aspUrl,
});

interface Extra {
  withdrawalNotified?: string;
  withdrawalEffective?: string;
  withdrawalRevoked?: string;
  entryIntoForce?: string;
  note?: string;
  uncertain?: string;
  sources?: IccCitation[];
}

/** A party: entry into force from the deposit date by Art. 126 unless given (succession). */
function party(state: string, name: string, deposited: string, extra: Extra = {}): ParticipationRecord {
  const entryIntoForce = extra.entryIntoForce ?? entryIntoForceFor(deposited);
  return {
    state,
    name,
    deposited,
    entryIntoForce,
    withdrawalNotified: extra.withdrawalNotified ?? null,
    withdrawalEffective: extra.withdrawalEffective ?? null,
    withdrawalRevoked: extra.withdrawalRevoked ?? null,
    note: extra.note ?? null,
    uncertain: extra.uncertain ?? null,
    sources: [untc(name, deposited), asp(name, entryIntoForce), ...(extra.sources ?? [])],
  };
}

const cn = (number: string, date: string, supports: string): IccCitation => ({
  citation: `UN Treaty Collection, depositary notification ${number}`,
  date,
  supports,
  url: untcUrl,
});

const icc = (citation: string, date: string, supports: string, url?: string): IccCitation => ({
  citation,
  date,
  supports,
  ...(url ? { url } : {}),
});

const dateOnly =
  'the deposit date is as recalled from the UN Treaty Collection status list; not checked against the list in this repository';

export const iccParticipation: readonly ParticipationRecord[] = [
  party('AFG', 'Afghanistan', '2003-02-10'),
  party('ALB', 'Albania', '2003-01-31'),
  party('AND', 'Andorra', '2001-04-30'),
  party('ATG', 'Antigua and Barbuda', '2001-06-18'),
  party('ARG', 'Argentina', '2001-02-08'),
  party('ARM', 'Armenia', '2023-11-14'),
  party('AUS', 'Australia', '2002-07-01'),
  party('AUT', 'Austria', '2000-12-28'),
  party('BGD', 'Bangladesh', '2010-03-23'),
  party('BRB', 'Barbados', '2002-12-10'),
  party('BEL', 'Belgium', '2000-06-28'),
  party('BLZ', 'Belize', '2000-04-05'),
  party('BEN', 'Benin', '2002-01-22'),
  party('BOL', 'Bolivia', '2002-06-27'),
  party('BIH', 'Bosnia and Herzegovina', '2002-04-11'),
  party('BWA', 'Botswana', '2000-09-08'),
  party('BRA', 'Brazil', '2002-06-20'),
  party('BGR', 'Bulgaria', '2002-04-11'),
  party('BFA', 'Burkina Faso', '2004-04-16', {
    note: 'Burkina Faso, Mali and Niger (the Alliance of Sahel States) announced their withdrawal on 22 September 2025',
    uncertain:
      'the date a notification of withdrawal reached the Secretary-General, if one did, is not recorded here; until it is, no withdrawal is applied',
  }),
  party('BDI', 'Burundi', '2004-09-21', {
    withdrawalNotified: '2016-10-27',
    withdrawalEffective: '2017-10-27',
    note: 'the first state to leave the Court; Pre-Trial Chamber III authorised the investigation on 25 October 2017, before the withdrawal took effect, for crimes from 26 April 2015 to 26 October 2017',
    sources: [
      cn('C.N.805.2016.TREATIES-XVIII.10', '2016-10-27', 'notification of withdrawal'),
      icc(
        'ICC-01/17-X-9-US-Exp, Decision on the authorisation of an investigation into the situation in Burundi (public redacted version 9 November 2017)',
        '2017-10-25',
        'jurisdiction over conduct while Burundi was a party, to 26 October 2017',
      ),
    ],
  }),
  party('CPV', 'Cabo Verde', '2011-10-10'),
  party('KHM', 'Cambodia', '2002-04-11'),
  party('CAN', 'Canada', '2000-07-07'),
  party('CAF', 'Central African Republic', '2001-10-03'),
  party('TCD', 'Chad', '2006-11-01'),
  party('CHL', 'Chile', '2009-06-29'),
  party('COL', 'Colombia', '2002-08-05'),
  party('COM', 'Comoros', '2006-08-18'),
  party('COG', 'Congo', '2004-05-03'),
  party('COK', 'Cook Islands', '2008-07-18'),
  party('CRI', 'Costa Rica', '2001-06-07'),
  party('CIV', "Côte d'Ivoire", '2013-02-15'),
  party('HRV', 'Croatia', '2001-05-21'),
  party('CYP', 'Cyprus', '2002-03-07'),
  party('CZE', 'Czechia', '2009-07-21'),
  party('COD', 'Democratic Republic of the Congo', '2002-04-11'),
  party('DNK', 'Denmark', '2001-06-21'),
  party('DJI', 'Djibouti', '2002-11-05'),
  party('DMA', 'Dominica', '2001-02-12'),
  party('DOM', 'Dominican Republic', '2005-05-12'),
  party('ECU', 'Ecuador', '2002-02-05'),
  party('SLV', 'El Salvador', '2016-03-03'),
  party('EST', 'Estonia', '2002-01-30'),
  party('FJI', 'Fiji', '1999-11-29'),
  party('FIN', 'Finland', '2000-12-29'),
  party('FRA', 'France', '2000-06-09'),
  party('GAB', 'Gabon', '2000-09-20'),
  party('GMB', 'Gambia', '2002-06-28', {
    withdrawalNotified: '2016-11-10',
    withdrawalRevoked: '2017-02-10',
    note: 'withdrawal notified and revoked before it took effect: the Gambia stayed a party',
    uncertain: 'the C.N. numbers of the notification and of the revocation are not recorded here',
  }),
  party('GEO', 'Georgia', '2003-09-05'),
  party('DEU', 'Germany', '2000-12-11'),
  party('GHA', 'Ghana', '1999-12-20'),
  party('GRC', 'Greece', '2002-05-15'),
  party('GRD', 'Grenada', '2011-05-19'),
  party('GTM', 'Guatemala', '2012-04-02'),
  party('GIN', 'Guinea', '2003-07-14'),
  party('GUY', 'Guyana', '2004-09-24'),
  party('HND', 'Honduras', '2002-07-01'),
  party('HUN', 'Hungary', '2001-11-30', {
    withdrawalNotified: '2025-06-02',
    withdrawalEffective: '2026-06-02',
    note: 'Hungary announced its withdrawal on 3 April 2025 and notified it on 2 June 2025; it takes effect one year later (Art. 127(1))',
    uncertain: 'the C.N. number of the notification is not recorded here',
    sources: [cn('of 2 June 2025 (Hungary: withdrawal)', '2025-06-02', 'notification of withdrawal')],
  }),
  party('ISL', 'Iceland', '2000-05-25'),
  party('IRL', 'Ireland', '2002-04-11'),
  party('ITA', 'Italy', '1999-07-26'),
  party('JPN', 'Japan', '2007-07-17'),
  party('JOR', 'Jordan', '2002-04-11'),
  party('KEN', 'Kenya', '2005-03-15'),
  party('KIR', 'Kiribati', '2019-11-26'),
  party('LVA', 'Latvia', '2002-06-28'),
  party('LSO', 'Lesotho', '2000-09-06'),
  party('LBR', 'Liberia', '2004-09-22'),
  party('LIE', 'Liechtenstein', '2001-10-02'),
  party('LTU', 'Lithuania', '2003-05-12'),
  party('LUX', 'Luxembourg', '2000-09-08'),
  party('MDG', 'Madagascar', '2008-03-14'),
  party('MWI', 'Malawi', '2002-09-19'),
  party('MDV', 'Maldives', '2011-09-21'),
  party('MLI', 'Mali', '2000-08-16', {
    note: 'Burkina Faso, Mali and Niger (the Alliance of Sahel States) announced their withdrawal on 22 September 2025',
    uncertain:
      'the date a notification of withdrawal reached the Secretary-General, if one did, is not recorded here; until it is, no withdrawal is applied',
  }),
  party('MLT', 'Malta', '2002-11-29'),
  party('MHL', 'Marshall Islands', '2000-12-07'),
  party('MUS', 'Mauritius', '2002-03-05'),
  party('MEX', 'Mexico', '2005-10-28'),
  party('MNG', 'Mongolia', '2002-04-11'),
  party('MNE', 'Montenegro', '2006-10-23', {
    entryIntoForce: '2006-06-03',
    note: 'by succession: the declaration received on 23 October 2006 takes effect from independence, 3 June 2006',
  }),
  party('NAM', 'Namibia', '2002-06-25'),
  party('NRU', 'Nauru', '2001-11-12'),
  party('NLD', 'Netherlands', '2001-07-17'),
  party('NZL', 'New Zealand', '2000-09-07'),
  party('NER', 'Niger', '2002-04-11', {
    note: 'Burkina Faso, Mali and Niger (the Alliance of Sahel States) announced their withdrawal on 22 September 2025',
    uncertain:
      'the date a notification of withdrawal reached the Secretary-General, if one did, is not recorded here; until it is, no withdrawal is applied',
  }),
  party('NGA', 'Nigeria', '2001-09-27'),
  party('MKD', 'North Macedonia', '2002-03-06'),
  party('NOR', 'Norway', '2000-02-16'),
  party('PAN', 'Panama', '2002-03-21'),
  party('PRY', 'Paraguay', '2001-05-14'),
  party('PER', 'Peru', '2001-11-10'),
  party('PHL', 'Philippines', '2011-08-30', {
    withdrawalNotified: '2018-03-17',
    withdrawalEffective: '2019-03-17',
    note: 'the Appeals Chamber (18 July 2023) let the investigation of crimes from 1 November 2011 to 16 March 2019 proceed',
    sources: [
      cn('C.N.138.2018.TREATIES-XVIII.10', '2018-03-17', 'notification of withdrawal'),
      icc(
        'ICC-01/21-77, Judgment on the appeal of the Philippines against the decision authorising the resumption of the investigation',
        '2023-07-18',
        'jurisdiction over conduct while the Philippines was a party',
      ),
    ],
  }),
  party('POL', 'Poland', '2001-11-12'),
  party('PRT', 'Portugal', '2002-02-05'),
  party('KOR', 'Republic of Korea', '2002-11-13'),
  party('MDA', 'Republic of Moldova', '2010-10-12'),
  party('ROU', 'Romania', '2002-04-11'),
  party('KNA', 'Saint Kitts and Nevis', '2006-08-22'),
  party('LCA', 'Saint Lucia', '2010-11-18'),
  party('VCT', 'Saint Vincent and the Grenadines', '2002-12-03'),
  party('WSM', 'Samoa', '2002-09-16'),
  party('SMR', 'San Marino', '1999-05-13'),
  party('SEN', 'Senegal', '1999-02-02'),
  party('SRB', 'Serbia', '2001-09-06', {
    note: 'deposited as the Federal Republic of Yugoslavia; Serbia continues its participation',
  }),
  party('SYC', 'Seychelles', '2010-08-10'),
  party('SLE', 'Sierra Leone', '2000-09-15'),
  party('SVK', 'Slovakia', '2002-04-11'),
  party('SVN', 'Slovenia', '2001-12-31'),
  party('ZAF', 'South Africa', '2000-11-27', {
    withdrawalNotified: '2016-10-19',
    withdrawalRevoked: '2017-03-07',
    note: "withdrawal notified, then revoked after the High Court in Pretoria held on 22 February 2017 that it needed Parliament's prior approval: South Africa stayed a party",
    uncertain: 'the C.N. numbers of the notification and of the revocation are not recorded here',
  }),
  party('ESP', 'Spain', '2000-10-24'),
  party('PSE', 'State of Palestine', '2015-01-02', {
    note: 'accession deposited 2 January 2015, after an Art. 12(3) declaration lodged 1 January 2015; Pre-Trial Chamber I held on 5 February 2021 that the territorial jurisdiction extends to Gaza and the West Bank, including East Jerusalem',
    sources: [
      icc(
        "ICC-01/18-143, Decision on the Prosecution request pursuant to article 19(3) for a ruling on the Court's territorial jurisdiction in Palestine",
        '2021-02-05',
        'the territory: Gaza, the West Bank and East Jerusalem',
      ),
    ],
  }),
  party('SUR', 'Suriname', '2008-07-15'),
  party('SWE', 'Sweden', '2001-06-28'),
  party('CHE', 'Switzerland', '2001-10-12'),
  party('TJK', 'Tajikistan', '2000-05-05'),
  party('TLS', 'Timor-Leste', '2002-09-06'),
  party('TTO', 'Trinidad and Tobago', '1999-04-06'),
  party('TUN', 'Tunisia', '2011-06-24'),
  party('UGA', 'Uganda', '2002-06-14'),
  party('UKR', 'Ukraine', '2024-10-25', {
    note: 'ratified with an Art. 124 declaration; earlier accepted jurisdiction by two Art. 12(3) declarations (2014, 2015)',
    sources: [
      icc(
        'ICC press release: Ukraine becomes the 125th State Party to the Rome Statute',
        '2024-10-25',
        'deposit; entry into force on 1 January 2025',
      ),
    ],
  }),
  party('GBR', 'United Kingdom', '2001-10-04'),
  party('TZA', 'United Republic of Tanzania', '2002-08-20'),
  party('URY', 'Uruguay', '2002-06-28'),
  party('VUT', 'Vanuatu', '2011-12-02'),
  party('VEN', 'Venezuela', '2000-06-07', {
    note: 'a party from 1 July 2002; situations Venezuela I (investigation opened 3 November 2021) and Venezuela II (referred by Venezuela, 13 February 2020)',
  }),
  party('ZMB', 'Zambia', '2002-11-13'),
].map((p) =>
  p.uncertain === null &&
  !['BDI', 'PHL', 'UKR', 'PSE', 'HUN', 'VEN', 'BGD', 'JPN', 'AFG', 'GEO', 'ARM'].includes(p.state)
    ? { ...p, uncertain: dateOnly }
    : p,
);

const ukraine1 = icc(
  "Declaration by Ukraine lodging a declaration under Article 12(3) of the Rome Statute (announced by the Court's Registry)",
  '2014-04-17',
  'period covered: 21 November 2013 to 22 February 2014',
);
const ukraine2 = icc(
  "Second declaration of Ukraine under Article 12(3) of the Rome Statute (announced by the Court's Registry)",
  '2015-09-08',
  'period covered: from 20 February 2014 onwards',
);

export const iccDeclarations: readonly DeclarationRecord[] = [
  {
    state: 'CIV',
    article: '12(3)',
    lodged: '2003-04-18',
    from: '2002-09-19',
    until: null,
    scope: null,
    effective: true,
    note: "dated 18 April 2003 and received by the Registry on 1 October 2003; confirmed by President Ouattara on 14 December 2010 and 3 May 2011. Côte d'Ivoire became a party on 1 May 2013",
    uncertain:
      'which of the dates 18 April 2003 (signature) and 1 October 2003 (receipt) counts as lodging is recorded differently in the sources',
    sources: [
      icc(
        "Declaration of the Republic of Côte d'Ivoire accepting the jurisdiction of the International Criminal Court (Art. 12(3))",
        '2003-04-18',
        'acceptance for acts on Ivorian territory since 19 September 2002',
      ),
    ],
  },
  {
    state: 'PSE',
    article: '12(3)',
    lodged: '2009-01-22',
    from: '2002-07-01',
    until: null,
    scope: null,
    effective: false,
    note: 'lodged by the Palestinian National Authority; the Office of the Prosecutor concluded on 3 April 2012 that it could not decide whether Palestine was a "State" able to lodge it',
    uncertain: null,
    sources: [
      icc(
        'Office of the Prosecutor, Situation in Palestine (statement)',
        '2012-04-03',
        'the 2009 declaration not acted upon',
      ),
    ],
  },
  {
    state: 'PSE',
    article: '12(3)',
    lodged: '2015-01-01',
    from: '2014-06-13',
    until: null,
    scope: null,
    effective: true,
    note: 'lodged the day before Palestine deposited its accession; the Statute in force for it from 1 April 2015',
    uncertain: null,
    sources: [
      icc(
        "Declaration of the Government of the State of Palestine accepting the jurisdiction of the ICC (Art. 12(3)), dated 31 December 2014 (announced by the Court's Registry)",
        '2015-01-01',
        'acceptance for crimes committed "in the occupied Palestinian territory, including East Jerusalem, since June 13, 2014"',
      ),
    ],
  },
  {
    state: 'UKR',
    article: '12(3)',
    lodged: '2014-04-17',
    from: '2013-11-21',
    until: '2014-02-22',
    scope: null,
    effective: true,
    note: 'the Maidan protests',
    uncertain: null,
    sources: [ukraine1],
  },
  {
    state: 'UKR',
    article: '12(3)',
    lodged: '2015-09-08',
    from: '2014-02-20',
    until: null,
    scope: null,
    effective: true,
    note: 'open-ended: conduct on the territory of Ukraine from 20 February 2014',
    uncertain: null,
    sources: [ukraine2],
  },
  {
    state: 'UKR',
    article: '124',
    lodged: '2024-10-25',
    from: '2025-01-01',
    until: '2031-12-31',
    scope: 'nationals',
    effective: true,
    note: 'for seven years after entry into force, Ukraine does not accept jurisdiction over war crimes (Art. 8) alleged to have been committed by its nationals',
    uncertain:
      'how this declaration bears on conduct already within the open-ended 2015 Art. 12(3) declaration has not been decided by the Court',
    sources: [
      icc(
        'UN Treaty Collection, Rome Statute (MTDSG XVIII-10), declarations: Ukraine, upon ratification (Art. 124)',
        '2024-10-25',
        'the declaration and its scope (nationals)',
        untcUrl,
      ),
    ],
  },
  {
    state: 'COL',
    article: '124',
    lodged: '2002-08-05',
    from: '2002-11-01',
    until: '2009-10-31',
    scope: 'nationals-and-territory',
    effective: true,
    note: 'expired after seven years',
    uncertain: null,
    sources: [
      icc(
        'UN Treaty Collection, Rome Statute (MTDSG XVIII-10), declarations: Colombia, upon ratification (Art. 124)',
        '2002-08-05',
        'the declaration',
        untcUrl,
      ),
    ],
  },
  {
    state: 'FRA',
    article: '124',
    lodged: '2000-06-09',
    from: '2002-07-01',
    until: '2008-06-14',
    scope: 'nationals-and-territory',
    effective: true,
    note: 'withdrawn on 13 August 2008 with effect from 15 June 2008',
    uncertain: null,
    sources: [
      icc(
        'UN Treaty Collection, Rome Statute (MTDSG XVIII-10), declarations: France, upon ratification (Art. 124) and its withdrawal',
        '2008-08-13',
        'the declaration and its withdrawal',
        untcUrl,
      ),
    ],
  },
  {
    state: 'LBY',
    article: '12(3)',
    lodged: '2025-05-12',
    from: '2011-01-01',
    until: '2027-12-31',
    scope: null,
    effective: true,
    note: 'Libya, not a party, accepted jurisdiction over alleged crimes on its territory from 2011 to the end of 2027 (the Security Council referral already covers conduct from 15 February 2011)',
    uncertain:
      "the day of lodging and the exact first day of the period are recorded here from the Court's announcement of 15 May 2025 as 12 May 2025 and 1 January 2011; check them against the declaration",
    sources: [
      icc(
        'ICC press release: Libya accepts ICC jurisdiction over alleged crimes committed in its territory from 2011 to end of 2027 (Art. 12(3))',
        '2025-05-15',
        'period covered',
      ),
    ],
  },
  {
    state: 'MMR',
    article: '12(3)',
    lodged: '2021-08-20',
    from: '2002-07-01',
    until: null,
    scope: null,
    effective: false,
    note: "lodged by the National Unity Government, which is not recognised as Myanmar's government; the Court has not ruled on whether it can accept jurisdiction for Myanmar",
    uncertain:
      'the date lodged is recorded from reports of the declaration; the Court has not published a decision on it',
    sources: [
      icc(
        'Declaration of the National Unity Government of Myanmar under Article 12(3) (reported)',
        '2021-08-20',
        'declaration of acceptance (standing unresolved)',
      ),
    ],
  },
];

export const iccReferrals: readonly ReferralRecord[] = [
  {
    resolution: 1593,
    citation: 'S/RES/1593 (2005)',
    adopted: '2005-03-31',
    situation: 'the situation in Darfur since 1 July 2002',
    territory: 'SDN',
    regions: ['Darfur'],
    from: '2002-07-01',
    note: "Darfur only, not the whole of Sudan (South Kordofan and Blue Nile lie outside it). Para. 6: nationals of contributing states outside Sudan that are not parties stay under their own state's exclusive jurisdiction for acts related to operations the Council or the African Union established or authorised (not modelled)",
    sources: [
      {
        citation:
          'S/RES/1593 (2005), para. 1: "Decides to refer the situation in Darfur since 1 July 2002 to the Prosecutor of the International Criminal Court"',
        date: '2005-03-31',
        supports: 'territory (Darfur) and period (from 1 July 2002)',
      },
    ],
  },
  {
    resolution: 1970,
    citation: 'S/RES/1970 (2011)',
    adopted: '2011-02-26',
    situation: 'the situation in the Libyan Arab Jamahiriya since 15 February 2011',
    territory: 'LBY',
    regions: null,
    from: '2011-02-15',
    note: 'the whole of Libya. Para. 6 excludes nationals of non-party states outside Libya for acts related to operations the Council authorised (not modelled)',
    sources: [
      {
        citation:
          'S/RES/1970 (2011), para. 4: "Decides to refer the situation in the Libyan Arab Jamahiriya since 15 February 2011 to the Prosecutor of the International Criminal Court"',
        date: '2011-02-26',
        supports: 'territory (Libya) and period (from 15 February 2011)',
      },
    ],
  },
];
