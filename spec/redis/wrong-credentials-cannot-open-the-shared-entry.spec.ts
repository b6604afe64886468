import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { describeWithRedis, redisUrl, useFleetSuite } from './helpers/fleet.js';
import { redisCli, scanKeys } from './helpers/redis-cli.js';

describeWithRedis('a process with the wrong password, under the same identity as the shared entry', () => {
  const suite = useFleetSuite();

  it('cannot decrypt the entry, authenticates on its own and fails, and leaves the entry to the right credentials', async () => {
    const auth = suite.cloud.passwordAuth();
    const wrong = { ...auth, password: `${auth.password}-wrong` };
    const first = await suite.spawn({ printToken: true }).next(60_000);
    expect(first).toMatchObject({ status: 200, authPosts: 1 });
    const [key] = await scanKeys(redisUrl!, `${suite.keyPrefix}auth:`);
    const before = await redisCli(redisUrl!, 'get', key!);

    const intruder = suite.spawn({ auth: wrong, printToken: true });
    const denied = await intruder.next(60_000);
    expect(denied.status).toBe(0);
    expect(denied.error).toMatch(/^\w+: /);
    expect(denied.authPosts).toBe(1);
    expect(denied.token).toBeUndefined();
    expect(intruder.stderr).toContain('cannot be decrypted with the secret presented');
    for (const text of [intruder.stderr, denied.error!, inspect(denied, { depth: Infinity })]) {
      expect(text).not.toContain(first.token);
      expect(text).not.toContain(wrong.password);
    }
    expect(await redisCli(redisUrl!, 'get', key!)).toBe(before);

    const again = await suite.spawn().next(60_000);
    expect(again).toMatchObject({ status: 200, authPosts: 0 });
    expect(suite.cloud.authCount()).toBe(2);
  }, 60_000);
});
