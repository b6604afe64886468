import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import type { CircuitTransition } from '../../lib/breaker/circuit-breaker.js';
import { CircuitOpen } from '../../lib/errors/circuit-open.js';
import { StaticToken } from '../../plugins/static-token.js';
import { ComputeLikeClient } from '../helpers/compute-like-client.js';
import { startRestartable } from '../helpers/restartable-server.js';

describe('the failure ratio', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => { for (const c of cleanup.splice(0)) await c(); });

  it('opens the circuit once minRequests were seen and the share of 5xx within windowMs reaches failureRatio', async () => {
    let n = 0;
    // Alternating 200 / 502: never two failures in a row, so maxFailures (3) alone would never open it.
    const primary = await startRestartable('primary', () => (++n % 2 ? { status: 200, body: {} } : { status: 502, body: {} }));
    cleanup.push(primary.stop);
    const http = new HTTPClient({
      authPlugin: new StaticToken({ token: 'tok-ratio-spec', endpoint: { compute: primary.url } }),
      retry: false,
      circuitBreaker: { maxFailures: 3, failureRatio: 0.5, minRequests: 6, windowMs: 10_000, openMs: 60_000 },
    });
    cleanup.push(() => http.close());
    const compute = new ComputeLikeClient(http);
    const transitions: CircuitTransition[] = [];
    http.on('circuit', (t) => transitions.push(t));
    for (let i = 0; i < 6; i++) await compute.get('servers').catch(() => undefined);
    expect(transitions).toHaveLength(1);
    expect(transitions[0]).toMatchObject({ from: 'closed', to: 'open', reason: '3 of 6 requests failed within 10000 ms' });
    await expect(compute.get('servers')).rejects.toBeInstanceOf(CircuitOpen);
    expect(primary.seen).toHaveLength(6);
  });
});
