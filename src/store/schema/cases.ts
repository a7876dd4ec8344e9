// Tables of the cases capability (its own migration in src/store/migrations.ts).
export const casesDdl = (_idColumn: string): string => '';
