// Admissibility before the International Criminal Court (Rome Statute, Art. 17, with Art. 20(3)):
// the Court is complementary to national courts. A case is inadmissible when a state with
// jurisdiction is genuinely investigating or prosecuting it, has genuinely decided not to
// prosecute, or has tried the person, or when it is not grave enough; the first three give way
// when the state is unwilling (Art. 17(2)) or unable (Art. 17(3)). National inactivity leaves a
// case admissible. Pure: the facts about the national proceedings are passed in.

export const proceedingStates = ['none', 'investigating', 'prosecuting', 'decided-not-to-prosecute', 'tried'] as const;
export type NationalProceedings = (typeof proceedingStates)[number];

/** Art. 17(2): signs of unwillingness. */
export interface Unwillingness {
  /** (a) proceedings or decision made to shield the person from criminal responsibility. */
  shielding?: boolean;
  /** (b) unjustified delay inconsistent with an intent to bring the person to justice. */
  unjustifiedDelay?: boolean;
  /** (c) not conducted independently or impartially, inconsistent with that intent. */
  notIndependentOrImpartial?: boolean;
}

/** Art. 17(3): inability, owing to a total or substantial collapse or unavailability of the national judicial system. */
export interface Inability {
  collapseOrUnavailability?: boolean;
  cannotObtainAccused?: boolean;
  cannotObtainEvidence?: boolean;
  otherwiseUnable?: boolean;
}

export interface AdmissibilityQuestion {
  proceedings: NationalProceedings;
  unwilling?: Unwillingness;
  unable?: Inability;
  /** Art. 17(1)(d): whether the case is of sufficient gravity; null when not yet judged. */
  sufficientGravity: boolean | null;
}

export interface AdmissibilityFinding {
  admissible: boolean | 'undetermined';
  provision: string;
  reasons: string[];
}

function unwillingReasons(u: Unwillingness = {}): string[] {
  return [
    u.shielding && 'shielding the person (Art. 17(2)(a))',
    u.unjustifiedDelay && 'unjustified delay (Art. 17(2)(b))',
    u.notIndependentOrImpartial && 'proceedings not independent or impartial (Art. 17(2)(c))',
  ].filter((x): x is string => Boolean(x));
}

function unableReasons(u: Inability = {}): string[] {
  if (!u.collapseOrUnavailability) return [];
  return [
    'total or substantial collapse or unavailability of the national judicial system (Art. 17(3))',
    u.cannotObtainAccused && 'unable to obtain the accused',
    u.cannotObtainEvidence && 'unable to obtain the necessary evidence and testimony',
    u.otherwiseUnable && 'otherwise unable to carry out its proceedings',
  ].filter((x): x is string => Boolean(x));
}

export function admissibility(q: AdmissibilityQuestion): AdmissibilityFinding {
  if (q.sufficientGravity === false)
    return {
      admissible: false,
      provision: 'Art. 17(1)(d)',
      reasons: ['not of sufficient gravity to justify further action by the Court'],
    };
  const gravityOpen = q.sufficientGravity === null ? ['gravity (Art. 17(1)(d)) not yet judged'] : [];
  const result = (admissible: boolean, provision: string, reasons: string[]): AdmissibilityFinding =>
    admissible && gravityOpen.length > 0
      ? { admissible: 'undetermined', provision, reasons: [...reasons, ...gravityOpen] }
      : { admissible, provision, reasons };

  if (q.proceedings === 'none')
    return result(true, 'Art. 17(1)', [
      'no state is investigating or prosecuting the case: national inactivity leaves it admissible',
    ]);

  const unwilling = unwillingReasons(q.unwilling);
  // The inability facts count only with their premise, the collapse or unavailability of the judicial system.
  const unable = unableReasons(q.unable);
  if (q.proceedings === 'tried') {
    const exceptions = unwilling.filter((r) => !r.includes('delay'));
    if (exceptions.length > 0)
      return result(true, 'Art. 17(1)(c), Art. 20(3)', [
        `the national trial does not bar the Court: ${exceptions.join('; ')}`,
      ]);
    return {
      admissible: false,
      provision: 'Art. 17(1)(c), Art. 20(3)',
      reasons: ['the person has already been tried for the conduct (ne bis in idem)'],
    };
  }
  const provision = q.proceedings === 'decided-not-to-prosecute' ? 'Art. 17(1)(b)' : 'Art. 17(1)(a)';
  const what =
    q.proceedings === 'decided-not-to-prosecute'
      ? 'a state investigated and decided not to prosecute'
      : `a state is ${q.proceedings} the case`;
  if (unwilling.length > 0)
    return result(true, provision, [`${what}, but is unwilling genuinely to do so: ${unwilling.join('; ')}`]);
  if (unable.length > 0)
    return result(true, provision, [`${what}, but is unable genuinely to do so: ${unable.join('; ')}`]);
  return {
    admissible: false,
    provision,
    reasons: [`${what}, genuinely: the Court defers to national proceedings (complementarity)`],
  };
}
