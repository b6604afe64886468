import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ConfigError } from '../../lib/errors/index.js';
import { resolveCloudConfig } from '../../lib/config/index.js';
import { configSandbox, type ConfigSandbox } from './helpers.js';

describe('nothing configured: an error naming what was looked for; the embedded cloud only when asked for', () => {
  let box: ConfigSandbox;
  beforeEach(() => { box = configSandbox(); });
  afterEach(() => box.cleanup());

  it('no cloud name, no OS_AUTH_URL, no clouds.yaml: one line naming OS_CLOUD, the clouds.yaml paths, OS_AUTH_URL and --os-cloud local', async () => {
    const error = await resolveCloudConfig(box.options()).catch((e: unknown) => e) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).not.toContain('\n');
    for (const looked of ['OS_CLOUD', join(box.cwd, 'clouds.yaml'), join(box.userDir, 'clouds.yaml'), join(box.siteDir, 'clouds.yaml'), 'OS_AUTH_URL']) {
      expect(error.message).toContain(looked);
    }
    expect(error.message).toMatch(/use --os-cloud local for the embedded cloud$/);
  });

  it('a library that asks for it (whenUnconfigured: local) gets the local config instead', async () => {
    expect(await resolveCloudConfig({ ...box.options(), whenUnconfigured: 'local' })).toMatchObject({ local: true, cloud: 'local', keyring: false });
  });

  it('--os-cloud local selects it even with OS_AUTH_URL set, unless clouds.yaml defines a cloud named local', async () => {
    expect((await resolveCloudConfig({ ...box.options({ OS_AUTH_URL: 'https://k/v3' }), args: { cloud: 'local' } })).local).toBe(true);
    box.write(join(box.userDir, 'clouds.yaml'), 'clouds:\n  local: {auth: {auth_url: "https://mine/v3", username: u, password: p}}\n');
    const config = await resolveCloudConfig({ ...box.options(), args: { cloud: 'local' } });
    expect(config.local).toBe(false);
    expect(config.auth.authUrl).toBe('https://mine/v3');
  });

  it('a clouds.yaml with no cloud chosen is an error naming the file and its clouds, not the local cloud', async () => {
    const clouds = box.write(join(box.userDir, 'clouds.yaml'), 'clouds:\n  a: {auth: {auth_url: "https://a/v3"}}\n');
    const error = await resolveCloudConfig({ ...box.options(), whenUnconfigured: 'local' }).catch((e: unknown) => e) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(`clouds.yaml (${clouds}) defines a`);
  });

  it('any OS_* credential counts as configured: a half configuration is an error, never silently local', async () => {
    await expect(resolveCloudConfig({ ...box.options({ OS_USERNAME: 'u' }), whenUnconfigured: 'local' })).rejects.toThrow(/auth_url is missing/);
  });
});
