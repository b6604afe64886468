import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// A spec may import the package by its name, as a consumer does (spec/testing/your-own-tests-run-on-the-fake-cloud.spec.ts).
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^stackclient$/, replacement: source('./index.ts') },
      { find: /^stackclient\/testing$/, replacement: source('./lib/testing/index.ts') },
    ],
  },
  test: {
    include: ['spec/**/*.spec.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
