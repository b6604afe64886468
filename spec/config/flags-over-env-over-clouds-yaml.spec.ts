import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { resolveCloudConfig } from '../../lib/config/index.js';
import { configSandbox, type ConfigSandbox } from './helpers.js';

describe('precedence: --os-* flags over OS_* variables over clouds.yaml', () => {
  let box: ConfigSandbox;
  beforeEach(() => {
    box = configSandbox();
    box.write(join(box.userDir, 'clouds.yaml'), [
      'clouds:',
      '  prod:',
      '    auth:',
      '      auth_url: https://file.example/v3',
      '      username: file-user',
      '      password: file-pw',
      '      project_name: file-project',
      '      user_domain_name: FileDomain',
      '      project_domain_name: FileDomain',
      '    region_name: FileRegion',
      '    interface: internal',
    ].join('\n'));
  });
  afterEach(() => box.cleanup());

  it('each setting comes from the highest layer that has it, and says where it came from', async () => {
    const config = await resolveCloudConfig({
      ...box.options({ OS_CLOUD: 'prod', OS_USERNAME: 'env-user', OS_REGION_NAME: 'EnvRegion' }),
      args: { regionName: 'FlagRegion' },
    });
    expect(config.cloud).toBe('prod');
    expect(config.auth).toMatchObject({ authUrl: 'https://file.example/v3', username: 'env-user', password: 'file-pw', projectName: 'file-project' });
    expect(config.regionName).toBe('FlagRegion');
    expect(config.interface).toBe('internal');
    expect(config.sources['region_name']).toEqual({ kind: 'flag', name: '--os-region-name' });
    expect(config.sources['auth.username']).toEqual({ kind: 'env', name: 'OS_USERNAME' });
    expect(config.sources['auth.password']).toMatchObject({ kind: 'file', name: 'clouds.prod.auth.password', file: join(box.userDir, 'clouds.yaml') });
  });

  it('--os-cloud wins over OS_CLOUD', async () => {
    box.write(join(box.userDir, 'clouds.yaml'), 'clouds:\n  a: {auth: {auth_url: "https://a/v3", username: u, password: p}}\n  b: {auth: {auth_url: "https://b/v3", username: u, password: p}}\n');
    const config = await resolveCloudConfig({ ...box.options({ OS_CLOUD: 'a' }), args: { cloud: 'b' } });
    expect(config.cloud).toBe('b');
    expect(config.auth.authUrl).toBe('https://b/v3');
  });

  it('without a cloud name, OS_* variables alone make the configuration (clouds.yaml is not consulted for values)', async () => {
    const config = await resolveCloudConfig(box.options({ OS_AUTH_URL: 'https://env.example/v3', OS_USERNAME: 'u', OS_PASSWORD: 'p', OS_PROJECT_NAME: 'x' }));
    expect(config.cloud).toBeUndefined();
    expect(config.auth.authUrl).toBe('https://env.example/v3');
    expect(config.regionName).toBeUndefined();
    // osc's default domain fills the domains of a name-based v3 login.
    expect(config.auth).toMatchObject({ userDomainId: 'default', projectDomainId: 'default' });
  });
});
