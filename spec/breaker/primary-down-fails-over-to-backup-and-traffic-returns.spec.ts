import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import type { CircuitTransition } from '../../lib/breaker/circuit-breaker.js';
import { ConnectionRefused } from '../../lib/errors/transport-errors.js';
import { StaticToken } from '../../plugins/static-token.js';
import { ComputeLikeClient } from '../helpers/compute-like-client.js';
import { startRestartable } from '../helpers/restartable-server.js';

const OPEN_MS = 400;

describe('a region circuit breaker with a backup endpoint', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => { for (const c of cleanup.splice(0)) await c(); });

  it('opens when the primary dies, sends to the backup, and closes after openMs once the primary is back; no POST is sent twice', async () => {
    const primary = await startRestartable('primary');
    const backup = await startRestartable('backup');
    cleanup.push(primary.stop, backup.stop);
    const http = new HTTPClient({
      authPlugin: new StaticToken({ token: 'tok-breaker-spec', endpoint: { compute: `${primary.url}/v2.1` } }),
      retry: { retries: 1, minTimeout: 5, maxTimeout: 10 },
      circuitBreaker: { maxFailures: 2, openMs: OPEN_MS, halfOpenRequests: 1 },
      backupEndpoints: { compute: `${backup.url}/v2.1` },
    });
    cleanup.push(() => http.close());
    const compute = new ComputeLikeClient(http);
    const transitions: CircuitTransition[] = [];
    http.on('circuit', (t) => transitions.push(t));
    let posts = 0;
    const createServer = () => compute.post('servers', { json: { server: { name: `vm-${++posts}` } } });
    const where = (name: string) => [primary, backup].filter((s) => s.seen.some((r) => r.method === 'POST' && r.body.includes(`"${name}"`))).map((s) => s.name);

    // 1. Closed: traffic goes to the primary.
    await createServer();
    await compute.get('servers');
    expect(where('vm-1')).toEqual(['primary']);

    // 2. Kill the primary: two failures in a row open the circuit. The failed POST is not replayed to the backup.
    await primary.stop();
    const killedAt = Date.now();
    await expect(createServer()).rejects.toBeInstanceOf(ConnectionRefused);
    await expect(compute.get('servers')).rejects.toBeInstanceOf(ConnectionRefused);
    expect(transitions.map((t) => `${t.from}->${t.to}`)).toEqual(['closed->open']);
    expect(where('vm-2')).toEqual([]);

    // 3. Open: requests go to the backup, POSTs included, each once.
    await createServer();
    await compute.get('servers/detail');
    expect(where('vm-3')).toEqual(['backup']);

    // 4. The primary comes back on the same port; before openMs has passed, traffic still goes to the backup.
    await primary.start();
    const primaryBackAt = Date.now();
    await createServer();
    expect(where('vm-4')).toEqual(['backup']);

    // 5. After openMs: the next request is the half-open probe to the primary; it succeeds and closes the circuit.
    await new Promise((resolve) => setTimeout(resolve, OPEN_MS - (Date.now() - transitions[0]!.at) + 20));
    await createServer();
    expect(where('vm-5')).toEqual(['primary']);
    await createServer();
    await compute.get('servers');
    expect(where('vm-6')).toEqual(['primary']);

    expect(transitions.map((t) => `${t.from}->${t.to}`)).toEqual(['closed->open', 'open->half-open', 'half-open->closed']);
    const [opened, halfOpen, closed] = transitions as [CircuitTransition, CircuitTransition, CircuitTransition];
    expect(new Set(transitions.map((t) => t.host))).toEqual(new Set([`127.0.0.1:${primary.port}`]));
    expect(opened.at).toBeGreaterThanOrEqual(killedAt);
    expect(opened.reason).toBe('2 consecutive failures');
    expect(opened.retryAt).toBe(opened.at + OPEN_MS);
    expect(halfOpen.at).toBeGreaterThanOrEqual(opened.at + OPEN_MS);
    expect(closed.at).toBeGreaterThanOrEqual(halfOpen.at);
    expect(primaryBackAt).toBeLessThan(halfOpen.at);

    // No POST reached any server twice: every body name is seen once, over both servers and both lives of the primary.
    const postNames = [...primary.seen, ...backup.seen].filter((r) => r.method === 'POST').map((r) => (JSON.parse(r.body) as { server: { name: string } }).server.name);
    expect(postNames.sort()).toEqual(['vm-1', 'vm-3', 'vm-4', 'vm-5', 'vm-6']);
    const t0 = opened.at;
    console.log(['breaker transitions (ms after the circuit opened; ISO times):',
      ...transitions.map((t) => `  +${String(t.at - t0).padStart(4)} ms ${new Date(t.at).toISOString()} ${t.host} ${t.from} -> ${t.to} (${t.reason})`)].join('\n'));
  });
});
