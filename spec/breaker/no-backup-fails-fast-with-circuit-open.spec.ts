import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { CircuitOpen } from '../../lib/errors/circuit-open.js';
import { isClientError } from '../../lib/errors/client-error.js';
import { StaticToken } from '../../plugins/static-token.js';
import { ComputeLikeClient } from '../helpers/compute-like-client.js';
import { startRestartable } from '../helpers/restartable-server.js';

describe('an open circuit without a backup endpoint', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => { for (const c of cleanup.splice(0)) await c(); });

  it('fails fast with a typed CircuitOpen naming the host and when it will be retried, sending nothing', async () => {
    const token = 'tok-circuit-open-secret-1234';
    const primary = await startRestartable('primary', () => ({ status: 500, body: { error: 'boom' } }));
    cleanup.push(primary.stop);
    const http = new HTTPClient({
      authPlugin: new StaticToken({ token, endpoint: { compute: primary.url } }),
      retry: false,
      circuitBreaker: { maxFailures: 3, openMs: 60_000 },
    });
    cleanup.push(() => http.close());
    const compute = new ComputeLikeClient(http);
    for (let i = 0; i < 3; i++) await expect(compute.get('servers')).rejects.toMatchObject({ status: 500 });
    expect(primary.seen).toHaveLength(3);

    const before = Date.now();
    const error = await compute.get(`servers?token=${token}`).catch((e: unknown) => e) as CircuitOpen;
    expect(Date.now() - before).toBeLessThan(50);
    expect(primary.seen).toHaveLength(3);
    expect(error).toBeInstanceOf(CircuitOpen);
    expect(isClientError(error)).toBe(true);
    expect(error.code).toBe('ERR_CIRCUIT_OPEN');
    expect(error.host).toBe(`127.0.0.1:${primary.port}`);
    expect(error.retryAt.getTime()).toBeGreaterThan(before + 59_000);
    expect(error.message).toContain(`the circuit for 127.0.0.1:${primary.port} is open`);
    expect(error.message).toContain(`retried after ${error.retryAt.toISOString()}`);
    expect(error.message).toContain('backupEndpoints.compute');
    expect(error.url).toBe(`${primary.url}/servers?token=***`);
    expect(inspect(error, { depth: Infinity })).not.toContain(token);
  });
});
