import { expect, it } from 'vitest';
import { describeWithRedis, fleetThroughAnOutage, useFleetSuite } from './helpers/fleet.js';
import { useOwnRedis } from './helpers/own-redis.js';

const FLEET = 10;

describeWithRedis('Redis stops in the middle of a run', () => {
  const suite = useFleetSuite();
  const redis = useOwnRedis('stop');

  it('requests go on: after a revocation each process re-authenticates by itself, without waiting long', async () => {
    const { fleet, second, allAnsweredMs } = await fleetThroughAnOutage(suite, redis.url, FLEET, () => redis.stop());

    expect(second.map((r) => r.error).filter(Boolean)).toEqual([]);
    expect(second.every((r) => r.status === 200)).toBe(true);
    expect(suite.cloud.authCount()).toBe(1 + FLEET);
    for (const child of fleet) expect(child.stderr).toMatch(/redis: unavailable after \d+ ms .*; authenticating by itself/);
    // A refused connection fails at once; the bound of a slow one (500 ms a command) is not even needed here.
    expect(allAnsweredMs).toBeLessThan(5_000);
  }, 120_000);
});
