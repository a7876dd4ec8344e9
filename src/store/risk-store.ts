// What the risk capability asks of the store (reads and writes), implemented per dialect
// in src/store/sqlite/risk.ts.
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the risk capability
export interface RiskStore {}
