// Seed entries of the sovereignty registry for Africa: Liberia and Sierra Leone (transitional
// sovereignty under UNMIL and UNAMSIL), Somalia (trust territory, independence, collapse, the
// transitional and federal governments) and Somaliland (unrecognised since 1991).
import type { TerritoryRecord } from '../territory.ts';
import { agreement, declaration, event, ga, sc } from './cite.ts';

export const africa: TerritoryRecord[] = [
  {
    code: 'LBR',
    name: 'Liberia',
    aliases: [],
    intervals: [
      {
        status: 'transitional-sovereignty',
        start: '2003-10-01',
        end: '2018-03-31',
        formal: { degree: 'full', note: 'a sovereign state and UN member' },
        material: { degree: 'limited', note: 'the National Transitional Government (from 14 October 2003), then elected governments; UNMIL provides security and rebuilds the security sector' },
        authority: 'UNMIL',
        legalBasis: ['Comprehensive Peace Agreement, Accra, 18 August 2003', 'S/RES/1509 (2003)'],
        recognition: null,
        note: "One of Saxer's cases of transitional sovereignty.",
        sources: [
          agreement('Comprehensive Peace Agreement between the Government of Liberia, LURD, MODEL and the political parties (Accra)', '2003-08-18', 'legal basis'),
          sc(1509, '2003-09-19', 'establishes UNMIL, to take over from ECOMIL on 1 October 2003'),
          event('UNMIL assumes authority from the ECOWAS force (ECOMIL)', '2003-10-01', 'start'),
          event('UNMIL closes', '2018-03-30', 'end: its last day'),
        ],
      },
    ],
    notes: [],
  },
  {
    code: 'SLE',
    name: 'Sierra Leone',
    aliases: [],
    intervals: [
      {
        status: 'transitional-sovereignty',
        start: '1999-10-22',
        end: '2006-01-01',
        formal: { degree: 'full', note: 'a sovereign state and UN member' },
        material: { degree: 'limited', note: 'UNAMSIL (and United Kingdom forces from May 2000) provide security, disarmament and the extension of state authority' },
        authority: 'UNAMSIL',
        legalBasis: ['Peace Agreement between the Government of Sierra Leone and the RUF (Lomé), 7 July 1999', 'S/RES/1270 (1999)'],
        recognition: null,
        note: "One of Saxer's cases of transitional sovereignty. UNIOSIL (2006-2008) and UNIPSIL (2008-2014) followed as political offices.",
        sources: [
          agreement('Lomé Peace Agreement', '1999-07-07', 'legal basis'),
          sc(1270, '1999-10-22', 'start: establishes UNAMSIL'),
          event('End of the mandate of UNAMSIL', '2005-12-31', 'end: its last day'),
        ],
      },
    ],
    notes: [],
  },
  {
    code: 'SOM',
    name: 'Somalia',
    aliases: [],
    intervals: [
      {
        status: 'un-trust-territory',
        start: '1950-04-01',
        end: '1960-07-01',
        formal: { degree: 'none', note: 'Trust Territory of Somaliland under Italian administration, promised independence after ten years' },
        material: { degree: 'limited', note: 'administered by Italy under the supervision of the Trusteeship Council, with a UN Advisory Council' },
        authority: 'Italy as administering authority; Trusteeship Council',
        legalBasis: ['A/RES/289 (IV)', 'Trusteeship Agreement for the Territory of Somaliland under Italian Administration, approved by A/RES/442 (V)'],
        recognition: null,
        note: null,
        sources: [
          ga('A/RES/289 (IV): the former Italian colonies; Somaliland to be a trust territory under Italian administration for ten years', '1949-11-21', 'legal basis'),
          event('Italy assumes the administration of the territory', '1950-04-01', 'start'),
          ga('A/RES/442 (V): approval of the Trusteeship Agreement', '1950-12-02', 'legal basis'),
        ],
      },
      {
        status: 'westphalian',
        start: '1960-07-01',
        end: '1991-01-26',
        formal: { degree: 'full', note: 'independent and united with the former British Somaliland on 1 July 1960; UN member from 20 September 1960' },
        material: { degree: 'full', note: 'a central government (from 1969 the military regime of Siad Barre)' },
        authority: null,
        legalBasis: [],
        recognition: null,
        note: null,
        sources: [event('Independence and union of the Somali Republic', '1960-07-01', 'start'), event('Siad Barre flees Mogadishu; the central government collapses', '1991-01-26', 'end')],
      },
      {
        status: 'transitional-sovereignty',
        start: '2004-10-10',
        end: '2012-08-20',
        formal: { degree: 'full', note: 'a UN member; the Transitional Federal Government holds its seat' },
        material: { degree: 'limited', note: 'the Transitional Federal Government, formed in Kenya, controls little of the territory; AMISOM from 2007' },
        authority: 'IGAD-led peace process; AMISOM (from 2007)',
        legalBasis: ['Transitional Federal Charter of the Somali Republic (2004)', 'S/RES/1744 (2007)'],
        recognition: null,
        note: 'Classified by Concord: an internationally brokered government of a formally sovereign failed state, sustained by international actors.',
        sources: [
          event('The Transitional Federal Parliament, meeting in Nairobi, elects Abdullahi Yusuf Ahmed President', '2004-10-10', 'start'),
          sc(1744, '2007-02-20', 'authorises AMISOM'),
          event('End of the transitional period: the Federal Parliament is sworn in', '2012-08-20', 'end'),
        ],
      },
      {
        status: 'transitional-sovereignty',
        start: '2012-08-20',
        end: null,
        formal: { degree: 'full', note: 'the Federal Government of Somalia' },
        material: { degree: 'limited', note: 'security from the African Union missions (AMISOM, then ATMIS from 2022); UN assistance mission UNSOM' },
        authority: 'AMISOM, ATMIS (from 2022); UNSOM (from 2013)',
        legalBasis: ['Provisional Constitution of the Federal Republic of Somalia (2012)', 'S/RES/2102 (2013)', 'S/RES/2628 (2022)'],
        recognition: null,
        note: 'Classified by Concord, as for 2004-2012.',
        sources: [
          event('End of the transitional period: the Federal Parliament is sworn in', '2012-08-20', 'start'),
          sc(2102, '2013-05-02', 'establishes UNSOM'),
          sc(2628, '2022-03-31', 'AMISOM reconfigured as ATMIS'),
        ],
      },
    ],
    notes: [
      {
        period: '1991-01-26 to 2004-10-10',
        text: 'State collapse: Somalia stayed formally sovereign and a UN member with no functioning government. UNOSOM I, the Unified Task Force (the first Chapter VII force for a purely internal humanitarian crisis) and UNOSOM II intervened in 1992-95 without administering the country. No status of the typology fits.',
        sources: [
          sc(733, '1992-01-23', 'arms embargo under Chapter VII', 'general and complete embargo on all deliveries of weapons and military equipment to Somalia'),
          sc(751, '1992-04-24', 'establishes UNOSOM', 'Decides to establish under its authority'),
          sc(794, '1992-12-03', 'authorises the Unified Task Force', 'all necessary means to establish as soon as possible a secure environment for humanitarian relief operations in Somalia'),
          sc(814, '1993-03-26', 'UNOSOM II under Chapter VII', 'Acting under Chapter VII of the Charter of the United Nations'),
        ],
      },
    ],
  },
  {
    code: 'XSL',
    name: 'Somaliland',
    aliases: ['Republic of Somaliland'],
    intervals: [
      {
        status: 'contested-statehood',
        start: '1991-05-18',
        end: null,
        formal: { degree: 'none', note: 'no state recognises it; in international law part of Somalia' },
        material: { degree: 'full', note: 'its own government, elections, currency and security forces since 1991' },
        authority: null,
        legalBasis: ['Declaration of the restoration of the sovereignty of Somaliland (Burao), 18 May 1991', 'Constitution of Somaliland, approved by referendum 31 May 2001'],
        recognition: { level: 'unrecognised', note: 'unrecognised by any UN member' },
        note: 'Outside the typology: material sovereignty without formal sovereignty. Code XSL is the registry\'s own (ISO 3166 has none).',
        sources: [declaration('Declaration of independence at the Grand Conference of the Northern Peoples (Burao)', '1991-05-18', 'start'), event('Constitutional referendum', '2001-05-31', 'constitution')],
      },
    ],
    notes: [
      {
        period: 'to 1991-05-18',
        text: 'The British Somaliland Protectorate became independent as the State of Somaliland on 26 June 1960 and united with the former Italian trust territory on 1 July 1960 to form the Somali Republic (see SOM).',
        sources: [event('Independence of the State of Somaliland', '1960-06-26', 'history'), ga('A/RES/289 (IV)', '1949-11-21', 'the southern trust territory')],
      },
    ],
  },
];
