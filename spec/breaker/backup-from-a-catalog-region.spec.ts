import { afterEach, describe, expect, it } from 'vitest';
import type { AuthPlugin, EndpointFilter, RequestToAuthorize } from '../../lib/auth-plugin.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { startRestartable } from '../helpers/restartable-server.js';
import { ComputeLikeClient } from '../helpers/compute-like-client.js';

/** A token plugin whose catalog has compute in two regions. */
function twoRegionPlugin(urls: Record<string, string>): AuthPlugin {
  return {
    name: 'two-regions', kind: 'token', generation: 1,
    async authenticate() {},
    hasValidAuth: () => true,
    invalidate() {},
    getEndpoint: (filter: EndpointFilter) => `${urls[filter.regionName ?? 'RegionOne']!}/v2.1`,
    authorize(req: RequestToAuthorize) {
      req.headers['X-Auth-Token'] = 'tok-two-regions';
      return ['X-Auth-Token'];
    },
  };
}

describe('a backup given as a catalog region', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => { for (const c of cleanup.splice(0)) await c(); });

  it('sends to the same service\'s endpoint in that region while the primary region\'s circuit is open', async () => {
    const one = await startRestartable('RegionOne', () => ({ status: 503, body: {} }));
    const two = await startRestartable('RegionTwo');
    cleanup.push(one.stop, two.stop);
    const http = new HTTPClient({
      authPlugin: twoRegionPlugin({ RegionOne: one.url, RegionTwo: two.url }),
      regionName: 'RegionOne',
      retry: false,
      circuitBreaker: { maxFailures: 1, openMs: 60_000 },
      backupEndpoints: { compute: { region: 'RegionTwo' } },
    });
    cleanup.push(() => http.close());
    const compute = new ComputeLikeClient(http);
    await expect(compute.get('servers')).rejects.toMatchObject({ status: 503 });
    const res = await compute.get('servers');
    expect(res.url).toBe(`${two.url}/v2.1/servers`);
    expect(two.seen.map((r) => r.url)).toEqual(['/v2.1/servers']);
    expect(one.seen).toHaveLength(1);
    // The primary stays the client's endpoint: the backup is never cached in its place.
    expect(compute.cachedEndpoint).toBe(`${one.url}/v2.1`);
  });
});
