// Concord's layering (DEVELOPERS.md, "The house"), checked by `npm run lint:layers`:
// upstream files -> src/ingest -> src/store -> cores -> src/app -> src/cli, src/server -> web/.
// Tests (*.test.ts), test/ and bench/ may reach any layer.
const cores = '^src/(countries|norms|council|risk|cases|sovereignty|operations|accounts|audit)/';
const notTests = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-stays-pure',
      severity: 'error',
      comment: 'A capability core is pure functions and types: it imports no store, use case, loader or shell.',
      from: { path: cores, pathNot: notTests },
      to: { path: '^src/(store|app|ingest|cli|server)/' },
    },
    {
      name: 'store-below-app',
      severity: 'error',
      comment: 'The store speaks SQL for the layers above it and imports none of them.',
      from: { path: '^src/store/', pathNot: notTests },
      to: { path: '^src/(app|cli|server)/' },
    },
    {
      name: 'store-below-ingest',
      severity: 'error',
      comment: 'Loaders write through the store; the store defines what it takes (src/store/rows.ts) and imports no loader.',
      from: { path: '^src/store/', pathNot: notTests },
      to: { path: '^src/ingest/' },
    },
    {
      name: 'app-below-shells',
      severity: 'error',
      comment: 'Use cases are shared by the shells and import neither.',
      from: { path: '^src/(app|ingest)/', pathNot: notTests },
      to: { path: '^src/(cli|server)/' },
    },
    {
      name: 'nothing-imports-a-shell',
      severity: 'error',
      comment: 'Only the CLI itself (and bin, tests, benchmarks) imports src/cli; only the server itself and the CLI that starts it import src/server.',
      from: { path: '^src/', pathNot: ['^src/cli/', '^src/server/', notTests] },
      to: { path: '^src/(cli|server)/' },
    },
    {
      name: 'server-does-not-import-the-cli',
      severity: 'error',
      comment: 'The server is a shell of its own: it shares use cases through src/app, not CLI code.',
      from: { path: '^src/server/', pathNot: notTests },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No module reaches itself through its imports (imports of types only do not count: they vanish at run time).',
      from: { path: '^src/', pathNot: notTests },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|web/dist)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.cjs', '.mjs', '.json'] },
  },
};
