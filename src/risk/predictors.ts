// The 39 predictors of the Early Warning Project's 2025 Statistical Risk Assessment, in the
// order of its coefficients file, with what each measures and where it comes from. Source: the
// EWP replication repository (2025-Statistical-Risk-Assessment: model_3Sep2025.R's
// predictornames.fullest; 2.Make-new-base-data/Adding-in-new-data-2025.Rmd and
// helper scripts/format_vdem.R for the codings). V-Dem codings are quoted by variable and level
// rather than paraphrased where the meaning of a level is not stated in those scripts; the V-Dem
// variable names are given in words through variable-labels.ts (issue 15 item 6).
import { inWords } from './variable-labels.ts';

export interface Predictor {
  name: string;
  /** What the value measures, as coded by EWP. */
  meaning: string;
  /** Upstream source of the value. */
  source: string;
}

const coded: readonly Predictor[] = [
  {
    name: 'widetargeting',
    meaning: 'an ongoing mass killing whose target group is broadly defined',
    source: 'EWP mass-killing data',
  },
  {
    name: 'narrowtargeting',
    meaning: 'an ongoing mass killing whose target group is narrowly defined',
    source: 'EWP mass-killing data',
  },
  {
    name: 'v2csgender_binary',
    meaning: "women's participation in civil society organisations at levels 0-2 of V-Dem's v2csgender_ord (0-4)",
    source: 'V-Dem',
  },
  {
    name: 'v2mecenefm_binary',
    meaning: "government censorship effort of the media at levels 0-2 of V-Dem's v2mecenefm_ord (0-4)",
    source: 'V-Dem',
  },
  {
    name: 'partyban.new.0',
    meaning: "party bans at levels 0-1 of V-Dem's v2psparban_ord (0-4; 4: no party banned)",
    source: 'V-Dem',
  },
  { name: 'partyban.new.1', meaning: "party bans at levels 2-3 of V-Dem's v2psparban_ord", source: 'V-Dem' },
  { name: 'partyban.new.2', meaning: "no party banned (level 4 of V-Dem's v2psparban_ord)", source: 'V-Dem' },
  {
    name: 'minorityrule',
    meaning: "power distributed by social group at levels 0-1 of V-Dem's v2pepwrsoc_ord (power held by a few groups)",
    source: 'V-Dem',
  },
  { name: 'judicialreform', meaning: "judicial reform, V-Dem's v2jureform_ord (0-2)", source: 'V-Dem' },
  { name: 'religiousfreedom', meaning: "freedom of religion, V-Dem's v2clrelig_ord (0-4)", source: 'V-Dem' },
  {
    name: 'pol_killing_approved',
    meaning:
      "freedom from political killings at level 0 of V-Dem's v2clkill_ord (killings systematic, approved by leaders)",
    source: 'V-Dem',
  },
  { name: 'freediscussion', meaning: "freedom of discussion index, V-Dem's v2xcl_disc (0-1)", source: 'V-Dem' },
  {
    name: 'social_inequality',
    meaning: "social group equality in civil liberties at level 0 of V-Dem's v2clsocgrp_ord",
    source: 'V-Dem',
  },
  {
    name: 'even_civilrights',
    meaning: "level 2 of V-Dem's v2clrgunev_ord (regional unevenness in civil liberties)",
    source: 'V-Dem',
  },
  {
    name: 'repress_civilsoc',
    meaning: "repression of civil society organisations at levels 0-2 of V-Dem's v2csreprss_ord (0-4)",
    source: 'V-Dem',
  },
  {
    name: 'social_power_dist',
    meaning: "power distributed by social group at levels 0-2 of V-Dem's v2pepwrsoc_ord",
    source: 'V-Dem',
  },
  {
    name: 'ses_power_dist',
    meaning: "power distributed by socioeconomic position, V-Dem's v2pepwrses",
    source: 'V-Dem',
  },
  { name: 'popsize.log2', meaning: 'population, log2', source: 'World Bank WDI, gaps filled from Maddison' },
  {
    name: 'gdppcgrowth',
    meaning: 'GDP per capita growth, % a year',
    source: 'World Bank WDI, gaps filled from Maddison',
  },
  {
    name: 'un_imr_sqrt',
    meaning: 'infant mortality per 1,000 live births, square root',
    source: 'UN World Population Prospects',
  },
  { name: 'efindex', meaning: 'ethnic fractionalisation index', source: 'HIEF (Dražanová)' },
  {
    name: 'discrimpop',
    meaning: 'share of the population in politically discriminated ethnic groups',
    source: 'Ethnic Power Relations (EPR)',
  },
  {
    name: 'reg.na',
    meaning: 'region: the Americas (sub-Saharan Africa is the reference)',
    source: 'EWP (US State Department regions)',
  },
  { name: 'reg.eap', meaning: 'region: East Asia and Pacific', source: 'EWP (US State Department regions)' },
  { name: 'reg.sca', meaning: 'region: South and Central Asia', source: 'EWP (US State Department regions)' },
  { name: 'reg.mna', meaning: 'region: Middle East and North Africa', source: 'EWP (US State Department regions)' },
  { name: 'reg.eur', meaning: 'region: Europe and Eurasia', source: 'EWP (US State Department regions)' },
  {
    name: 'ios.iccpr1',
    meaning: 'party to the First Optional Protocol to the ICCPR (individual complaints)',
    source: 'OHCHR',
  },
  {
    name: 'battledeaths.log2',
    meaning: 'battle-related deaths in internal conflicts located in the country, log2(1 + deaths)',
    source: 'UCDP Battle-Related Deaths',
  },
  {
    name: 'coup.try.5yr',
    meaning: 'a coup attempt (successful or failed) in the last five years',
    source: 'Powell & Thyne',
  },
  {
    name: 'mk_ongoing_count_log2',
    meaning: 'number of ongoing mass killings, log2(1 + count)',
    source: 'EWP mass-killing data',
  },
  {
    name: 'mean_mk_onset_interaction',
    meaning: 'mass-killing onsets since 1960 (mean onset rate times years in the data)',
    source: 'EWP mass-killing data',
  },
  { name: 'mk_onset_prev_year', meaning: 'a mass-killing onset in the previous year', source: 'EWP mass-killing data' },
  { name: 'newcountry', meaning: 'independent for two years or less', source: 'EWP' },
  {
    name: 'mk_ever',
    meaning: 'location or perpetrator of a mass killing at any time to date',
    source: 'EWP mass-killing data',
  },
  { name: 'year_sq', meaning: 'calendar year squared (time trend)', source: 'EWP' },
  { name: 'year', meaning: 'calendar year (time trend)', source: 'EWP' },
  { name: 'countryage.new.log2', meaning: 'years since independence, log2(1 + years)', source: 'EWP' },
  { name: 'includesnonstate', meaning: '1 from 1989, when non-state-led mass killings enter the data', source: 'EWP' },
];

/** The predictors, their meanings in words (no V-Dem variable codes). */
export const ewpPredictors: readonly Predictor[] = coded.map((p) => ({ ...p, meaning: inWords(p.meaning) }));

export const ewpPredictorNames: readonly string[] = ewpPredictors.map((p) => p.name);

export function predictorByName(name: string): Predictor | undefined {
  return ewpPredictors.find((p) => p.name === name);
}
