// Seed entries of the sovereignty registry for the Americas: Haiti, transitional sovereignty
// three times - after the multinational force of 1994, after the departure of President Aristide
// in 2004 to the end of MINUJUSTH in 2019, and under the Multinational Security Support mission
// and the Gang Suppression Force from June 2024.
import type { TerritoryRecord } from '../territory.ts';
import { event, sc, reviewed } from './cite.ts';

export const americas: TerritoryRecord[] = [
  {
    code: 'HTI',
    name: 'Haiti',
    aliases: [],
    intervals: [
      {
        status: 'transitional-sovereignty',
        start: '1994-09-19',
        end: '2000-03-16',
        formal: {
          degree: 'full',
          note: 'a sovereign state and UN member; the constitutional government restored on 15 October 1994',
        },
        material: {
          degree: 'limited',
          note: 'security from the Multinational Force, then UN missions that train the new police',
        },
        authority: 'Multinational Force (res. 940), then UNMIH (from 31 March 1995), UNSMIH, UNTMIH, MIPONUH',
        legalBasis: ['S/RES/940 (1994)', 'S/RES/867 (1993)'],
        recognition: null,
        note: "Haiti is one of Saxer's cases of transitional sovereignty; Concord records both periods of international presence.",
        sources: [
          sc(
            867,
            '1993-09-23',
            'establishes UNMIH',
            'to authorize the establishment and immediate dispatch of the United Nations Mission in Haiti (UNMIH)',
          ),
          sc(940, '1994-07-31', 'authorises the Multinational Force under Chapter VII'),
          event('The Multinational Force lands in Haiti', '1994-09-19', 'start'),
          event('End of the mandate of MIPONUH', '2000-03-15', 'end: its last day'),
        ],
      },
      {
        status: 'transitional-sovereignty',
        start: '2004-02-29',
        end: '2019-10-16',
        formal: { degree: 'full', note: 'a sovereign state and UN member' },
        material: {
          degree: 'limited',
          note: 'MINUSTAH provides security and police support, and after the 2010 earthquake much of public administration',
        },
        authority:
          'Multinational Interim Force (res. 1529); MINUSTAH (1 June 2004 - 15 October 2017); MINUJUSTH (16 October 2017 - 15 October 2019)',
        legalBasis: ['S/RES/1529 (2004)', 'S/RES/1542 (2004)', 'S/RES/2350 (2017)'],
        recognition: null,
        note: null,
        sources: [
          sc(
            1529,
            '2004-02-29',
            'start: authorises the Multinational Interim Force after the departure of President Aristide',
          ),
          sc(1542, '2004-04-30', 'establishes MINUSTAH'),
          sc(2350, '2017-04-13', 'establishes MINUJUSTH'),
          event('End of the mandate of MINUJUSTH', '2019-10-15', 'end: its last day'),
        ],
      },
      {
        status: 'transitional-sovereignty',
        start: '2024-06-25',
        end: null,
        formal: {
          degree: 'full',
          note: 'a sovereign state and UN member, governed since April 2024 by a Transitional Presidential Council; no elected officials in office since January 2023',
        },
        material: {
          degree: 'limited',
          note: 'armed gangs hold most of the capital; a Kenyan-led Multinational Security Support mission supports the police from June 2024, succeeded by a Gang Suppression Force authorised in September 2025; BINUH advises',
        },
        authority:
          'Multinational Security Support mission (res. 2699), then the Gang Suppression Force (res. 2793); BINUH',
        legalBasis: ['S/RES/2699 (2023)', 'S/RES/2793 (2025)'],
        recognition: null,
        note: 'Classified by Concord: security provided by an authorised non-UN mission to a state whose institutions have largely failed. Resolution 2793 is recorded from knowledge (its text is not in the store).',
        sources: [
          sc(2699, '2023-10-02', 'authorises the Multinational Security Support mission'),
          event(
            'First contingent of the Multinational Security Support mission (Kenyan police) arrives in Port-au-Prince',
            '2024-06-25',
            'start',
          ),
          sc(2793, '2025-09-30', 'authorises the Gang Suppression Force and a UN support office'),
        ],
      },
    ],
    notes: [],
    review: reviewed('a third period of international security presence from June 2024 added'),
  },
];
