// Codes the measures not involving force of Art. 41: `sanctions` (an operative paragraph that
// imposes, maintains, tightens or calls for observance of an embargo - arms, oil, trade -, a
// freeze of funds, a travel ban, a severance of economic, air or diplomatic relations; a
// recommended embargo such as "cease forthwith the sale and shipment of arms" counts, a
// preambular recall, a decision to end the measures or a readiness to consider them does not) and `tribunal` (an operative
// paragraph that establishes or concerns an international tribunal for the prosecution of
// persons, e.g. the ICTY, res. 808 and 827 (1993); the International Court of Justice is not one).
import { type FlagCoding, flag, scan } from './evidence.ts';
import type { Paragraph } from './paragraphs.ts';

const sanctionMeasure = new RegExp(
  [
    String.raw`\bembargo\b`,
    String.raw`\bsanctions\b`,
    String.raw`\bfreez\w* (?:of )?(?:\w+ )?(?:funds|assets|financial)`,
    String.raw`\bsever\w* (?:of )?(?:all )?(?:economic|diplomatic|trade|air)`,
    String.raw`\b(?:complete |partial )?interruption of (?:economic|air|rail|sea|postal)`,
    String.raw`\b(?:sale (?:or|and) (?:supply|shipment)|provision|sale|supply) (?:to [a-z' ]{1,40}? )?of (?:arms|weapons|oil|petroleum)`,
    String.raw`\b(?:sale|supply|shipment|delivery) of (?:arms|weapons|military equipment|oil|petroleum)\b`,
    String.raw`\bprevent (?:the )?(?:import|export|sale|supply|entry into)`,
    String.raw`\bthe import into their territories\b`,
    String.raw`\b(?:no state|states) shall (?:not )?(?:make available|prevent)\b`,
    String.raw`\brefrain\w* from (?:the )?(?:sale|supply|supplying|selling|providing) (?:of )?(?:arms|weapons|military|oil)`,
    String.raw`\bboycott`,
    String.raw`\btravel ban`,
    String.raw`\bdeny (?:permission|entry|landing|take-off)`,
  ].join('|'),
);
const ending = /\b(?:terminat\w*|lift\w*|end to the (?:measures|sanctions)|no longer|suspend\w*|repeal\w*)\b/;
/** A readiness or intention to consider measures is not a measure ("stands ready to consider ... targeted sanctions"). */
const intention = /\b(?:stands? ready|readiness|intention|intends?|willingness|prepared) to (?:consider|impose|take)\b/;

export function codeSanctions(source: string, paragraphs: readonly Paragraph[]): FlagCoding {
  return flag(
    source,
    scan(
      paragraphs,
      ['operative'],
      sanctionMeasure,
      (h) => !ending.test(h.clauseBefore.slice(-80)) && !intention.test(h.clauseBefore.slice(-160)),
    ),
  );
}

// the International Criminal Court and the internationalised special courts (Sierra Leone, the
// Central African Republic's Special Criminal Court) count from 2000 on (labelled set 2000-2026)
const tribunalPattern =
  /\binternational (?:criminal )?tribunal\b|\btribunal for the prosecution\b|\bwar crimes tribunal\b|\binternational criminal court\b|\bspecial (?:criminal )?court for\b|\bspecial criminal court\b|\bicc\b/;

export function codeTribunal(source: string, paragraphs: readonly Paragraph[]): FlagCoding {
  return flag(source, scan(paragraphs, ['operative'], tribunalPattern));
}
