// The resolution coder: reads the text of a Security Council resolution and codes the practice
// Krause (1994) reads in it - Chapter VII action, the Art. 39 determination, authorisation of
// force (Art. 42 practice since 1990), Art. 41 measures (sanctions, tribunals), and the grounds
// and protections invoked - each field with the paragraphs that justify it - and the Krause
// optic read by the norms capability's classifier. The JSON keys of
// CodedResolution are a contract (issue 4): keep the names and values.
import { codeChapterVii } from './chapter-vii.ts';
import { codeDetermination, type Determination } from './determination.ts';
import type { Evidence, FlagCoding } from './evidence.ts';
import { codeForce } from './force.ts';
import { codeConsent, codeHumanitarian, codeRegional } from './grounds.ts';
import { codeSanctions, codeTribunal } from './measures.ts';
import { codeOptic, type OpticCoding } from './optic.ts';
import { paragraphsOf } from './paragraphs.ts';
import { codeIndividualResponsibility, codeProtectionOfCivilians, codeResponsibilityToProtect } from './protection.ts';

/** The boolean fields of a coded resolution, in output order. */
export const flagFields = [
  'chapterVII',
  'authorizesForce',
  'sanctions',
  'tribunal',
  'consent',
  'humanitarian',
  'regional',
  'individualResponsibility',
  'protectionOfCivilians',
  'responsibilityToProtect',
] as const;
export type FlagField = (typeof flagFields)[number];
export type CodedField = FlagField | 'determination';
export const codedFields: readonly CodedField[] = ['chapterVII', 'determination', ...flagFields.slice(1)];

export type { Determination };

/** What the coder found in one text: a value per field, and per field the evidence for it. */
export type CodedResolution = { [F in FlagField]: boolean } & {
  determination: Determination;
  evidence: { [F in CodedField]: Evidence[] };
  /** Krause's optic, from the norms capability's paragraph classifier (optic.ts). */
  optic: OpticCoding['value'];
  opticReading: Omit<OpticCoding, 'value'>;
  /** Number of paragraphs the text was split into (evidence refers to them, 1-based). */
  paragraphs: number;
};

/** Codes one resolution text. Pure: the same text always gives the same coding. */
export function codeResolution(text: string): CodedResolution {
  const ps = paragraphsOf(text);
  const flags: Record<FlagField, FlagCoding> = {
    chapterVII: codeChapterVii(text, ps),
    authorizesForce: codeForce(text, ps),
    sanctions: codeSanctions(text, ps),
    tribunal: codeTribunal(text, ps),
    consent: codeConsent(text, ps),
    humanitarian: codeHumanitarian(text, ps),
    regional: codeRegional(text, ps),
    individualResponsibility: codeIndividualResponsibility(text, ps),
    protectionOfCivilians: codeProtectionOfCivilians(text, ps),
    responsibilityToProtect: codeResponsibilityToProtect(text, ps),
  };
  const determination = codeDetermination(text, ps);
  const values = Object.fromEntries(flagFields.map((f) => [f, flags[f].value])) as { [F in FlagField]: boolean };
  const evidence = Object.fromEntries([
    ...flagFields.map((f) => [f, flags[f].evidence]),
    ['determination', determination.evidence],
  ]) as {
    [F in CodedField]: Evidence[];
  };
  const { value: optic, ...opticReading } = codeOptic(text);
  return { ...values, determination: determination.value, optic, evidence, opticReading, paragraphs: ps.length };
}
