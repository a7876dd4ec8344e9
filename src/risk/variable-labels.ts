// Upstream variable codes in words (issue 15 item 6): V-Dem's variable names (`v2clkill_ord`) are
// what EWP's replication scripts and Concord's sources call the measures, not what an analyst
// reads. This table is the one place that names them; the predictor meanings, the Framework of
// Analysis evidence and the human-security profile are written through it, and `inWords` turns any
// code left in a stored text (e.g. drivers of a forecast run stored before this table) into words,
// so the web app, the CLI and the printed brief say the same thing. Source of the meanings: V-Dem
// Codebook v14 (variable names and scales) as cited in EWP's helper scripts/format_vdem.R.

/** V-Dem variables used by EWP's predictors, as an analyst would name them. */
export const vdemVariableWords: Readonly<Record<string, string>> = {
  v2clkill_ord: 'freedom from political killings scale',
  v2clrelig_ord: 'freedom of religion scale',
  v2clrgunev_ord: 'regional unevenness in civil liberties scale',
  v2clsocgrp_ord: 'social group equality in civil liberties scale',
  v2csgender_ord: "women's participation in civil society scale",
  v2csgender_binary: "women's participation in civil society (levels 0-2)",
  v2csreprss_ord: 'repression of civil society organisations scale',
  v2jureform_ord: 'judicial reform scale',
  v2mecenefm_ord: 'government censorship of the media scale',
  v2mecenefm_binary: 'government censorship of the media (levels 0-2)',
  v2pepwrses: 'power by socioeconomic position index',
  v2pepwrsoc_ord: 'power by social group scale',
  v2psparban_ord: 'party bans scale',
  v2xcl_disc: 'freedom of discussion index',
};

/** The words for a V-Dem variable code; the code itself when the table does not know it. */
export function vdemWords(code: string): string {
  return vdemVariableWords[code] ?? code;
}

const vdemCode = /\b(V-Dem(?:'s)? )?(v2[a-z]+(?:_[a-z]+)?)\b/g;

/** `text` with every V-Dem variable code the table knows replaced by its words ("V-Dem's ..."). */
export function inWords(text: string): string {
  return text.replace(vdemCode, (whole, _prefix: string | undefined, code: string) =>
    code in vdemVariableWords ? `V-Dem's ${vdemVariableWords[code]}` : whole,
  );
}

/** A raw variable code in `text` (a V-Dem name such as v2clkill_ord), or null: for tests and checks. */
export function rawCodeIn(text: string): string | null {
  return /\bv2[a-z]+(?:_[a-z]+)?\b/.exec(text)?.[0] ?? null;
}
