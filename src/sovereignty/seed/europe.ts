// Seed entries of the sovereignty registry for the unrecognised or partly recognised entities of
// Europe and the Caucasus (issue 16): Northern Cyprus (XNC, since 1983), Abkhazia (XAB) and South
// Ossetia (XSO), unrecognised after their wars of 1992-93 and recognised by Russia and a few
// states from 26 August 2008, and Transnistria (XTR, since the 1992 ceasefire). ISO 3166 has no
// code for them: the X-codes are the registry's own; names and aliases are accepted too.
import type { TerritoryRecord } from '../territory.ts';
import { agreement, declaration, event, sc, reviewed } from './cite.ts';

const contested = 'Outside the typology: a self-governing entity that claims statehood without general recognition.';
const russia2008 = event(
  'The Russian Federation recognises the independence of Abkhazia and South Ossetia',
  '2008-08-26',
  'start: partial recognition',
);
const occupied = event(
  'Law of Georgia on Occupied Territories',
  '2008-10-23',
  'Georgia regards the territory as occupied by the Russian Federation',
);
const unomigEnd = event(
  'UNOMIG ends: a draft extending it (S/2009/310) vetoed by the Russian Federation (S/PV.6143)',
  '2009-06-15',
  'end of the UN observer mission',
);
const recognisers =
  'recognised by the Russian Federation (26 August 2008), Nicaragua (2008), Venezuela (2009), Nauru (2009) and Syria (2018); Vanuatu and Tuvalu recognised and later withdrew; Georgia and nearly all states regard it as part of Georgia';

