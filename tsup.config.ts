import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: false,
  // Maps point at the source lines without shipping the sources (they were 61 % of the tarball).
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
};

// JavaScript only: the declarations come from tsc (tsconfig.build.json), one .d.ts per source file, because tsup's
// bundled .d.ts drops the `declare module '../../session/http-client.js'` augmentations (their relative paths no
// longer resolve), and with them `http.compute` and the typed `createClient`.
export default defineConfig([
  {
    ...shared,
    // The library: dependencies stay external, so a consumer's npm dedupes them.
    entry: { 'index': 'index.ts', 'lib/testing/index': 'lib/testing/index.ts' },
    splitting: true,
    // dist/bin is the CLI build's, made at the same time.
    clean: ['!bin/**'],
    external: ['keytar', '@napi-rs/keyring', 'ioredis'],
  },
  {
    ...shared,
    // The CLI: one file with its dependencies in it (start-up is module loading: one file read and parsed, no
    // resolution of hundreds of node_modules files). Lazy imports become lazily run functions in the same file.
    entry: { stackclient: 'bin/stackclient.ts' },
    outDir: 'dist/bin',
    splitting: true,
    clean: true,
    noExternal: [/^(?!keytar$|@napi-rs\/keyring$|ioredis$)/],
    // Parsing is most of a start-up's own cost: minified, `project list` starts ~30 ms sooner. What each chunk holds is
    // in metafile-esm.json (the start-up spec reads it; it is not packed).
    minify: true,
    metafile: true,
    // Native addons and the optional Redis client are loaded from node_modules when used.
    external: ['keytar', '@napi-rs/keyring', 'ioredis'],
    // Bundled CommonJS dependencies call require() for node's built-ins; an ES module has none of its own.
    banner: { js: "import { createRequire as __stackclientRequire } from 'node:module'; const require = __stackclientRequire(import.meta.url);" },
  },
]);
