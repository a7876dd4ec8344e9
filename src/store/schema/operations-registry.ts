// Tables of the operations capability beyond the imported data (its own migration in src/store/migrations.ts).
export const operationsDdl = (_idColumn: string): string => '';
