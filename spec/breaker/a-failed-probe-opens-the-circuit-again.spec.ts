import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import type { CircuitTransition } from '../../lib/breaker/circuit-breaker.js';
import { StaticToken } from '../../plugins/static-token.js';
import { ComputeLikeClient } from '../helpers/compute-like-client.js';
import { startRestartable } from '../helpers/restartable-server.js';

describe('the half-open probe', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => { for (const c of cleanup.splice(0)) await c(); });

  it('opens the circuit again when it fails, for another openMs, while the backup keeps the traffic', async () => {
    let primaryStatus = 503;
    const primary = await startRestartable('primary', () => ({ status: primaryStatus, body: { error: 'down' } }));
    const backup = await startRestartable('backup');
    cleanup.push(primary.stop, backup.stop);
    const http = new HTTPClient({
      authPlugin: new StaticToken({ token: 'tok-probe-spec', endpoint: { compute: primary.url } }),
      retry: false,
      circuitBreaker: { maxFailures: 1, openMs: 150 },
      backupEndpoints: { compute: backup.url },
    });
    cleanup.push(() => http.close());
    const compute = new ComputeLikeClient(http);
    const transitions: CircuitTransition[] = [];
    http.on('circuit', (t) => transitions.push(t));

    await expect(compute.get('servers')).rejects.toMatchObject({ status: 503 });
    await compute.get('servers');
    expect(backup.seen).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 170));
    await expect(compute.get('servers')).rejects.toMatchObject({ status: 503 }); // the probe, still failing
    expect(transitions.map((t) => `${t.from}->${t.to} ${t.reason}`)).toEqual([
      'closed->open 1 consecutive failures', 'open->half-open open for 150 ms', 'half-open->open a probe failed',
    ]);
    const reopened = transitions[2]!;
    expect(reopened.retryAt).toBe(reopened.at + 150);
    await compute.get('servers');
    expect(backup.seen).toHaveLength(2);
    expect(primary.seen).toHaveLength(2);

    primaryStatus = 200;
    await new Promise((resolve) => setTimeout(resolve, 170));
    await compute.get('servers');
    expect(transitions.at(-1)).toMatchObject({ from: 'half-open', to: 'closed' });
    expect(primary.seen).toHaveLength(3);
  });
});
