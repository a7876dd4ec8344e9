// Every disagreement between the Chapter VII coder and the Library's `chapter_VII` flag on the
// 2000-2026 resolutions (flag-agreement.ts), judged by reading the paragraph that carries the
// reference in the UN's text (Concord's store, source unxml-resolutions) under DOMAIN.md section
// 5: a resolution is adopted under Chapter VII when it says so, in its preamble or in an
// operative paragraph, or acts under a named Article 39-42. Ids, the paragraph read and the
// reason only; no text is copied. `right`: whose reading the text supports.
// Found in the study (docs/council.md): the Library flags the formula "Acting under Chapter VII
// of the Charter of the United Nations" and misses its variants.

export interface Judgement {
  right: 'coder' | 'flag';
  /** The paragraph read (CouncilParagraph.index, 0-based) - preamble "p" or operative number "op". */
  where: string;
  reason: string;
}

const forTheseReasons = (where: string): Judgement => ({
  right: 'coder',
  where,
  reason:
    'preamble "Acting for these reasons under Chapter VII": the Council acts under Chapter VII; the flag misses this variant',
});
const namedArticle = (where: string, article: number): Judgement => ({
  right: 'coder',
  where,
  reason: `acts under Article ${article} (Chapter VII) by name; the flag misses acts under a named Article`,
});
const operative = (where: string, what: string): Judgement => ({
  right: 'coder',
  where,
  reason: `operative paragraph acting under Chapter VII (${what}); the flag only marks a preamble "Acting under Chapter VII"`,
});

export const chapterViiJudgements: Readonly<Record<string, Judgement>> = {
  // ISAF, Afghanistan: the preamble acts "for these reasons" under Chapter VII
  'S/RES/1386 (2001)': forTheseReasons('preamble, last paragraph'),
  'S/RES/1413 (2002)': forTheseReasons('preamble, last paragraph'),
  'S/RES/1444 (2002)': forTheseReasons('preamble, last paragraph'),
  'S/RES/1510 (2003)': forTheseReasons('preamble, last paragraph'),
  'S/RES/1563 (2004)': forTheseReasons('preamble, last paragraph'),
  'S/RES/1623 (2005)': forTheseReasons('preamble, last paragraph'),
  'S/RES/1707 (2006)': forTheseReasons('preamble, last paragraph'),
  'S/RES/1776 (2007)': forTheseReasons('preamble, last paragraph'),
  'S/RES/1833 (2008)': forTheseReasons('preamble, last paragraph'),
  // acts under a named Article: Iran (1696, 1737, 1747, 1803, 2231) and other sanctions regimes
  'S/RES/1696 (2006)': namedArticle('preamble, last paragraph', 40),
  'S/RES/1737 (2006)': namedArticle('preamble, last paragraph', 41),
  'S/RES/1747 (2007)': namedArticle('preamble, last paragraph', 41),
  'S/RES/1803 (2008)': namedArticle('preamble, last paragraph', 41),
  'S/RES/2231 (2015)': namedArticle('op. 7', 41),
  'S/RES/2345 (2017)': namedArticle('preamble, last paragraph', 41),
  'S/RES/2353 (2017)': namedArticle('preamble, last paragraph', 41),
  'S/RES/2627 (2022)': namedArticle('preamble, last paragraph', 41),
  'S/RES/2680 (2023)': namedArticle('preamble, last paragraph', 41),
  // the formula in other words
  'S/RES/1564 (2004)': {
    right: 'coder',
    where: 'preamble, last paragraph',
    reason: 'preamble "Acting under Chapter VII of the United Nations Charter" (word order); the flag misses it',
  },
  'S/RES/2670 (2022)': {
    right: 'coder',
    where: 'preamble, last paragraph',
    reason: 'preamble "Acting under Chapter VII of the UN Charter" (abbreviation); the flag misses it',
  },
  // operative paragraphs under Chapter VII
  'S/RES/1389 (2002)': operative('op. 2', 'reiterates its authorization to UNAMSIL under Chapter VII'),
  'S/RES/1410 (2002)': operative('op. 6', 'authorizes UNMISET under Chapter VII to take the necessary actions'),
  'S/RES/2363 (2017)': operative(
    'op. 14',
    'decides, acting under Chapter VII, to extend the authorization to take the necessary action',
  ),
  'S/RES/2519 (2020)': operative('op. 1', 'UNISFA: acting under Chapter VII for the modified tasks'),
  'S/RES/2550 (2020)': operative('op. 1', 'UNISFA: acting under Chapter VII for the modified tasks'),
  'S/RES/2575 (2021)': operative('op. 1', 'UNISFA: acting under Chapter VII for the modified tasks'),
};
