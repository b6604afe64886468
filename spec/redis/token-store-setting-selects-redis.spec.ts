import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { createSessionFromConfig, resolveCloudConfig } from '../../lib/config/index.js';
import { startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';
import { authPlugins } from '../../plugins/config-auth-plugins.js';
import { configSandbox, type ConfigSandbox } from '../config/helpers.js';
import { describeWithRedis, redisUrl } from './helpers/fleet.js';
import { scanKeys } from './helpers/redis-cli.js';

describeWithRedis('token_store in clouds.yaml, OS_TOKEN_STORE in the environment', () => {
  let cloud: FakeCloud;
  let box: ConfigSandbox;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud.close(); });
  beforeEach(() => { box = configSandbox(); });
  afterEach(() => box.cleanup());

  it('token_store: redis://… makes the session share its token through that Redis; OS_TOKEN_STORE does the same', async () => {
    const c = cloud.credentials;
    const prefixOf = async (run: () => Promise<void>) => {
      const before = new Set(await scanKeys(redisUrl!, 'stackclient:auth:'));
      await run();
      return (await scanKeys(redisUrl!, 'stackclient:auth:')).filter((k) => !before.has(k));
    };
    box.write(join(box.userDir, 'clouds.yaml'), [
      'clouds:', '  fleet:', `    token_store: ${redisUrl}`, '    region_name: RegionOne', '    auth:',
      `      auth_url: ${cloud.authUrl}`, `      username: ${c.username}`, `      password: ${c.password}`,
      `      project_name: ${c.projectName}`, '      user_domain_name: Default', '      project_domain_name: Default', '',
    ].join('\n'));
    const fromFile = await resolveCloudConfig({ ...box.options(), args: { cloud: 'fleet' } });
    expect(fromFile.tokenStore).toBe(redisUrl);
    const authBefore = cloud.authCount();
    const added = await prefixOf(async () => {
      const first = await createSessionFromConfig(fromFile, { authPlugins });
      await first.authenticate();
      first.close();
    });
    expect(added).toHaveLength(1);
    const second = await createSessionFromConfig(fromFile, { authPlugins });
    await second.authenticate();
    second.close();
    expect(cloud.authCount()).toBe(authBefore + 1);

    const fromEnv = await resolveCloudConfig(box.options({
      OS_TOKEN_STORE: redisUrl!, OS_AUTH_URL: cloud.authUrl, OS_USERNAME: c.username, OS_PASSWORD: c.password,
      OS_PROJECT_NAME: c.projectName, OS_USER_DOMAIN_NAME: 'Default', OS_PROJECT_DOMAIN_NAME: 'Default',
    }));
    expect(fromEnv.tokenStore).toBe(redisUrl);
    const third = await createSessionFromConfig(fromEnv, { authPlugins });
    await third.authenticate();
    third.close();
    expect(cloud.authCount()).toBe(authBefore + 1);
  });
});
