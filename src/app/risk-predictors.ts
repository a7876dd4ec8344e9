// The country-years of the forecast model with Concord's own predictors added (issue 15 item 3):
// EWP's country-years from the store, the Council's decisions and coup attempts from the store,
// combined by the pure src/risk/own-predictors.ts. Shared by the predictor experiments
// (bench/predictors.ts) and any model that uses these predictors.
import type { CountryYear } from '../risk/country-year.ts';
import { withOwnPredictors } from '../risk/own-predictors.ts';
import type { Store } from '../store/store.ts';
import { countryYearsOf } from './risk.ts';

/** EWP's country-years with bd_change, coup_year and council_decisions added. */
export async function countryYearsWithOwnPredictors(store: Store): Promise<CountryYear[]> {
  const rows = await countryYearsOf(store);
  return withOwnPredictors(rows, await store.riskInputs.ownPredictorInputs());
}
