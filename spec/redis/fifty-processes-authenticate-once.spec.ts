import { expect, it } from 'vitest';
import { describeWithRedis, useFleetSuite } from './helpers/fleet.js';

/**
 * Fifty processes starting at once on a 2-core machine that runs other specs too: a just-started process may take
 * seconds to finish its Redis handshake. This spec is about single-flight, not the bounds (the hang and stop specs
 * are), so they are wide here: a process that gave up on Redis would authenticate by itself and break the count.
 */
const LOADED_MACHINE = { connectTimeoutMs: 15_000, commandTimeoutMs: 5_000 };

describeWithRedis('fifty processes starting at once with the same credentials share one RedisStore', () => {
  const suite = useFleetSuite();

  it('make exactly one authentication in all, and all get their answer', async () => {
    const fleet = Array.from({ length: 50 }, () => suite.spawn({ store: LOADED_MACHINE }));
    const results = await Promise.all(fleet.map((c) => c.next(90_000)));
    expect(results.map((r) => r.error).filter(Boolean)).toEqual([]);
    expect(results.every((r) => r.status === 200)).toBe(true);
    const whyEach = fleet.filter((_, i) => results[i]!.authPosts > 0).slice(0, 3).map((c) => c.stderr).join('\n----\n');
    expect(suite.cloud.authCount(), `the debug lines of the first three that authenticated:\n${whyEach}`).toBe(1);
    expect(results.reduce((n, r) => n + r.authPosts, 0)).toBe(1);
  }, 120_000);
});
