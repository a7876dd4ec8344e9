// Tables of the norms capability (its own migration in src/store/migrations.ts).
export const normsDdl = (_idColumn: string): string => '';
