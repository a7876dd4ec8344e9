// Codes `chapterVII`: true when the Council acts explicitly under Chapter VII of the Charter or
// under any of its Articles 39-42 ("Acting under Chapter VII", "Acting under Chapters VII and
// VIII" (res. 875; issue 14), "Acting under Articles 39 and
// 40", "Decides, under Chapter VII, ...", "Orders ... pursuant to Article 40", "constitutes a
// threat to the peace within the meaning of Article 39"). Not Chapter VII: Chapter VIII
// (regional arrangements, Arts. 52-54), a recall of earlier resolutions adopted under it, and
// intentions or conditions ("to consider further measures under Article 41", "to adopt
// effective measures under Articles 39 and 41", "would demonstrate ... within the meaning of
// Article 39"), a willingness to act "when imposing measures under Article 41" (res. 1314, 2250),
// and an earlier resolution "acting under Chapter VII" (res. 1535).
import { type FlagCoding, flag, opening, scan } from './evidence.ts';
import type { Paragraph } from './paragraphs.ts';

const mention =
  /\b(?:under|in accordance with|pursuant to|within the meaning of)\s+(?:chapters? (?:vi (?:and|or) )?vii\b(?!i)(?: and viii\b)?(?: of the charter)?|articles? (?:39|40|41|42)\b(?:(?:,| and) (?:39|40|41|42)\b)*)/;
const recall =
  /^(?:recall|reaffirm|bearing in mind|noting|taking note|mindful|recognizing|considering|having|welcoming|expressing|reiterating|further recalling)/;
const notNow =
  /\b(?:would|could|might|should|if|in the event|to consider|consider(?:ing|ation of)? (?:the )?(?:application|further)|to adopt|to meet|further (?:measures|action)|possible (?:further )?action|examine|adopted under|taken under|decisions? under|resolutions?|readiness|willingness|whenever|when imposing)\b/;
/** "acting" that belongs to an earlier resolution ("established under paragraph 6 of resolution 1373 (2001) acting under Chapter VII", res. 1535). */
const earlierActing = /\bresolution \d+ \(\d{4}\) acting\s*$/;

export function codeChapterVii(source: string, paragraphs: readonly Paragraph[]): FlagCoding {
  const hits = scan(paragraphs, ['preambular', 'operative', 'heading'], mention, (h) => {
    const clause = h.clauseBefore;
    if (earlierActing.test(clause)) return false;
    if (/\bacting\b/.test(clause)) return !/\b(?:would|to consider|to adopt)\b/.test(clause);
    if (recall.test(opening(h.paragraph))) return false;
    return !notNow.test(clause);
  });
  return flag(source, hits);
}
