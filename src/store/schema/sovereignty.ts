// Tables of the sovereignty capability (its own migration in src/store/migrations.ts).
export const sovereigntyDdl = (_idColumn: string): string => '';
