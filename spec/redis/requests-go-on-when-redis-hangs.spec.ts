import { expect, it } from 'vitest';
import { describeWithRedis, fleetThroughAnOutage, useFleetSuite } from './helpers/fleet.js';
import { useOwnRedis } from './helpers/own-redis.js';

const FLEET = 5;

describeWithRedis('Redis hangs (SIGSTOP: connections stay open, nothing answers)', () => {
  const suite = useFleetSuite();
  const redis = useOwnRedis('hang');

  it('each process waits one bounded command (500 ms), then authenticates by itself', async () => {
    const { fleet, second, allAnsweredMs } = await fleetThroughAnOutage(suite, redis.url, FLEET, () => process.kill(redis.pid, 'SIGSTOP'));

    expect(second.map((r) => r.error).filter(Boolean)).toEqual([]);
    expect(second.every((r) => r.status === 200)).toBe(true);
    expect(suite.cloud.authCount()).toBe(1 + FLEET);
    for (const child of fleet) expect(child.stderr).toMatch(/redis: unavailable after \d+ ms \(.*timed out.*\); authenticating by itself/i);
    expect(allAnsweredMs).toBeGreaterThanOrEqual(500);
    expect(allAnsweredMs).toBeLessThan(5_000);
  }, 120_000);
});
