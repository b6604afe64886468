import { describe, expect, it } from 'vitest';
import { createSessionFromConfig, resolveCloudConfig } from '../../lib/config/index.js';
import { ConfigError } from '../../lib/errors/index.js';
import { authPlugins } from '../../plugins/config-auth-plugins.js';
import { useConfigSuite } from './helpers.js';

describe('createSessionFromConfig builds the plugin and the HTTPClient a config describes', () => {
  const suite = useConfigSuite();

  it('OS_* password variables → a v3 password session that authenticates at the fake Keystone', async () => {
    const c = suite.cloud.credentials;
    const config = await resolveCloudConfig(suite.box.options({
      OS_AUTH_URL: suite.cloud.authUrl, OS_USERNAME: c.username, OS_PASSWORD: c.password, OS_PROJECT_NAME: c.projectName,
      OS_USER_DOMAIN_NAME: 'Default', OS_PROJECT_DOMAIN_NAME: 'Default', OS_REGION_NAME: 'RegionOne', OS_INTERFACE: 'public',
    }));
    const http = await createSessionFromConfig(config, { authPlugins, keyring: false });
    try {
      expect(http.authPlugin?.name).toBe('v3password');
      expect(http.regionName).toBe('RegionOne');
      const before = suite.cloud.authCount();
      await http.authenticate();
      expect(suite.cloud.authCount()).toBe(before + 1);
      expect(http.authPlugin!.getEndpoint({ serviceType: 'identity' })).toBe(suite.cloud.authUrl);
    } finally {
      http.close();
    }
  });

  it('admin_token (OS_TOKEN + OS_ENDPOINT) → a static token session that sends the token to the endpoint', async () => {
    const token = suite.cloud.issueToken('demo');
    const config = await resolveCloudConfig(suite.box.options({ OS_TOKEN: token, OS_ENDPOINT: `${suite.cloud.url}/echo` }));
    expect(config.authType).toBe('admin_token');
    const http = await createSessionFromConfig(config, { authPlugins, keyring: false });
    try {
      expect(http.authPlugin!.getEndpoint({ serviceType: 'compute' })).toBe(`${suite.cloud.url}/echo`);
      const before = suite.cloud.authCount();
      await http.authenticate();
      expect(suite.cloud.authCount()).toBe(before);
    } finally {
      http.close();
    }
  });

  it('an auth type with no plugin in the registry is a ConfigError listing the ones there are', async () => {
    const config = await resolveCloudConfig(suite.box.options({ OS_AUTH_URL: suite.cloud.authUrl, OS_USERNAME: 'u', OS_PASSWORD: 'p' }));
    const error = await createSessionFromConfig(config, { authPlugins: { token: authPlugins.token! } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('Auth type "password" has no plugin here; available: token');
  });
});
