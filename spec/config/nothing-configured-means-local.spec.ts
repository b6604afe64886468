import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ConfigError } from '../../lib/errors/index.js';
import { resolveCloudConfig } from '../../lib/config/index.js';
import { configSandbox, type ConfigSandbox } from './helpers.js';

describe('the embedded local cloud as the configuration of last resort', () => {
  let box: ConfigSandbox;
  beforeEach(() => { box = configSandbox(); });
  afterEach(() => box.cleanup());

  it('no cloud name, no OS_AUTH_URL, no clouds.yaml: local when asked for, else a ConfigError saying what to set', async () => {
    expect(await resolveCloudConfig({ ...box.options(), whenUnconfigured: 'local' })).toMatchObject({ local: true, cloud: 'local', keyring: false });
    await expect(resolveCloudConfig(box.options())).rejects.toBeInstanceOf(ConfigError);
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
