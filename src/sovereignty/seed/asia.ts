// Seed entries of the sovereignty registry for Asia: Cambodia (UNTAC, 1992-93), East Timor
// (UNTAET protectorate 1999-2002, transitional sovereignty under UNMISET and its successors)
// and Afghanistan (transitional sovereignty from the Bonn Agreement to August 2021).
import type { TerritoryRecord } from '../territory.ts';
import { agreement, event, ga, sc, reviewed } from './cite.ts';

const paris = 'Agreements on a Comprehensive Political Settlement of the Cambodia Conflict (Paris Agreements)';
const untacEnd = sc(
  880,
  '1993-11-04',
  'end: the mandate of UNTAC terminated with the constitutional government of 24 September 1993',
  'termination of the mandate of the United Nations Transitional Authority in Cambodia following the establishment of the constitutional government on 24 September 1993',
);

export const asia: TerritoryRecord[] = [
  {
    code: 'KHM',
    name: 'Cambodia',
    aliases: ['Kampuchea'],
    intervals: [
      {
        status: 'supervised-sovereignty',
        start: '1992-03-15',
        end: '1993-09-24',
        formal: {
          degree: 'full',
          note: 'sovereignty embodied in the Supreme National Council under the Paris Agreements',
        },
        material: {
          degree: 'limited',
          note: 'UNTAC held direct control over foreign affairs, defence, finance, public security and information, and organised the 1993 election',
        },
        authority: 'UNTAC (Special Representative of the Secretary-General Yasushi Akashi)',
        legalBasis: [`${paris}, 23 October 1991`, 'S/RES/745 (1992)'],
        recognition: null,
        note: 'Start: UNTAC began work with the arrival of the Special Representative in Phnom Penh on 15 March 1992.',
        sources: [
          agreement(
            paris,
            '1991-10-23',
            'legal basis: the Supreme National Council delegates to the UN the powers to implement the settlement',
          ),
          sc(
            718,
            '1991-10-31',
            'the Paris agreements signed at the Paris Conference of 21-23 October 1991',
            'Welcoming the meeting in Paris, from 21 to 23 October 1991',
          ),
          sc(
            745,
            '1992-02-28',
            'establishes UNTAC',
            'Decides that the United Nations Transitional Authority in Cambodia shall be established under its authority',
          ),
          event('Arrival of the Special Representative, Yasushi Akashi, in Phnom Penh', '1992-03-15', 'start'),
          untacEnd,
        ],
      },
      {
        status: 'westphalian',
        start: '1993-09-24',
        end: null,
        formal: { degree: 'full', note: 'constitutional monarchy under the constitution of 1993' },
        material: { degree: 'full', note: 'the elected government governs' },
        authority: null,
        legalBasis: ['Constitution of the Kingdom of Cambodia, 24 September 1993'],
        recognition: null,
        note: null,
        sources: [untacEnd],
      },
    ],
    notes: [],
    review: reviewed(),
  },
  {
    code: 'TLS',
    name: 'East Timor',
    aliases: ['Timor-Leste', 'Timor Leste', 'East Timor (Timor-Leste)'],
    intervals: [
      {
        status: 'international-protectorate',
        start: '1999-10-25',
        end: '2002-05-20',
        formal: { degree: 'none', note: 'a non-self-governing territory; no state held recognised sovereignty' },
        material: {
          degree: 'limited',
          note: 'UNTAET exercised all legislative and executive authority; East Timorese shared in it through the National Council and the Transitional Cabinet from 2000',
        },
        authority: 'UNTAET (Transitional Administrator Sérgio Vieira de Mello)',
        legalBasis: ['S/RES/1272 (1999)'],
        recognition: null,
        note: "Saxer's example: East Timor under UNTAET 1999-2002.",
        sources: [
          sc(
            1272,
            '1999-10-25',
            'start: establishes UNTAET, with overall responsibility for the administration of East Timor',
          ),
          event('Independence of the Democratic Republic of Timor-Leste', '2002-05-20', 'end'),
        ],
      },
      {
        status: 'transitional-sovereignty',
        start: '2002-05-20',
        end: '2005-05-20',
        formal: { degree: 'full', note: 'independent from 20 May 2002; UN member from 27 September 2002' },
        material: { degree: 'limited', note: 'UNMISET provides security, policing and core administrative support' },
        authority: 'UNMISET',
        legalBasis: ['S/RES/1410 (2002)'],
        recognition: null,
        note: null,
        sources: [
          sc(1410, '2002-05-17', 'start: establishes UNMISET from 20 May 2002'),
          event('End of the mandate of UNMISET', '2005-05-20', 'end'),
        ],
      },
      {
        status: 'transitional-sovereignty',
        start: '2005-05-20',
        end: '2013-01-01',
        formal: { degree: 'full', note: 'a sovereign state and UN member' },
        material: {
          degree: 'limited',
          note: 'UNOTIL supports state institutions; after the 2006 crisis UNMIT holds interim law-enforcement responsibility',
        },
        authority: 'UNOTIL (20 May 2005 - 25 August 2006), then UNMIT (to 31 December 2012)',
        legalBasis: ['S/RES/1599 (2005)', 'S/RES/1704 (2006)'],
        recognition: null,
        note: 'Concord extends transitional sovereignty to the end of UNMIT; the sources name East Timor after 2002 without an end date.',
        sources: [
          sc(1599, '2005-04-28', 'start: establishes UNOTIL from 20 May 2005'),
          sc(1704, '2006-08-25', 'establishes UNMIT'),
          sc(2037, '2012-02-23', 'end: extends UNMIT a last time, to 31 December 2012'),
        ],
      },
      {
        status: 'westphalian',
        start: '2013-01-01',
        end: null,
        formal: { degree: 'full', note: 'a sovereign state and UN member' },
        material: { degree: 'full', note: 'no UN peace operation after UNMIT' },
        authority: null,
        legalBasis: [],
        recognition: null,
        note: null,
        sources: [sc(2037, '2012-02-23', 'start: UNMIT ends 31 December 2012')],
      },
    ],
    notes: [
      {
        period: '1975-12-07 to 1999-10-25',
        text: 'Invaded by Indonesia on 7 December 1975 and annexed; the annexation was never recognised by the UN, which listed East Timor as a non-self-governing territory under Portuguese administration. No status of the typology fits an unrecognised occupation. After the popular consultation of 30 August 1999, INTERFET was authorised under Chapter VII.',
        sources: [
          sc(
            384,
            '1975-12-22',
            'the Council calls for Indonesian withdrawal',
            'Calls upon the Government of Indonesia to withdraw without delay all its forces from the Territory',
          ),
          sc(389, '1976-04-22', 'the call repeated'),
          event('Popular consultation on autonomy or independence', '1999-08-30', 'vote for independence'),
          sc(1264, '1999-09-15', 'authorises INTERFET'),
        ],
      },
    ],
    review: reviewed(),
  },
  {
    code: 'AFG',
    name: 'Afghanistan',
    aliases: [],
    intervals: [
      {
        status: 'transitional-sovereignty',
        start: '2001-12-22',
        end: '2021-08-15',
        formal: { degree: 'full', note: 'a sovereign state and UN member' },
        material: {
          degree: 'limited',
          note: 'Interim, Transitional, then elected governments; security from ISAF (NATO from 2003), UN political support (UNAMA); donors fund most of the budget',
        },
        authority: 'ISAF (2001-2014), Resolute Support (2015-2021); UNAMA',
        legalBasis: [
          'Agreement on Provisional Arrangements in Afghanistan Pending the Re-establishment of Permanent Government Institutions (Bonn Agreement), 5 December 2001',
          'S/RES/1383 (2001)',
          'S/RES/1386 (2001)',
          'S/RES/1401 (2002)',
        ],
        recognition: null,
        note: "One of Saxer's cases of transitional sovereignty.",
        sources: [
          agreement('Bonn Agreement', '2001-12-05', 'legal basis: the Interim Authority'),
          sc(1383, '2001-12-06', 'endorses the Bonn Agreement'),
          sc(1386, '2001-12-20', 'authorises ISAF'),
          event('The Interim Authority takes office in Kabul', '2001-12-22', 'start'),
          sc(1401, '2002-03-28', 'establishes UNAMA'),
          event('Taliban forces enter Kabul; the government falls', '2021-08-15', 'end'),
        ],
      },
    ],
    notes: [
      {
        period: 'from 2021-08-15',
        text: "The Taliban govern as de facto authorities; no state recognised their government until the Russian Federation did on 3 July 2025. Afghanistan keeps its UN seat under the former government's representative. No status is recorded: the typology does not describe a government of a recognised state that almost no state recognises.",
        sources: [
          event('Taliban forces enter Kabul', '2021-08-15', 'start of the period'),
          event(
            'The Russian Federation recognises the Islamic Emirate of Afghanistan',
            '2025-07-03',
            'first recognition of the Taliban government',
          ),
        ],
      },
    ],
    review: reviewed(
      'the note on the Taliban government updated for its recognition by the Russian Federation (3 July 2025)',
    ),
  },
  {
    code: 'TWN',
    name: 'Taiwan',
    aliases: ['Republic of China', 'Republic of China (Taiwan)', 'Chinese Taipei'],
    intervals: [
      {
        status: 'contested-statehood',
        start: '1971-10-25',
        end: null,
        formal: {
          degree: 'limited',
          note: "the Republic of China governs Taiwan, Penghu, Kinmen and Matsu; it lost China's seat in the UN to the People's Republic (A/RES/2758 (XXVI)); recognised by 12 states in 2025 (11 UN members and the Holy See); the People's Republic claims it",
        },
        material: { degree: 'full', note: 'its own elected government, armed forces and currency' },
        authority: null,
        legalBasis: [],
        recognition: {
          level: 'partial',
          note: "recognised by 12 states after Nauru switched to the People's Republic on 15 January 2024; most states keep unofficial relations",
        },
        note: 'Outside the typology: governs itself with full material sovereignty and limited formal recognition.',
        sources: [
          ga(
            "A/RES/2758 (XXVI): restoration of the lawful rights of the People's Republic of China in the United Nations",
            '1971-10-25',
            'start: the Republic of China loses the UN seat',
          ),
          event(
            "Nauru switches diplomatic recognition to the People's Republic of China",
            '2024-01-15',
            'recognition: 12 states remain',
          ),
        ],
      },
    ],
    notes: [
      {
        period: '1945-10-25 to 1971-10-25',
        text: "Japan surrendered Taiwan to the Republic of China on 25 October 1945; the Government of the Republic of China moved to Taipei in December 1949 and held China's seat in the UN and on the Security Council until 1971. No status is recorded for these years.",
        sources: [
          event(
            'Retrocession ceremony in Taipei: Japanese forces in Taiwan surrender to the Republic of China',
            '1945-10-25',
            'start of the period',
          ),
        ],
      },
    ],
    review: reviewed('the number of states recognising it (12) as of 2025'),
  },
];
