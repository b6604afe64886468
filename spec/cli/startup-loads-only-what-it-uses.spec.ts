import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fakeCloudEnv, runCli } from './helpers/cli.js';
import { useCliSuite } from './helpers/suite.js';

const HOOK = resolve(import.meta.dirname, 'fixtures/record-imports.mjs');
const ROOT = resolve(import.meta.dirname, '../..');

/** dist/bin chunk → the packages bundled into it, from esbuild's metafile of the CLI build (the bundle is minified). */
function bundledPackages(): Map<string, string[]> {
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist/bin/metafile-esm.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const byChunk = new Map<string, string[]>();
  for (const [output, { inputs }] of Object.entries(meta.outputs)) {
    const packages = Object.keys(inputs).map((i) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(i)?.[1]).filter((p): p is string => p !== undefined);
    byChunk.set(output.slice(output.lastIndexOf('/') + 1), packages);
  }
  return byChunk;
}

/**
 * Packages and dist chunks a run loaded, from the import hook's log. The CLI is a bundle: a package counts as loaded
 * when a loaded chunk holds its code, or when it was imported from node_modules itself (the native keyring addons stay
 * outside the bundle).
 */
function loaded(log: string): { packages: Set<string>; chunks: string[] } {
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const files = urls.filter((u) => u.startsWith('file:'));
  const chunks = files.filter((u) => u.includes('/dist/')).map((u) => u.slice(u.lastIndexOf('/') + 1));
  const bundled = bundledPackages();
  const packages = new Set<string>();
  for (const url of files) {
    const direct = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (direct) packages.add(direct[1]!);
  }
  for (const chunk of chunks) for (const p of bundled.get(chunk) ?? []) packages.add(p);
  return { packages, chunks };
}

describe('start-up is lazy', () => {
  const suite = useCliSuite({});

  it('--help loads no HTTP stack, no formatter, no command module and no service', async () => {
    const log = join(suite.home.dir, 'help.log');
    const r = await runCli(['--help'], suite.home.dir, { nodeArgs: ['--import', HOOK], env: { STACKCLIENT_IMPORT_LOG: log } });
    expect(r.code).toBe(0);
    const { packages, chunks } = loaded(log);
    expect(packages.has('commander')).toBe(true);
    for (const heavy of ['got', 'yaml', 'cli-table3', 'debug', 'p-retry', 'keytar', '@napi-rs/keyring']) expect(packages, heavy).not.toContain(heavy);
    expect(chunks.filter((c) => /^(token|server|project|database|compute|nova|trove|fake-cloud|open-session)-/.test(c))).toEqual([]);
  });

  it('token issue -f json loads the session and the password plugin, but no service client, YAML or fake cloud', async () => {
    const log = join(suite.home.dir, 'token.log');
    const r = await runCli(['--no-keyring', 'token', 'issue', '-f', 'json'], suite.home.dir, {
      nodeArgs: ['--import', HOOK], env: { ...fakeCloudEnv(suite.cloud), STACKCLIENT_IMPORT_LOG: log },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['expires', 'id', 'project_id', 'user_id']);
    const { packages, chunks } = loaded(log);
    expect(packages.has('got')).toBe(true);
    expect(packages).not.toContain('yaml');
    expect(packages).not.toContain('cli-table3');
    expect(chunks.some((c) => c.startsWith('token-'))).toBe(true);
    expect(chunks.filter((c) => /^(server|project|database|compute|nova|trove|fake-cloud|local-cloud|tour)-/.test(c))).toEqual([]);
  });
});
