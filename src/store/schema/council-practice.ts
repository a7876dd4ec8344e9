// Tables of the council capability beyond the imported data (its own migration in src/store/migrations.ts).
export const councilDdl = (_idColumn: string): string => '';
