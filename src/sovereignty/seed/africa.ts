// Seed entries of the sovereignty registry for Africa: Liberia and Sierra Leone (transitional
// sovereignty under UNMIL and UNAMSIL), Somalia (trust territory, independence, collapse, the
// transitional and federal governments) and Somaliland (unrecognised since 1991).
import type { TerritoryRecord } from '../territory.ts';
import { agreement, declaration, event, ga, sc, reviewed } from './cite.ts';

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
        material: {
          degree: 'limited',
          note: 'the National Transitional Government (from 14 October 2003), then elected governments; UNMIL provides security and rebuilds the security sector',
        },
        authority: 'UNMIL',
        legalBasis: ['Comprehensive Peace Agreement, Accra, 18 August 2003', 'S/RES/1509 (2003)'],
        recognition: null,
        note: "One of Saxer's cases of transitional sovereignty.",
        sources: [
          agreement(
            'Comprehensive Peace Agreement between the Government of Liberia, LURD, MODEL and the political parties (Accra)',
            '2003-08-18',
            'legal basis',
          ),
          sc(1509, '2003-09-19', 'establishes UNMIL, to take over from ECOMIL on 1 October 2003'),
          event('UNMIL assumes authority from the ECOWAS force (ECOMIL)', '2003-10-01', 'start'),
          event('UNMIL closes', '2018-03-30', 'end: its last day'),
        ],
      },
    ],
    notes: [],
    review: reviewed('no status recorded after UNMIL closed on 30 March 2018'),
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
        material: {
          degree: 'limited',
          note: 'UNAMSIL (and United Kingdom forces from May 2000) provide security, disarmament and the extension of state authority',
        },
        authority: 'UNAMSIL',
        legalBasis: [
          'Peace Agreement between the Government of Sierra Leone and the RUF (Lomé), 7 July 1999',
          'S/RES/1270 (1999)',
        ],
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
    review: reviewed('no status recorded after UNAMSIL; UNIPSIL closed in March 2014'),
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
        formal: {
          degree: 'none',
          note: 'Trust Territory of Somaliland under Italian administration, promised independence after ten years',
        },
        material: {
          degree: 'limited',
          note: 'administered by Italy under the supervision of the Trusteeship Council, with a UN Advisory Council',
        },
        authority: 'Italy as administering authority; Trusteeship Council',
        legalBasis: [
          'A/RES/289 (IV)',
          'Trusteeship Agreement for the Territory of Somaliland under Italian Administration, approved by A/RES/442 (V)',
        ],
        recognition: null,
        note: null,
        sources: [
          ga(
            'A/RES/289 (IV): the former Italian colonies; Somaliland to be a trust territory under Italian administration for ten years',
            '1949-11-21',
            'legal basis',
          ),
          event('Italy assumes the administration of the territory', '1950-04-01', 'start'),
          ga('A/RES/442 (V): approval of the Trusteeship Agreement', '1950-12-02', 'legal basis'),
        ],
      },
      {
        status: 'westphalian',
        start: '1960-07-01',
        end: '1991-01-26',
        formal: {
          degree: 'full',
          note: 'independent and united with the former British Somaliland on 1 July 1960; UN member from 20 September 1960',
        },
        material: { degree: 'full', note: 'a central government (from 1969 the military regime of Siad Barre)' },
        authority: null,
        legalBasis: [],
        recognition: null,
        note: null,
        sources: [
          event('Independence and union of the Somali Republic', '1960-07-01', 'start'),
          event('Siad Barre flees Mogadishu; the central government collapses', '1991-01-26', 'end'),
        ],
      },
      {
        status: 'transitional-sovereignty',
        start: '2004-10-10',
        end: '2012-08-20',
        formal: { degree: 'full', note: 'a UN member; the Transitional Federal Government holds its seat' },
        material: {
          degree: 'limited',
          note: 'the Transitional Federal Government, formed in Kenya, controls little of the territory; AMISOM from 2007',
        },
        authority: 'IGAD-led peace process; AMISOM (from 2007)',
        legalBasis: ['Transitional Federal Charter of the Somali Republic (2004)', 'S/RES/1744 (2007)'],
        recognition: null,
        note: 'Classified by Concord: an internationally brokered government of a formally sovereign failed state, sustained by international actors.',
        sources: [
          event(
            'The Transitional Federal Parliament, meeting in Nairobi, elects Abdullahi Yusuf Ahmed President',
            '2004-10-10',
            'start',
          ),
          sc(1744, '2007-02-20', 'authorises AMISOM'),
          event('End of the transitional period: the Federal Parliament is sworn in', '2012-08-20', 'end'),
        ],
      },
      {
        status: 'transitional-sovereignty',
        start: '2012-08-20',
        end: '2025-01-01',
        formal: { degree: 'full', note: 'the Federal Government of Somalia' },
        material: {
          degree: 'limited',
          note: 'security from the African Union missions (AMISOM, then ATMIS from 1 April 2022); UN assistance mission UNSOM, then UNTMIS from 31 October 2024',
        },
        authority: 'AMISOM, ATMIS (from 2022); UNSOM (2013-2024), UNTMIS (from 31 October 2024)',
        legalBasis: [
          'Provisional Constitution of the Federal Republic of Somalia (2012)',
          'S/RES/2102 (2013)',
          'S/RES/2628 (2022)',
          'S/RES/2753 (2024)',
        ],
        recognition: null,
        note: 'Classified by Concord, as for 2004-2012.',
        sources: [
          event('End of the transitional period: the Federal Parliament is sworn in', '2012-08-20', 'start'),
          sc(2102, '2013-05-02', 'establishes UNSOM'),
          sc(2628, '2022-03-31', 'AMISOM reconfigured as ATMIS'),
          sc(2753, '2024-10-30', 'UNSOM succeeded by the UN Transitional Assistance Mission in Somalia (UNTMIS)'),
          event('ATMIS ends; AUSSOM takes over', '2025-01-01', 'end: the African Union mission replaced'),
        ],
      },
      {
        status: 'transitional-sovereignty',
        start: '2025-01-01',
        end: null,
        formal: { degree: 'full', note: 'the Federal Government of Somalia' },
        material: {
          degree: 'limited',
          note: 'security from the African Union Support and Stabilization Mission in Somalia (AUSSOM), which replaced ATMIS on 1 January 2025, beside the Somali forces; UNTMIS winds down UN assistance',
        },
        authority: 'AUSSOM (from 1 January 2025); UNTMIS',
        legalBasis: ['S/RES/2767 (2024)', 'S/RES/2753 (2024)'],
        recognition: null,
        note: 'Classified by Concord, as for 2004-2012. The same status: the interval is split where the supervising missions changed.',
        sources: [
          sc(2767, '2024-12-27', 'authorises AUSSOM from 1 January 2025'),
          event('AUSSOM replaces ATMIS', '2025-01-01', 'start'),
        ],
      },
    ],
    notes: [
      {
        period: '1991-01-26 to 2004-10-10',
        text: 'State collapse: Somalia stayed formally sovereign and a UN member with no functioning government. UNOSOM I, the Unified Task Force (the first Chapter VII force for a purely internal humanitarian crisis) and UNOSOM II intervened in 1992-95 without administering the country. No status of the typology fits.',
        sources: [
          sc(
            733,
            '1992-01-23',
            'arms embargo under Chapter VII',
            'general and complete embargo on all deliveries of weapons and military equipment to Somalia',
          ),
          sc(751, '1992-04-24', 'establishes UNOSOM', 'Decides to establish under its authority'),
          sc(
            794,
            '1992-12-03',
            'authorises the Unified Task Force',
            'all necessary means to establish as soon as possible a secure environment for humanitarian relief operations in Somalia',
          ),
          sc(
            814,
            '1993-03-26',
            'UNOSOM II under Chapter VII',
            'Acting under Chapter VII of the Charter of the United Nations',
          ),
        ],
      },
    ],
    review: reviewed('AUSSOM in place of ATMIS from 1 January 2025; UNTMIS in place of UNSOM from 31 October 2024'),
  },
  {
    code: 'XSL',
    name: 'Somaliland',
    aliases: ['Republic of Somaliland'],
    intervals: [
      {
        status: 'contested-statehood',
        start: '1991-05-18',
        end: '2025-12-26',
        formal: { degree: 'none', note: 'no state recognises it; in international law part of Somalia' },
        material: { degree: 'full', note: 'its own government, elections, currency and security forces since 1991' },
        authority: null,
        legalBasis: [
          'Declaration of the restoration of the sovereignty of Somaliland (Burao), 18 May 1991',
          'Constitution of Somaliland, approved by referendum 31 May 2001',
        ],
        recognition: { level: 'unrecognised', note: 'unrecognised by any UN member' },
        note: "Outside the typology: material sovereignty without formal sovereignty. Code XSL is the registry's own (ISO 3166 has none).",
        sources: [
          declaration(
            'Declaration of independence at the Grand Conference of the Northern Peoples (Burao)',
            '1991-05-18',
            'start',
          ),
          event('Constitutional referendum', '2001-05-31', 'constitution'),
        ],
      },
      {
        status: 'contested-statehood',
        start: '2025-12-26',
        end: null,
        formal: {
          degree: 'limited',
          note: 'recognised by Israel (26 December 2025), by no other UN member; Somalia and the African Union regard it as part of Somalia',
        },
        material: { degree: 'full', note: 'its own government, elections, currency and security forces since 1991' },
        authority: null,
        legalBasis: ['Declaration of the restoration of the sovereignty of Somaliland (Burao), 18 May 1991'],
        recognition: {
          level: 'partial',
          note: 'recognised by one UN member, Israel, from 26 December 2025 (recorded from news reports of the joint declaration; check against the instrument)',
        },
        note: 'Outside the typology, as before; the interval is split where the first recognition by a UN member was reported.',
        sources: [
          event(
            'Israel announces its recognition of the Republic of Somaliland (reported)',
            '2025-12-26',
            'start: first recognition by a UN member',
          ),
        ],
      },
    ],
    notes: [
      {
        period: 'to 1991-05-18',
        text: 'The British Somaliland Protectorate became independent as the State of Somaliland on 26 June 1960 and united with the former Italian trust territory on 1 July 1960 to form the Somali Republic (see SOM).',
        sources: [
          event('Independence of the State of Somaliland', '1960-06-26', 'history'),
          ga('A/RES/289 (IV)', '1949-11-21', 'the southern trust territory'),
        ],
      },
    ],
    review: reviewed(),
  },
  {
    code: 'ESH',
    name: 'Western Sahara',
    aliases: ['Sahrawi Arab Democratic Republic', 'SADR', 'Spanish Sahara'],
    intervals: [
      {
        status: 'contested-statehood',
        start: '1976-02-27',
        end: '1991-09-06',
        formal: {
          degree: 'limited',
          note: 'a non-self-governing territory on the UN list; the Sahrawi Arab Democratic Republic, proclaimed 27 February 1976, recognised by many African and Latin American states and admitted to the OAU (1982, seated 1984); Morocco (and until 1979 Mauritania) claims the territory',
        },
        material: {
          degree: 'limited',
          note: 'war between Morocco and the Polisario Front; Morocco administers most of the territory behind its berm, the Polisario holds the east',
        },
        authority: null,
        legalBasis: ['Proclamation of the Sahrawi Arab Democratic Republic, 27 February 1976'],
        recognition: {
          level: 'partial',
          note: 'the SADR recognised by a number of states, not by Morocco or most Western states; no state other than the United States (2020) has recognised Moroccan sovereignty',
        },
        note: 'Classified by Concord: no status of Saxer fits a non-self-governing territory whose self-determination is unresolved and whose administration is contested; contested statehood (of the SADR) is the nearest.',
        sources: [
          agreement(
            'Declaration of Principles on Western Sahara between Spain, Morocco and Mauritania (Madrid Accords)',
            '1975-11-14',
            'Spain hands over administration',
          ),
          event('Spain ends its presence in the territory', '1976-02-26', 'end of Spanish administration'),
          declaration('Proclamation of the Sahrawi Arab Democratic Republic (Bir Lehlou)', '1976-02-27', 'start'),
        ],
      },
      {
        status: 'contested-statehood',
        start: '1991-09-06',
        end: null,
        formal: {
          degree: 'limited',
          note: "still a non-self-governing territory on the UN list; the SADR a member of the African Union; the United States recognised Moroccan sovereignty on 10 December 2020, and Morocco's 2007 autonomy plan has the support of Spain (2022), France (2024) and the United Kingdom (2025)",
        },
        material: {
          degree: 'limited',
          note: 'Morocco administers about four fifths of the territory; MINURSO monitors the ceasefire of 6 September 1991, which broke down on 13 November 2020; the referendum was never held',
        },
        authority: 'MINURSO (monitoring; no administration)',
        legalBasis: ['S/RES/690 (1991)', 'Settlement Plan (S/21360, S/22464)'],
        recognition: {
          level: 'partial',
          note: 'as before; recognitions of the SADR have been withdrawn or frozen by several states since the 2000s',
        },
        note: 'Classified by Concord, as for 1976-1991. In resolution 2797 (2025) the Council took the view that genuine autonomy under Moroccan sovereignty could be the most feasible outcome (recorded from knowledge; the text is not in the store).',
        sources: [
          sc(
            690,
            '1991-04-29',
            'establishes MINURSO',
            'Decides to establish, under its authority, a United Nations Mission for the Referendum in Western Sahara',
          ),
          event('The ceasefire takes effect; MINURSO deploys', '1991-09-06', 'start'),
          event(
            'The Polisario Front ends the ceasefire after the Moroccan operation at Guerguerat',
            '2020-11-13',
            'renewed hostilities',
          ),
          sc(2797, '2025-10-31', 'MINURSO renewed; autonomy under Moroccan sovereignty as the basis of negotiations'),
        ],
      },
    ],
    notes: [
      {
        period: 'to 1976-02-27',
        text: "Spanish Sahara, on the UN list of non-self-governing territories since 1963. The International Court of Justice found (16 October 1975) no tie of territorial sovereignty with Morocco or Mauritania that would affect self-determination; Morocco's Green March followed on 6 November 1975.",
        sources: [
          event('International Court of Justice, Western Sahara, advisory opinion', '1975-10-16', 'self-determination'),
          event('The Green March', '1975-11-06', 'Moroccan entry'),
        ],
      },
    ],
    review: reviewed(
      'resolution 2797 (2025) and the recognitions of the autonomy plan are recorded from knowledge, not checked against their texts',
    ),
  },
  {
    code: 'SSD',
    name: 'South Sudan',
    aliases: ['Republic of South Sudan'],
    intervals: [
      {
        status: 'transitional-sovereignty',
        start: '2011-07-09',
        end: null,
        formal: {
          degree: 'full',
          note: 'independent from 9 July 2011 after the referendum of January 2011 under the Comprehensive Peace Agreement (2005); UN member from 14 July 2011',
        },
        material: {
          degree: 'limited',
          note: 'UNMISS under Chapter VII from independence; civil war from December 2013, with civilians sheltered in UNMISS bases; the Revitalised Agreement (2018) and a transitional government whose term was extended to February 2027',
        },
        authority: 'UNMISS',
        legalBasis: [
          'S/RES/1996 (2011)',
          'S/RES/2155 (2014)',
          'Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan, 12 September 2018',
        ],
        recognition: null,
        note: 'Classified by Concord: a new state whose security and state-building rest on an international mission from its first day.',
        sources: [
          event('Independence of the Republic of South Sudan', '2011-07-09', 'start'),
          sc(1996, '2011-07-08', 'establishes UNMISS from 9 July 2011'),
          ga(
            'A/RES/65/308: admission of the Republic of South Sudan to membership in the United Nations',
            '2011-07-14',
            'UN membership',
          ),
          sc(2155, '2014-05-27', 'UNMISS refocused on the protection of civilians'),
          agreement(
            'Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan (R-ARCSS)',
            '2018-09-12',
            'the transitional government',
          ),
        ],
      },
    ],
    notes: [
      {
        period: 'to 2011-07-09',
        text: 'Part of Sudan. The Comprehensive Peace Agreement of 9 January 2005 gave the south autonomy and a referendum, held on 9-15 January 2011 (98.8 per cent for independence); UNMIS supported the agreement.',
        sources: [
          agreement(
            'Comprehensive Peace Agreement between the Government of Sudan and the SPLM/A',
            '2005-01-09',
            'autonomy and referendum',
          ),
          event('Southern Sudan independence referendum', '2011-01-09', 'independence chosen'),
        ],
      },
    ],
    review: reviewed(
      'the extension of the transitional period to February 2027 (September 2024) is recorded from knowledge',
    ),
  },
];
