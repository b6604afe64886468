import { expect, it } from 'vitest';
import { describeWithRedis, useFleetSuite } from './helpers/fleet.js';

/**
 * Fifty processes starting at once on a 2-core machine that runs other specs too: a just-started process may take
 * seconds to finish its Redis handshake. This spec is about single-flight, not the bounds (the hang and stop specs
 * are), so they are wide here: a process that gave up on Redis would authenticate by itself and break the count.
 */
const LOADED_MACHINE = { connectTimeoutMs: 15_000, commandTimeoutMs: 5_000 };

describeWithRedis('after its shared token is revoked, a fleet of fifty processes re-authenticates once', () => {
  const suite = useFleetSuite();

  it('all fifty get a 401, then their answer, for exactly one more authentication in all', async () => {
    const fleet = Array.from({ length: 50 }, () => suite.spawn({ store: LOADED_MACHINE, rounds: 2 }));
    const first = await Promise.all(fleet.map((c) => c.next(90_000)));
    expect(first.every((r) => r.status === 200)).toBe(true);
    expect(suite.cloud.authCount()).toBe(1);

    suite.cloud.revokeAllTokens();
    const unauthorizedBefore = suite.cloud.count('GET', /\/anything$/);
    for (const child of fleet) child.go();
    const second = await Promise.all(fleet.map((c) => c.next(90_000)));

    expect(second.map((r) => r.error).filter(Boolean)).toEqual([]);
    expect(second.every((r) => r.status === 200)).toBe(true);
    // Every process did meet the revocation (a 401, then its retry), and yet Keystone saw one more token request.
    expect(suite.cloud.count('GET', /\/anything$/) - unauthorizedBefore).toBe(100);
    const whyEach = fleet.filter((_, i) => second[i]!.authPosts > first[i]!.authPosts).slice(0, 3).map((c) => c.stderr).join('\n----\n');
    expect(suite.cloud.authCount(), `the debug lines of the first three that authenticated:\n${whyEach}`).toBe(2);
  }, 180_000);
});
