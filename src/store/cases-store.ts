// What the cases capability asks of the store (reads and writes), implemented per dialect
// in src/store/sqlite/cases.ts.
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the cases capability
export interface CasesStore {}
