// The UN Framework of Analysis for Atrocity Crimes (Office on Genocide Prevention and the
// Responsibility to Protect, 2014): its 14 risk factors, numbered exactly as in the Framework
// (1-8 common to all atrocity crimes; 9-10 genocide; 11-12 crimes against humanity; 13-14 war
// crimes), and the indicators Concord refers to. Indicator texts are short paraphrases, not
// quotations. The Framework numbers indicators within each factor ("1.4"); Concord records a
// number with `numbering: 'sure'` only where the number is certain to the maintainers, and marks
// the others 'unverified' (check them against the Framework before citing them). Indicators of
// factors 10-14 are not numbered here at all: their numbers could not be confirmed.

export type AtrocityCrimeGroup = 'common' | 'genocide' | 'crimes against humanity' | 'war crimes';

export interface FrameworkIndicator {
  /** "factor.number", e.g. "1.4". */
  id: string;
  text: string;
  numbering: 'sure' | 'unverified';
}

export interface RiskFactor {
  number: number;
  name: string;
  group: AtrocityCrimeGroup;
  /** The indicators Concord's data speak to (the Framework lists more). */
  indicators: FrameworkIndicator[];
  /** What the factor asks about that Concord's data cannot answer: for the analyst. */
  beyondData: string;
}

const sure = (id: string, text: string): FrameworkIndicator => ({ id, text, numbering: 'sure' });
const unverified = (id: string, text: string): FrameworkIndicator => ({ id, text, numbering: 'unverified' });

export const riskFactors: readonly RiskFactor[] = [
  {
    number: 1,
    name: 'Situations of armed conflict or other forms of instability',
    group: 'common',
    indicators: [
      sure('1.1', 'International or non-international armed conflict'),
      sure('1.4', 'Political instability from abrupt or irregular regime change or transfer of power'),
      sure('1.6', 'Political tension from autocratic regimes or severe political repression'),
      sure('1.8', 'Economic instability from a severe crisis in the national economy'),
      sure('1.9', 'Economic instability from acute poverty, mass unemployment or deep horizontal inequalities'),
      sure('1.11', 'Social instability from exclusion or tensions based on identity'),
    ],
    beyondData:
      'security crises (peace-agreement defection, conflict next door, terrorism), humanitarian emergencies, disputes over power or resources, mass protest',
  },
  {
    number: 2,
    name: 'Record of serious violations of international human rights and humanitarian law',
    group: 'common',
    indicators: [
      sure('2.1', 'Past or present serious restrictions to or violations of human rights and humanitarian law'),
      sure('2.2', 'Past acts of genocide, crimes against humanity, war crimes or their incitement'),
    ],
    beyondData:
      'impunity, denial or justification of past crimes, support to perpetrators, absence of transitional justice, mistrust born of impunity',
  },
  {
    number: 3,
    name: 'Weakness of State structures',
    group: 'common',
    indicators: [
      sure(
        '3.1',
        'A national legal framework without effective protection, including ratification of human rights treaties',
      ),
      sure('3.3', 'Lack of an independent and impartial judiciary'),
      unverified('3.10', 'Insufficient resources to implement measures protecting populations'),
    ],
    beyondData:
      'civilian control of security forces, corruption and governance, oversight and accountability mechanisms, training in international law',
  },
  {
    number: 4,
    name: 'Motives or incentives',
    group: 'common',
    indicators: [],
    beyondData:
      'economic, strategic or ideological motives, perceived threats from protected groups, politicised grievances, exclusionary ideologies',
  },
  {
    number: 5,
    name: 'Capacity to commit atrocity crimes',
    group: 'common',
    indicators: [],
    beyondData:
      'personnel, arms and their financing, logistics, capacity to mobilise supporters, links to armed groups, external or commercial support',
  },
  {
    number: 6,
    name: 'Absence of mitigating factors',
    group: 'common',
    indicators: [
      sure('6.2', 'Lack of a strong civil society and of a free, diverse and independent media'),
      unverified('6.7', 'Limited cooperation with international and regional human rights mechanisms'),
    ],
    beyondData:
      'international presence and access, attention of international civil society and media, neighbours\u2019 support, early-warning mechanisms',
  },
  {
    number: 7,
    name: 'Enabling circumstances or preparatory action',
    group: 'common',
    indicators: [
      unverified('7.2', 'Suspension of or interference with vital State institutions'),
      unverified('7.6', 'Strict control or banning of communication channels'),
    ],
    beyondData:
      'emergency laws, arms acquisition, militias, marking or segregation of groups, inflammatory rhetoric and hate speech, expulsion of observers',
  },
  {
    number: 8,
    name: 'Triggering factors',
    group: 'common',
    indicators: [
      unverified('8.1', 'Sudden deployment of security forces or commencement of armed hostilities'),
      unverified('8.4', 'Abrupt or irregular regime changes or transfers of power'),
      unverified('8.9', 'Sudden changes affecting the economy or the workforce'),
    ],
    beyondData:
      'elections and census, religious or commemorative events, attacks on leaders, incitement, spill-over from neighbours, accountability processes',
  },
  {
    number: 9,
    name: 'Intergroup tensions or patterns of discrimination against protected groups',
    group: 'genocide',
    indicators: [
      sure('9.1', 'Past or present serious discrimination, segregation or exclusion of protected groups'),
      unverified('9.3', 'History of atrocity crimes committed with impunity against protected groups'),
    ],
    beyondData:
      'denial of group identity, tensions over rights, resources or participation, absence of mechanisms to deal with identity-based tensions',
  },
  {
    number: 10,
    name: 'Signs of an intent to destroy in whole or in part a protected group',
    group: 'genocide',
    indicators: [],
    beyondData:
      'documents or speech revealing intent, targeted elimination, attacks on reproduction or children, dehumanising violence (evidence of intent is for the analyst)',
  },
  {
    number: 11,
    name: 'Signs of a widespread or systematic attack against any civilian population',
    group: 'crimes against humanity',
    indicators: [],
    beyondData:
      'patterns and scale of violence against civilians, use of State or organisational resources, attacks on property and livelihoods',
  },
  {
    number: 12,
    name: 'Signs of a plan or policy to attack any civilian population',
    group: 'crimes against humanity',
    indicators: [],
    beyondData: 'plans, orders, preparatory measures, parallel structures and resources directed at civilians',
  },
  {
    number: 13,
    name: 'Serious threats to those protected under international humanitarian law',
    group: 'war crimes',
    indicators: [],
    beyondData:
      'conduct of hostilities against civilians and persons hors de combat, treatment of detainees, attacks on protected objects',
  },
  {
    number: 14,
    name: 'Serious threats to humanitarian or peacekeeping operations',
    group: 'war crimes',
    indicators: [],
    beyondData: 'attacks on, or threats to, humanitarian and peacekeeping personnel, installations and convoys',
  },
];

export function riskFactor(number: number): RiskFactor | undefined {
  return riskFactors.find((f) => f.number === number);
}

export function frameworkIndicator(id: string): FrameworkIndicator | undefined {
  const factor = riskFactor(Number(id.split('.')[0]));
  return factor?.indicators.find((i) => i.id === id);
}
