// Tables of the risk capability beyond the imported data (its own migration in src/store/migrations.ts).
export const riskModelDdl = (_idColumn: string): string => '';
