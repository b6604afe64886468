import { defineConfig } from 'tsup';

// JavaScript only: the declarations come from tsc (tsconfig.build.json), one .d.ts per source file, because tsup's
// bundled .d.ts drops the `declare module '../../session/http-client.js'` augmentations (their relative paths no
// longer resolve), and with them `http.compute` and the typed `createClient`.
export default defineConfig({
  entry: {
    'index': 'index.ts',
    'lib/testing/index': 'lib/testing/index.ts',
    'bin/stackclient': 'bin/stackclient.ts',
  },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: false,
  splitting: true,
  clean: true,
  // Maps point at the source lines without shipping the sources (they were 61 % of the tarball).
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  external: ['keytar', '@napi-rs/keyring', 'ioredis'],
});
