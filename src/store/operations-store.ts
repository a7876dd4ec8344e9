// What the operations capability asks of the store (reads and writes), implemented per dialect
// in src/store/sqlite/operations.ts.
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the operations capability
export interface OperationsStore {}
