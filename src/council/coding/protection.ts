// Codes the protection of persons: `individualResponsibility` (individuals held responsible for
// crimes: "individually responsible", perpetrators to be punished, prosecuted or brought to
// justice, those responsible held accountable or to account, acts investigated and punished), `protectionOfCivilians` (the protection or safety of civilians demanded or mandated,
// including by invoking the Fourth Geneva Convention "relative to the Protection of Civilian
// Persons in Time of War") and `responsibilityToProtect` (an explicit reference to the
// responsibility to protect, World Summit Outcome 2005 paras. 138-139).
import { type FlagCoding, flag, scan } from './evidence.ts';
import type { Paragraph } from './paragraphs.ts';

const all = ['preambular', 'operative'] as const;

const individualPattern = new RegExp(
  [
    String.raw`\bindividual(?:ly)? (?:criminal )?responsib\w*|\bpersonally (?:held )?responsible\b`,
    String.raw`\bperpetrators?\b[^;]{0,120}?\b(?:punish\w*|brought to justice|prosecut\w*|held (?:accountable|responsible))`,
    String.raw`\b(?:bring|brought) to justice\b|\bprosecution of (?:persons|those|individuals)\b`,
    String.raw`\bpersons (?:who are )?responsible for (?:serious )?violations\b`,
    // 2000-2026 wording (labelled set, development half): held to account, investigated and
    // punished, those responsible prosecuted
    String.raw`\b(?:held|hold|holding) (?:[\w'’()-]+ ){0,6}?(?:accountable|to account)\b`,
    String.raw`\binvestigated and (?:duly )?(?:punished|prosecuted)\b`,
    String.raw`\b(?:those|persons|individuals)\b[^;.]{0,80}?\bresponsible\b[^;.]{0,80}?\b(?:prosecut\w*|punish\w*)`,
    String.raw`\bprosecute\b[^;.]{0,80}?\b(?:those|persons|individuals)\b[^;.]{0,80}?\bresponsible\b`,
  ].join('|'),
);

export function codeIndividualResponsibility(source: string, paragraphs: readonly Paragraph[]): FlagCoding {
  return flag(source, scan(paragraphs, all, individualPattern));
}

const civiliansPattern =
  /\bprotect(?:ion|ing)? (?:of )?(?:the )?(?:\w+ )?civilian(?:s| populations?| persons)\b|\b(?:safety|security)(?: and (?:security|protection|well-being))? of (?:the )?(?:\w+ )?civilian(?:s| populations?)\b|\bcivilian (?:populations?|persons)\b[^;]{0,60}?\bprotect\w*|\b(?:repression|abuses?|attacks?|violence) (?:of|on|against) (?:the )?(?:[a-z]+ )?(?:civilians?|civilian populations?|non-combatants)\b/;

export function codeProtectionOfCivilians(source: string, paragraphs: readonly Paragraph[]): FlagCoding {
  return flag(source, scan(paragraphs, all, civiliansPattern));
}

export function codeResponsibilityToProtect(source: string, paragraphs: readonly Paragraph[]): FlagCoding {
  return flag(source, scan(paragraphs, all, /\bresponsibility to protect\b/));
}
