import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { describeWithRedis, redisUrl, useFleetSuite } from './helpers/fleet.js';
import { scanKeys, waitFor } from './helpers/redis-cli.js';

const LOCK_TTL_MS = 1_500;
const AUTH = { method: 'POST', path: '/identity/v3/auth/tokens' };

describeWithRedis('a process killed while it holds the authentication lock', () => {
  const suite = useFleetSuite();

  it('keeps its lock while alive; once killed, the lock expires and a waiting process takes over within the lock TTL', async () => {
    // Long waits: the takeover must come from the lock expiring, not from a waiter giving up.
    const store = { lockTtlMs: LOCK_TTL_MS, waitTimeoutMs: 60_000 };
    suite.cloud.setDelay(60_000, AUTH);
    const holder = suite.spawn({ store });
    await waitFor('the holder to take the lock and send its token request', async () =>
      (await scanKeys(redisUrl!, `${suite.keyPrefix}lock:`)).length === 1 && suite.cloud.authCount() === 1);

    const waiter = suite.spawn({ store });
    await waitFor('the waiter to find the lock taken', async () => waiter.stderr.includes('holds the lock'), 20_000);
    // A live holder renews its lock: two TTLs on, the waiter still waits.
    await sleep(2 * LOCK_TTL_MS);
    expect(suite.cloud.authCount()).toBe(1);
    suite.cloud.setDelay(0, AUTH);
    holder.kill();
    const killedAt = Date.now();
    const result = await waiter.next(30_000);
    const takeoverMs = Date.now() - killedAt;

    expect(result).toMatchObject({ status: 200, authPosts: 1 });
    expect(waiter.stderr).toContain('lock taken; authenticating');
    expect(takeoverMs).toBeLessThan(LOCK_TTL_MS + 1_000);
    expect(suite.cloud.authCount()).toBe(2);
    expect(await scanKeys(redisUrl!, `${suite.keyPrefix}lock:`)).toEqual([]);
  }, 60_000);
});
