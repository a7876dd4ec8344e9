// Seed entries of the sovereignty registry for the Balkans: Bosnia and Herzegovina (independent
// from 3 March 1992; supervised sovereignty under the High Representative since Dayton) and Kosovo (UNMIK protectorate,
// supervised independence, then contested statehood). Dates and sources as cited; which of them
// the store verifies is computed (source.ts) and listed in docs/cases.md.
import type { TerritoryRecord } from '../territory.ts';
import { agreement, declaration, decision, event, ga, sc, reviewed } from './cite.ts';

const dayton =
  'General Framework Agreement for Peace in Bosnia and Herzegovina (Dayton Agreement), initialled at Dayton 21 November 1995, signed in Paris 14 December 1995';

export const balkans: TerritoryRecord[] = [
  {
    code: 'BIH',
    name: 'Bosnia and Herzegovina',
    aliases: ['Bosnia', 'Bosnia-Herzegovina'],
    intervals: [
      {
        status: 'westphalian',
        start: '1992-03-03',
        end: '1995-12-14',
        formal: {
          degree: 'full',
          note: 'independence declared on 3 March 1992 after the referendum of 29 February - 1 March 1992; recognised by the European Community on 6 April 1992; UN member from 22 May 1992',
        },
        material: {
          degree: 'limited',
          note: 'war 1992-1995: much of the territory held by Bosnian Serb and Bosnian Croat forces',
        },
        authority: null,
        legalBasis: ['Declaration of independence, 3 March 1992', 'A/RES/46/237 (admission to the United Nations)'],
        recognition: null,
        note: 'Start: the declaration of independence (3 March 1992); recognition followed on 6 April and UN membership on 22 May 1992.',
        sources: [
          declaration(
            'Declaration of independence of the Republic of Bosnia and Herzegovina, after the referendum of 29 February - 1 March 1992',
            '1992-03-03',
            'start',
          ),
          event('Recognition by the European Community and its member states', '1992-04-06', 'recognition'),
          sc(
            755,
            '1992-05-20',
            'admission recommended',
            'Recommends to the General Assembly that the Republic of Bosnia and Herzegovina be admitted to membership in the United Nations',
          ),
          ga('A/RES/46/237', '1992-05-22', 'admission to the United Nations'),
        ],
      },
      {
        status: 'supervised-sovereignty',
        start: '1995-12-14',
        end: null,
        formal: { degree: 'full', note: 'a sovereign state and UN member' },
        material: {
          degree: 'limited',
          note: 'the High Representative interprets the civilian provisions of Dayton and, with the "Bonn powers" (December 1997), imposes laws and removes officials',
        },
        authority:
          'High Representative (Office of the High Representative, Dayton Annex 10); IFOR, SFOR, then EUFOR Althea',
        legalBasis: [
          `${dayton}, Annex 10`,
          'S/RES/1031 (1995)',
          'Peace Implementation Council, Bonn conclusions, 10 December 1997',
        ],
        recognition: null,
        note: "Saxer's example of supervised sovereignty.",
        sources: [
          agreement(dayton, '1995-12-14', 'start and legal basis (Annex 10: the High Representative)'),
          sc(1031, '1995-12-15', 'endorses the High Representative; authorises IFOR under Chapter VII'),
          decision(
            'Peace Implementation Council, Bonn conclusions ("Bonn powers")',
            '1997-12-10',
            'the High Representative may impose decisions and remove officials',
          ),
        ],
      },
    ],
    notes: [],
    review: reviewed(
      'the High Representative (Christian Schmidt since 2021) keeps the Bonn powers; EUFOR Althea is authorised each year by the Council',
    ),
  },
  {
    code: 'XKX',
    name: 'Kosovo',
    aliases: ['Kosova', 'Republic of Kosovo'],
    intervals: [
      {
        status: 'international-protectorate',
        start: '1999-06-10',
        end: '2008-02-17',
        formal: {
          degree: 'none',
          note: 'resolution 1244 reaffirms the sovereignty and territorial integrity of the Federal Republic of Yugoslavia',
        },
        material: {
          degree: 'limited',
          note: 'UNMIK holds legislative and executive authority; Provisional Institutions of Self-Government from 2001 (Constitutional Framework)',
        },
        authority: 'UNMIK (Special Representative of the Secretary-General); KFOR',
        legalBasis: [
          'S/RES/1244 (1999)',
          'Military Technical Agreement (Kumanovo), 9 June 1999',
          'UNMIK Regulation 2001/9 (Constitutional Framework for Provisional Self-Government), 15 May 2001',
        ],
        recognition: null,
        note: "Saxer's example: Kosovo under UNMIK 1999-2008.",
        sources: [
          sc(1244, '1999-06-10', 'start: establishes the international civil and security presences'),
          agreement(
            'Military Technical Agreement between KFOR and the Governments of the Federal Republic of Yugoslavia and Serbia (Kumanovo)',
            '1999-06-09',
            'withdrawal of Yugoslav forces',
          ),
          declaration('Kosovo Declaration of Independence', '2008-02-17', 'end'),
        ],
      },
      {
        status: 'supervised-sovereignty',
        start: '2008-02-17',
        end: '2012-09-10',
        formal: {
          degree: 'limited',
          note: 'independence declared 17 February 2008; recognised by part of the international community; not a UN member',
        },
        material: {
          degree: 'limited',
          note: 'an International Civilian Representative with corrective powers; EULEX rule-of-law mission with executive functions',
        },
        authority:
          'International Civilian Representative (International Civilian Office); EULEX Kosovo; UNMIK remains under resolution 1244',
        legalBasis: [
          'Comprehensive Proposal for the Kosovo Status Settlement (S/2007/168/Add.1)',
          'Kosovo Declaration of Independence, 17 February 2008',
        ],
        recognition: {
          level: 'partial',
          note: 'recognised by a number of states from 17 February 2008, not by Serbia; ICJ advisory opinion of 22 July 2010: the declaration did not violate international law',
        },
        note: 'supervised independence',
        sources: [
          declaration('Kosovo Declaration of Independence', '2008-02-17', 'start'),
          agreement(
            'Comprehensive Proposal for the Kosovo Status Settlement (Ahtisaari plan), S/2007/168/Add.1',
            '2007-03-26',
            'legal basis of international supervision',
          ),
          event(
            'International Court of Justice, Accordance with International Law of the Unilateral Declaration of Independence in Respect of Kosovo, advisory opinion',
            '2010-07-22',
            'recognition',
          ),
          decision('International Steering Group for Kosovo: end of supervised independence', '2012-09-10', 'end'),
        ],
      },
      {
        status: 'contested-statehood',
        start: '2012-09-10',
        end: null,
        formal: {
          degree: 'limited',
          note: 'a state for those that recognise it; not a UN member; Serbia claims the territory',
        },
        material: {
          degree: 'full',
          note: 'self-governing; KFOR and a reduced EULEX remain; UNMIK formally in place under resolution 1244',
        },
        authority: null,
        legalBasis: ['Kosovo Declaration of Independence, 17 February 2008', 'S/RES/1244 (1999), still in force'],
        recognition: { level: 'partial', note: 'recognised by part of the international community, not by Serbia' },
        note: 'outside the typology: after supervised independence ended, no status of Saxer fits a partially recognised state',
        sources: [
          decision('International Steering Group for Kosovo: end of supervised independence', '2012-09-10', 'start'),
        ],
      },
    ],
    notes: [],
    review: reviewed('recognition still partial; Serbia does not recognise it; UNMIK remains under resolution 1244'),
  },
];
