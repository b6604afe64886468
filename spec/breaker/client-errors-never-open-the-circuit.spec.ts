import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import type { CircuitTransition } from '../../lib/breaker/circuit-breaker.js';
import { StaticToken } from '../../plugins/static-token.js';
import { ComputeLikeClient } from '../helpers/compute-like-client.js';
import { startRestartable } from '../helpers/restartable-server.js';

describe('4xx answers', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => { for (const c of cleanup.splice(0)) await c(); });

  it('count as a live host: twenty 404s and 409s in a row leave the circuit closed', async () => {
    let n = 0;
    const primary = await startRestartable('primary', () => ({ status: ++n % 2 ? 404 : 409, body: { itemNotFound: { message: 'no', code: 404 } } }));
    cleanup.push(primary.stop);
    const http = new HTTPClient({
      authPlugin: new StaticToken({ token: 'tok-4xx-spec', endpoint: { compute: primary.url } }),
      retry: false,
      circuitBreaker: { maxFailures: 2, failureRatio: 0.1, minRequests: 2 },
    });
    cleanup.push(() => http.close());
    const compute = new ComputeLikeClient(http);
    const transitions: CircuitTransition[] = [];
    http.on('circuit', (t) => transitions.push(t));
    for (let i = 0; i < 20; i++) await expect(compute.get(`servers/${i}`)).rejects.toHaveProperty('status');
    expect(primary.seen).toHaveLength(20);
    expect(transitions).toEqual([]);
  });
});
