/**
 * The layering rules of stackclient, checked over the import graph by `npm run lint:layers` (CI runs it).
 * Shipped code is index.ts, lib/, plugins/ and bin/; specs and benches may reach into anything.
 * Type-only imports count: `tsPreCompilationDeps` keeps them in the graph.
 * scripts/check-got-types.mjs (run with it) checks the rest of the got rule: no got type in what the transport exports.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const shipped = '^(index\\.ts$|lib/|plugins/|bin/)';

module.exports = {
  forbidden: [
    {
      name: 'lib-imports-no-plugins-or-bin',
      comment: 'lib/ owns the contracts (the auth plugin interface among them); plugins/ and bin/ build on lib/, never the reverse.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(plugins|bin)/' },
    },
    {
      name: 'no-service-imports-another-service',
      comment: 'Each lib/services/<service> stands alone; what two services share lives in lib/services/common.',
      severity: 'error',
      from: { path: '^lib/services/([^/]+)/', pathNot: '^lib/services/common/' },
      to: { path: '^lib/services/[^/]+/', pathNot: ['^lib/services/common/', '^lib/services/$1/'] },
    },
    {
      name: 'only-the-transport-imports-got',
      comment: 'got is an implementation detail of the transport (lib/transport/transport.ts and the error map it delegates to): '
        + 'no other module imports it, not even its types.',
      severity: 'error',
      from: { path: shipped, pathNot: '^lib/transport/transport(-error-map)?\\.ts$' },
      to: { path: '^node_modules/got/' },
    },
    {
      name: 'testing-only-through-its-entry',
      comment: 'Shipped code outside lib/testing reaches the fake cloud only through lib/testing/index.ts (stackclient/testing).',
      severity: 'error',
      from: { path: shipped, pathNot: '^lib/testing/' },
      to: { path: '^lib/testing/', pathNot: '^lib/testing/index\\.ts$' },
    },
    {
      name: 'testing-only-lazily',
      comment: 'The fake cloud is never loaded with the package: shipped code imports lib/testing/index.ts with import() (types aside).',
      severity: 'error',
      from: { path: shipped, pathNot: '^lib/testing/' },
      to: { path: '^lib/testing/index\\.ts$', dependencyTypesNot: ['dynamic-import', 'type-only'] },
    },
    {
      name: 'cli-takes-only-types-from-the-barrel',
      comment: 'index.ts loads every service and plugin; the CLI imports values from their modules, lazily, to start fast.',
      severity: 'error',
      from: { path: '^bin/' },
      to: { path: '^index\\.ts$', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    includeOnly: '^(index\\.ts$|lib/|plugins/|bin/|spec/|bench/|node_modules/got/)',
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
