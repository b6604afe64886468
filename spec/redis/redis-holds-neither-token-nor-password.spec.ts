import { expect, it } from 'vitest';
import { describeWithRedis, redisUrl, useFleetSuite } from './helpers/fleet.js';
import { redisCli, scanKeys } from './helpers/redis-cli.js';

describeWithRedis('what a Redis operator can read of a RedisStore', () => {
  const suite = useFleetSuite();

  it('redis-cli --scan and GET of every key show neither the token nor the password, nor who the user is', async () => {
    const auth = suite.cloud.passwordAuth();
    const results = await Promise.all(Array.from({ length: 3 }, () => suite.spawn({ printToken: true }).next(60_000)));
    const token = results[0]!.token!;
    expect(token.length).toBeGreaterThan(10);
    expect(results.every((r) => r.token === token && r.status === 200)).toBe(true);

    const keys = await scanKeys(redisUrl!, suite.keyPrefix);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^${suite.keyPrefix}auth:\\{[0-9a-f]{64}\\}$`));
    const everything = [keys.join('\n'), ...(await Promise.all(keys.map((k) => redisCli(redisUrl!, 'get', k))))].join('\n');
    expect(everything).toContain('"ct":');
    for (const secret of [token, auth.password, auth.username, auth.projectName]) expect(everything).not.toContain(secret);
    expect(everything).not.toContain(Buffer.from(token).toString('base64'));
    // The TTL follows the token's expiry (the fake cloud's tokens last an hour).
    const ttl = Number(await redisCli(redisUrl!, 'pttl', keys[0]!));
    expect(ttl).toBeGreaterThan(3_000_000);
    expect(ttl).toBeLessThanOrEqual(3_600_000);
  }, 60_000);
});
