// What Concord's own forecast predictors (src/risk/own-predictors.ts) ask of the store, read once
// over the SqlDb executor in src/store/sql/risk-inputs.ts: the Council's decisions with the titles
// of their agenda items, and the coup attempts, each with the years its sources cover.
import type { OwnPredictorInputs } from '../risk/own-predictors.ts';

export interface RiskInputsStore {
  /** Everything the own predictors read; empty lists and null spans where a source is not imported. */
  ownPredictorInputs(): Promise<OwnPredictorInputs>;
}
