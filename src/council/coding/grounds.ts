// Codes the grounds a resolution invokes for acting: `consent` (the consent, request, agreement
// or concurrence of the host state's government for the UN presence or action), `humanitarian`
// (a humanitarian situation, crisis, need or assistance among the grounds or measures; a bare
// reference to international humanitarian law does not count) and `regional` (transborder or
// regional repercussions: peace, security or stability of the region or area, neighbouring
// states, flows or incursions across borders). Krause (1994) reads these as the Council's
// widening of "threat to the peace" beyond inter-state force.
import { type FlagCoding, flag, scan } from './evidence.ts';
import type { Paragraph } from './paragraphs.ts';

const all = ['preambular', 'operative'] as const;

const consentPattern = new RegExp(
  [
    String.raw`\b(?:with|without|subject to) (?:the )?(?:prior |full )?(?:consent|agreement|concurrence) of (?:the )?(?:host |government|governments|parties|authorities|state|states|countries|country)`,
    String.raw`\bconsent of (?:the )?(?:host |government|governments|parties|authorities|country|countries|state|states|republic|kingdom)`,
    String.raw`\b(?:at|upon|on|to) the (?:formal |express )?(?:request|invitation) of (?:the )?(?:government|governments|president|authorities|head of state|parties)`,
    String.raw`\brequest(?:s|ed)? (?:made |addressed )?by the (?:government|president|authorities)`,
    // "Noting that the Government of Cyprus is agreed that ... it is necessary to keep UNFICYP"
    String.raw`\b(?:government|governments|authorities) (?:of [a-z' -]+ )?(?:has|have|is|are) (?:consented|agreed|requested|invited)`,
    String.raw`\bhas (?:consented|agreed) to the (?:presence|deployment|stationing|extension)`,
  ].join('|'),
);

export function codeConsent(source: string, paragraphs: readonly Paragraph[]): FlagCoding {
  // the agreement of troop-contributing governments is not the host state's consent
  return flag(
    source,
    scan(
      paragraphs,
      all,
      consentPattern,
      (h) => !/^\S* ?contributing/.test(h.paragraph.norm.text.slice(h.match.index + h.match[0].length)),
    ),
  );
}

const humanitarianPattern =
  /\bhumanitarian\b(?! law\b)(?! and human rights law\b)|\brelief (?:supplies|assistance|operations?|aid|efforts?|work)\b|\bhuman suffering\b|\b(?:plight|suffering) of the (?:[a-z]+ )?(?:civilian )?(?:population|people|refugees)\b/;
/** Humanitarian exemptions from sanctions ("except payments ... for strictly medical or humanitarian purposes") are not grounds. */
const exemption = /\b(?:except\w*|not including|exclusively|strictly|save|exempt\w*|approved|unless|in special)\b/;

export function codeHumanitarian(source: string, paragraphs: readonly Paragraph[]): FlagCoding {
  return flag(
    source,
    scan(paragraphs, all, humanitarianPattern, (h) => !exemption.test(h.clauseBefore.slice(-90))),
  );
}

const regionalPattern = new RegExp(
  [
    String.raw`\b(?:peace|security|stability|tension|tensions|situation|conflict|repercussions|consequences|implications|effects?|threat|threaten\w*|endanger\w*|destabiliz\w*)\b[^;:]{0,60}?\b(?:in|of|throughout|for|to) the (?:whole |entire )?(?:region|area|sub-?region)\b(?! of)`,
    String.raw`\bregional (?:peace|security|stability|repercussions|consequences|dimension|implications|tension|d[eé]tente)\b`,
    String.raw`\b(?:states|countries) (?:of|in) the region\b`,
    String.raw`\bneighbou?ring (?:countries|states|member states|independent states)\b`,
    String.raw`\bcross-?border\b|\btransborder\b|\bacross (?:the |its |their |international )?(?:borders?|frontiers?)\b|\bspill\w*[ -]?over\b`,
  ].join('|'),
);

export function codeRegional(source: string, paragraphs: readonly Paragraph[]): FlagCoding {
  return flag(source, scan(paragraphs, all, regionalPattern));
}
