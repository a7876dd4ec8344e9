// What the sovereignty capability asks of the store (reads and writes), implemented per dialect
// in src/store/sqlite/sovereignty.ts.
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the sovereignty capability
export interface SovereigntyStore {}