export const europe: TerritoryRecord[] = [
  {
    code: 'XNC',
    name: 'Northern Cyprus',
    aliases: ['Turkish Republic of Northern Cyprus', 'TRNC', 'North Cyprus', 'northern part of Cyprus'],
    intervals: [
      {
        status: 'contested-statehood',
        start: '1983-11-15',
        end: null,
        formal: {
          degree: 'none',
          note: 'recognised only by Turkey; the Security Council deems the declaration legally invalid (res. 541) and the territory part of the Republic of Cyprus',
        },
        material: {
          degree: 'limited',
          note: 'its own elected government since 1983; dependent on Turkey, whose forces have been present since 1974; UNFICYP holds the buffer zone',
        },
        authority: null,
        legalBasis: ['Declaration of independence of the Turkish Republic of Northern Cyprus, 15 November 1983'],
        recognition: { level: 'unrecognised', note: 'recognised by Turkey alone' },
        note: contested,
        sources: [
          declaration('Declaration of the Turkish Republic of Northern Cyprus', '1983-11-15', 'start'),
          sc(
            541,
            '1983-11-18',
            'the declaration deemed invalid',
            'Considers the declaration referred to above as legally invalid and calls for its withdrawal',
          ),
          sc(
            550,
            '1984-05-11',
            'the Council condemns the exchange of ambassadors between Turkey and the Turkish Cypriot leadership',
          ),
        ],
      },
    ],
    notes: [
      {
        period: '1974-07-20 to 1983-11-15',
        text: 'Turkish forces landed on 20 July 1974 after the coup in Nicosia and have held the north since; a Turkish Federated State of Cyprus was proclaimed on 13 February 1975. No status of the typology fits.',
        sources: [
          sc(353, '1974-07-20', 'the Council calls for an end to foreign military intervention'),
          event('Proclamation of the Turkish Federated State of Cyprus', '1975-02-13', 'administration of the north'),
        ],
      },
    ],
    review: reviewed(
      'the Republic of Cyprus is a UN and EU member whose government does not control the north; the UN good offices continue',
    ),
  },
  {
    code: 'XAB',
    name: 'Abkhazia',
    aliases: ['Republic of Abkhazia', 'Apsny'],
    intervals: [
      {
        status: 'contested-statehood',
        start: '1993-09-30',
        end: '2008-08-26',
        formal: {
          degree: 'none',
          note: 'part of Georgia for every state; independence proclaimed by the Act of State Independence of 12 October 1999',
        },
        material: {
          degree: 'limited',
          note: 'de facto authorities control the territory after the 1992-1993 war; a CIS (Russian) peacekeeping force from 1994; UNOMIG observes',
        },
        authority: 'CIS peacekeeping force (Moscow Agreement, 1994); UNOMIG (observers)',
        legalBasis: ['Agreement on a Cease-fire and Separation of Forces (Moscow), 14 May 1994', 'S/RES/858 (1993)'],
        recognition: { level: 'unrecognised', note: 'no state recognised it before August 2008' },
        note: `${contested} Start: the end of the war, when Georgian forces had left Abkhazia (30 September 1993).`,
        sources: [
          event('Georgian forces leave Abkhazia: end of the 1992-1993 war', '1993-09-30', 'start'),
          sc(
            858,
            '1993-08-24',
            'establishes UNOMIG',
            'Decides to establish a United Nations Observer Mission in Georgia',
          ),
          agreement(
            'Agreement on a Cease-fire and Separation of Forces (Moscow Agreement)',
            '1994-05-14',
            'the CIS peacekeeping force',
          ),
          declaration('Act of State Independence of the Republic of Abkhazia', '1999-10-12', 'statehood proclaimed'),
          russia2008,
        ],
      },
      {
        status: 'contested-statehood',
        start: '2008-08-26',
        end: null,
        formal: { degree: 'limited', note: recognisers },
        material: {
          degree: 'limited',
          note: 'Russian military bases (2010 agreement) and a budget largely financed by the Russian Federation; the EU Monitoring Mission is denied access',
        },
        authority: null,
        legalBasis: ['Act of State Independence of the Republic of Abkhazia, 12 October 1999'],
        recognition: { level: 'partial', note: recognisers },
        note: contested,
        sources: [russia2008, occupied, unomigEnd],
      },
    ],
    notes: [],
    review: reviewed("Syria's position after the change of government in December 2024 is not recorded"),
  },
  {
    code: 'XSO',
    name: 'South Ossetia',
    aliases: ['Republic of South Ossetia', 'South Ossetia-Alania', 'Tskhinvali region'],
    intervals: [
      {
        status: 'contested-statehood',
        start: '1992-06-24',
        end: '2008-08-26',
        formal: {
          degree: 'none',
          note: 'part of Georgia for every state; independence voted in a referendum of 19 January 1992',
        },
        material: {
          degree: 'limited',
          note: 'de facto authorities hold most of the territory after the 1991-1992 war; Joint Peacekeeping Forces (Russian, Georgian, North Ossetian) under the Joint Control Commission; OSCE mission',
        },
        authority: 'Joint Control Commission; Joint Peacekeeping Forces',
        legalBasis: ['Agreement on Principles of Settlement of the Georgian-Ossetian Conflict (Sochi), 24 June 1992'],
        recognition: { level: 'unrecognised', note: 'no state recognised it before August 2008' },
        note: contested,
        sources: [
          event('Referendum on independence in South Ossetia', '1992-01-19', 'statehood claimed'),
          agreement(
            'Agreement on Principles of Settlement of the Georgian-Ossetian Conflict (Sochi Agreement)',
            '1992-06-24',
            'start: ceasefire, Joint Control Commission and peacekeeping forces',
          ),
          russia2008,
        ],
      },
      {
        status: 'contested-statehood',
        start: '2008-08-26',
        end: null,
        formal: { degree: 'limited', note: recognisers },
        material: {
          degree: 'limited',
          note: 'after the war of 7-12 August 2008, Russian forces and bases; heavily dependent on the Russian Federation',
        },
        authority: null,
        legalBasis: [],
        recognition: { level: 'partial', note: recognisers },
        note: contested,
        sources: [
          event('Six-point ceasefire plan (Medvedev-Sarkozy)', '2008-08-12', 'end of the war'),
          russia2008,
          occupied,
        ],
      },
    ],
    notes: [],
    review: reviewed("Syria's position after the change of government in December 2024 is not recorded"),
  },
  {
    code: 'XTR',
    name: 'Transnistria',
    aliases: ['Pridnestrovie', 'Pridnestrovian Moldavian Republic', 'Transdniestria', 'Transnistrian region'],
    intervals: [
      {
        status: 'contested-statehood',
        start: '1992-07-21',
        end: null,
        formal: {
          degree: 'none',
          note: 'part of the Republic of Moldova for every UN member; recognised only by Abkhazia and South Ossetia',
        },
        material: {
          degree: 'limited',
          note: 'its own authorities since 1990; the Russian Operational Group and a joint peacekeeping force (Russia, Moldova, Transnistria) under the 1992 ceasefire; economically dependent on Russian gas until its supply stopped in January 2025',
        },
        authority: 'Joint Control Commission; joint peacekeeping force',
        legalBasis: [
          'Agreement on the Principles of a Peaceful Settlement of the Armed Conflict in the Transnistrian Region (Moscow), 21 July 1992',
        ],
        recognition: { level: 'unrecognised', note: 'no UN member recognises it' },
        note: `${contested} Start: the ceasefire that ended the war of 1992.`,
        sources: [
          declaration(
            'Proclamation of the Pridnestrovian Moldavian Soviet Socialist Republic',
            '1990-09-02',
            'statehood claimed',
          ),
          agreement(
            'Agreement on the Principles of a Peaceful Settlement of the Armed Conflict in the Transnistrian Region of the Republic of Moldova (Moscow)',
            '1992-07-21',
            'start',
          ),
        ],
      },
    ],
    notes: [],
    review: reviewed(),
  },
];
