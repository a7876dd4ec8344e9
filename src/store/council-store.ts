// What the council capability asks of the store (reads and writes), implemented per dialect
// in src/store/sqlite/council.ts.
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the council capability
export interface CouncilStore {}
