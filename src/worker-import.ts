// How a worker thread loads one of Concord's modules, as a JavaScript expression for a worker made
// from source (`new Worker(source, { eval: true })`). Compiled (dist/, scripts/build-cli.mjs), the
// module's built file sits beside the calling chunk; from the sources, the worker registers tsx
// itself first, because module hooks given with --import do not reach worker threads on Node 20.
// Used by the risk tasks' threads (app/risk.ts) and the norms query threads (server/norms-queries.ts).

/**
 * An expression that imports the module (a promise of its namespace): `built` (the compiled file's
 * name, e.g. `./risk-tasks.js`) when the caller runs compiled, else `source` (the TypeScript path
 * relative to the caller, e.g. `../risk/tasks.ts`) through tsx.
 */
export function workerImport(callerUrl: string, built: string, source: string): string {
  if (/\.c?js$/.test(callerUrl)) return `import(${JSON.stringify(new URL(built, callerUrl).href)})`;
  const module = JSON.stringify(new URL(source, callerUrl).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return `import(${tsx}).then((t) => { t.register(); return import(${module}); })`;
}
