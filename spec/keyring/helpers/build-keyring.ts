import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Bundle { file: string; cleanup: () => Promise<void> }

/**
 * Bundles TypeScript sources into one .mjs that plain `node` child processes can import (tsx is not
 * installed here). It goes under node_modules/.cache so its external imports (debug, got, keytar,
 * @napi-rs/keyring) resolve from the project's node_modules.
 */
async function bundle(contents: string, name: string): Promise<Bundle> {
  const outDir = join(repoRoot, 'node_modules', '.cache', `stackclient-keyring-spec-${randomBytes(6).toString('hex')}`);
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `${name}.mjs`);
  await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'ts', sourcefile: `${name}-entry.ts` },
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  return { file, cleanup: () => rm(outDir, { recursive: true, force: true }) };
}

/** lib/keyring as one module. */
export function buildKeyringBundle(): Promise<Bundle> {
  return bundle("export * from './lib/keyring/index.ts';", 'keyring');
}

/** What a child process needs to run a session: HTTPClient, BaseClient, V3Password, resolveStore. */
export function buildSessionBundle(): Promise<Bundle> {
  return bundle([
    "export { HTTPClient } from './lib/session/http-client.ts';",
    "export { BaseClient } from './lib/base-client.ts';",
    "export { V3Password } from './plugins/keystone/index.ts';",
    "export { resolveStore } from './lib/keyring/index.ts';",
  ].join('\n'), 'session');
}

/** buildSessionBundle plus RedisStore, for the fleet specs (spec/redis). */
export function buildRedisSessionBundle(): Promise<Bundle> {
  return bundle([
    "export { HTTPClient } from './lib/session/http-client.ts';",
    "export { BaseClient } from './lib/base-client.ts';",
    "export { V3Password } from './plugins/keystone/index.ts';",
    "export { RedisStore } from './lib/keyring/index.ts';",
  ].join('\n'), 'redis-session');
}

/** The path of a child script in spec/keyring/fixtures. */
export function fixture(name: string): string {
  return join(repoRoot, 'spec/keyring/fixtures', name);
}
