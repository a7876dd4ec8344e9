// What the norms capability asks of the store (reads and writes), implemented per dialect
// in src/store/sqlite/norms.ts.
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the norms capability
export interface NormsStore {}
