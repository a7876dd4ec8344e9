// Seed entries of the sovereignty registry for the Middle East: Iraq (transitional sovereignty
// after the occupation ended in June 2004) and the Palestinian Territories (observer entity).
import type { TerritoryRecord } from '../territory.ts';
import { agreement, declaration, event, ga, sc, reviewed } from './cite.ts';

const occupied = sc(
  242,
  '1967-11-22',
  'the territories occupied in 1967',
  'Withdrawal of Israel armed forces from territories occupied in the recent conflict',
);

export const middleEast: TerritoryRecord[] = [
  {
    code: 'IRQ',
    name: 'Iraq',
    aliases: [],
    intervals: [
      {
        status: 'transitional-sovereignty',
        start: '2004-06-28',
        end: '2011-12-18',
        formal: {
          degree: 'full',
          note: 'sovereignty restored: the occupation ended with the transfer of authority to the Interim Government',
        },
        material: {
          degree: 'limited',
          note: 'security from the Multinational Force, then from United States forces under the 2008 Status of Forces Agreement; UNAMI',
        },
        authority:
          'Multinational Force - Iraq (to 31 December 2008); United States forces under the Status of Forces Agreement (2009-2011); UNAMI',
        legalBasis: ['S/RES/1546 (2004)', 'S/RES/1790 (2007) (last renewal of the Multinational Force)'],
        recognition: null,
        note: "One of Saxer's cases of transitional sovereignty.",
        sources: [
          sc(1546, '2004-06-08', 'endorses the Interim Government; the occupation to end by 30 June 2004'),
          event(
            'Transfer of authority from the Coalition Provisional Authority to the Iraqi Interim Government',
            '2004-06-28',
            'start',
          ),
          sc(1790, '2007-12-18', 'the Multinational Force authorised a last time, to 31 December 2008'),
          event('The last United States forces leave Iraq', '2011-12-18', 'end'),
        ],
      },
    ],
    notes: [
      {
        period: '2003-03-20 to 2004-06-28',
        text: 'Invasion (20 March 2003) and occupation by the United States and the United Kingdom; the Coalition Provisional Authority governed, and resolution 1483 recognised the occupying powers as "the Authority". Belligerent occupation is not one of the typology\'s statuses, so no status is recorded.',
        sources: [
          event('Invasion of Iraq', '2003-03-20', 'start of the period'),
          sc(1483, '2003-05-22', 'the occupying powers recognised as "the Authority"'),
        ],
      },
    ],
    review: reviewed(
      "no status after December 2011; UNAMI's mandate ends on 31 December 2025 (S/RES/2732 (2024), recorded from knowledge)",
    ),
  },
  {
    code: 'PSE',
    name: 'Palestinian Territories',
    aliases: ['Palestine', 'State of Palestine', 'Occupied Palestinian Territory', 'West Bank and Gaza'],
    intervals: [
      {
        status: 'observer-entity',
        start: '1974-11-22',
        end: '2012-11-29',
        formal: {
          degree: 'limited',
          note: 'the PLO an observer at the UN; statehood proclaimed 15 November 1988 and recognised by many states; not a UN member',
        },
        material: {
          degree: 'limited',
          note: 'territories occupied by Israel since 1967; Palestinian Authority self-government in parts from 1994 (Oslo Accords)',
        },
        authority: null,
        legalBasis: ['A/RES/3237 (XXIX)', 'A/RES/43/177 (the designation "Palestine")'],
        recognition: {
          level: 'partial',
          note: 'the 1988 declaration of independence recognised by a majority of UN members, not by Israel or most Western states',
        },
        note: "Saxer's example of an observer entity.",
        sources: [
          ga('A/RES/3237 (XXIX): observer status for the Palestine Liberation Organization', '1974-11-22', 'start'),
          declaration('Palestinian Declaration of Independence (Algiers)', '1988-11-15', 'recognition'),
          ga(
            'A/RES/43/177: "Palestine" used in place of "Palestine Liberation Organization"',
            '1988-12-15',
            'legal basis',
          ),
          agreement(
            'Declaration of Principles on Interim Self-Government Arrangements (Oslo I)',
            '1993-09-13',
            'Palestinian self-government',
          ),
          occupied,
        ],
      },
      {
        status: 'observer-entity',
        start: '2012-11-29',
        end: null,
        formal: {
          degree: 'limited',
          note: 'non-member observer State; party to treaties including the Rome Statute (2015); not a UN member',
        },
        material: {
          degree: 'limited',
          note: 'occupation continues; the West Bank and Gaza under separate de facto authorities since 2007',
        },
        authority: null,
        legalBasis: ['A/RES/67/19 (non-member observer State status)'],
        recognition: {
          level: 'partial',
          note: 'recognised by a large majority of UN members, joined in September 2025 by the United Kingdom, Canada, Australia, Portugal (21 September), France and others (22 September); not by Israel or the United States',
        },
        note: 'Additional rights of participation granted by A/RES/ES-10/23 (10 May 2024).',
        sources: [
          ga('A/RES/67/19: non-member observer State status', '2012-11-29', 'start'),
          ga('A/RES/ES-10/23', '2024-05-10', 'additional rights'),
          event(
            'Recognitions of the State of Palestine by the United Kingdom, Canada, Australia and Portugal (21 September) and France (22 September)',
            '2025-09-21',
            'recognition',
          ),
          occupied,
        ],
      },
    ],
    notes: [],
    review: reviewed('the recognitions of September 2025; the State of Palestine remains a non-member observer State'),
  },
];
