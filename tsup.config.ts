import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    'index': 'index.ts',
    'lib/testing/index': 'lib/testing/index.ts',
    'bin/stackclient': 'bin/stackclient.ts',
  },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { 'index': 'index.ts', 'lib/testing/index': 'lib/testing/index.ts' } },
  splitting: true,
  clean: true,
  sourcemap: true,
  external: ['keytar', '@napi-rs/keyring'],
});
