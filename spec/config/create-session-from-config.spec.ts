import { afterAll, beforeAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionFromConfig, resolveCloudConfig } from '../../lib/config/index.js';
import { ConfigError } from '../../lib/errors/index.js';
import { startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';
import { authPlugins } from '../../plugins/config-auth-plugins.js';
import { configSandbox, type ConfigSandbox } from './helpers.js';

describe('createSessionFromConfig builds the plugin and the HTTPClient a config describes', () => {
  let cloud: FakeCloud;
  let box: ConfigSandbox;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud.close(); });
  beforeEach(() => { box = configSandbox(); });
  afterEach(() => box.cleanup());

  it('OS_* password variables → a v3 password session that authenticates at the fake Keystone', async () => {
    const c = cloud.credentials;
    const config = await resolveCloudConfig(box.options({
      OS_AUTH_URL: cloud.authUrl, OS_USERNAME: c.username, OS_PASSWORD: c.password, OS_PROJECT_NAME: c.projectName,
      OS_USER_DOMAIN_NAME: 'Default', OS_PROJECT_DOMAIN_NAME: 'Default', OS_REGION_NAME: 'RegionOne', OS_INTERFACE: 'public',
    }));
    const http = await createSessionFromConfig(config, { authPlugins, keyring: false });
    try {
      expect(http.authPlugin?.name).toBe('v3password');
      expect(http.regionName).toBe('RegionOne');
      const before = cloud.authCount();
      await http.authenticate();
      expect(cloud.authCount()).toBe(before + 1);
      expect(http.authPlugin!.getEndpoint({ serviceType: 'identity' })).toBe(cloud.authUrl);
    } finally {
      http.close();
    }
  });

  it('admin_token (OS_TOKEN + OS_ENDPOINT) → a static token session that sends the token to the endpoint', async () => {
    const token = cloud.issueToken('demo');
    const config = await resolveCloudConfig(box.options({ OS_TOKEN: token, OS_ENDPOINT: `${cloud.url}/echo` }));
    expect(config.authType).toBe('admin_token');
    const http = await createSessionFromConfig(config, { authPlugins, keyring: false });
    try {
      expect(http.authPlugin!.getEndpoint({ serviceType: 'compute' })).toBe(`${cloud.url}/echo`);
      const before = cloud.authCount();
      await http.authenticate();
      expect(cloud.authCount()).toBe(before);
    } finally {
      http.close();
    }
  });

  it('an auth type with no plugin in the registry is a ConfigError listing the ones there are', async () => {
    const config = await resolveCloudConfig(box.options({ OS_AUTH_URL: cloud.authUrl, OS_USERNAME: 'u', OS_PASSWORD: 'p' }));
    const error = await createSessionFromConfig(config, { authPlugins: { token: authPlugins.token! } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('Auth type "password" has no plugin here; available: token');
  });
});
