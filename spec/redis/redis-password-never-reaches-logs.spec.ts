import { inspect } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { describeWithRedis } from './helpers/fleet.js';
import { useOwnRedis } from './helpers/own-redis.js';

const REDIS_PASSWORD = 'redis-pass-7f3a91';

describeWithRedis('a Redis that requires a password', () => {
  const redis = useOwnRedis('pass', REDIS_PASSWORD);
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud?.close(); });

  it('shares through the URL with the right password; with a wrong one, the session authenticates by itself and no log shows either', async () => {
    const auth = cloud.passwordAuth();
    const wrongUrl = redis.url.replace(REDIS_PASSWORD, `${REDIS_PASSWORD}-wrong`);
    const sessions: HTTPClient[] = [];
    const session = (keyring: `redis://${string}`) => {
      const http = new HTTPClient({ authPlugin: new V3Password(auth), regionName: 'RegionOne', keyring });
      sessions.push(http);
      return http;
    };
    const before = cloud.authCount();
    const output = await captureDebug(async () => {
      await session(redis.url as `redis://${string}`).authenticate();
      await session(redis.url as `redis://${string}`).authenticate();
      await session(wrongUrl as `redis://${string}`).authenticate();
    });
    for (const http of sessions) http.close();
    expect(cloud.authCount() - before).toBe(2);
    expect(output).toContain('redis: using shared auth');
    expect(output).toMatch(/WRONGPASS|NOAUTH/);
    expect(output).toMatch(/redis: unavailable after \d+ ms .*WRONGPASS.*; authenticating by itself/);
    expectNoSecrets(output, [REDIS_PASSWORD, auth.password, sessions[0]!.authPlugin!.getToken!()!]);
    expect(inspect(sessions, { depth: 4 })).not.toContain(REDIS_PASSWORD);
  });
});
