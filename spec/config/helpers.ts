import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';

/**
 * A sandbox for configuration tests: a working dir, a home (with XDG_CONFIG_HOME under it) and a site
 * dir, so resolveCloudConfig never reads the real ~/.config/openstack or /etc/openstack.
 */
export function configSandbox() {
  const root = mkdtempSync(join(tmpdir(), 'stackclient-config-'));
  const cwd = join(root, 'work');
  const home = join(root, 'home');
  const siteDir = join(root, 'etc-openstack');
  for (const d of [cwd, home, siteDir]) mkdirSync(d, { recursive: true });
  const userDir = join(home, '.config', 'openstack');
  return {
    root, cwd, home, siteDir, userDir,
    /** Search-path options for resolveCloudConfig, with `env` as the whole environment. */
    options(env: Record<string, string> = {}) {
      return { cwd, home, siteDir, env: { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), ...env } };
    },
    write(path: string, text: string): string {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export type ConfigSandbox = ReturnType<typeof configSandbox>;

/** A describe block's fake cloud (one for the block) and a fresh config sandbox per test. */
export function useConfigSuite() {
  const suite = {} as { cloud: FakeCloud; box: ConfigSandbox };
  beforeAll(async () => { suite.cloud = await startFakeCloud(); });
  afterAll(async () => { await suite.cloud.close(); });
  beforeEach(() => { suite.box = configSandbox(); });
  afterEach(() => suite.box.cleanup());
  return suite;
}
