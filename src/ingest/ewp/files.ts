// The Early Warning Project's 2025 Statistical Risk Assessment files, by role, as paths inside
// the data directory (source `ewp`).
export const ewpFiles = {
  base: 'ewp/basedata2025_4august2025.csv',
  predictors: 'ewp/prepared2024predictors-2025-09-03.csv',
  foos: 'ewp/FOOSforecasts_3Sep2025.csv',
  finalForecasts: 'ewp/final_forecasts_data_3Sep2025.csv',
  forecasts: 'ewp/forecasts3Sep2025.csv',
  coefficients: 'ewp/coefficients_3Sep2025.csv',
  countryNames: 'ewp/countrynamesheet_complete.csv',
} as const;
