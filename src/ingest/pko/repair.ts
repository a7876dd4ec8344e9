// A repair of the DPPA operations list: which columns changed, from what, to what, and why.
// Each operation row keeps the list of its repairs (JSON in the `repairs` column).
export type RepairValue = string | number | boolean | null;

export interface Repair {
  /** Columns of the upstream file that the repair changed. */
  fields: string[];
  from: RepairValue[];
  to: RepairValue[];
  reason: string;
}
