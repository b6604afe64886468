import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadTimeout, RequestAborted } from '../../../lib/errors/transport-errors.js';
import { HTTPClient } from '../../../lib/session/http-client.js';
import type { CallOptions } from '../../../lib/services/common/types.js';
import { ComputeV2Client } from '../../../lib/services/compute/index.js';
import { DatabaseV1Client } from '../../../lib/services/database/index.js';
import { IdentityV3Client } from '../../../lib/services/identity/index.js';
import { startFakeCloud, type FakeCloud } from '../../../lib/testing/index.js';
import { createFakeNova } from '../../../lib/testing/nova/index.js';
import { createFakeTrove } from '../../../lib/testing/trove/index.js';
import { V3Password } from '../../../plugins/keystone/index.js';

const SESSION_TIMEOUT = 10_000;
const CALL_TIMEOUT = 200;

describe('per-call { signal, timeout, headers } reach the transport, one call per service', () => {
  let cloud: FakeCloud;
  let http: HTTPClient;
  let calls: { service: string; path: RegExp; get: (call: CallOptions) => Promise<unknown> }[];
  beforeAll(async () => {
    cloud = await startFakeCloud({ services: [createFakeNova(), createFakeTrove()] });
    http = new HTTPClient({ authPlugin: new V3Password(cloud.passwordAuth()), timeout: SESSION_TIMEOUT, retry: false });
    await http.authenticate();
    const compute = new ComputeV2Client(http);
    const database = new DatabaseV1Client(http);
    const identity = new IdentityV3Client(http);
    calls = [
      { service: 'compute', path: /\/servers\/slow-1$/, get: (call) => compute.servers.get('slow-1', call) },
      { service: 'database', path: /\/instances\/slow-2$/, get: (call) => database.instances.get('slow-2', call) },
      { service: 'identity', path: /\/v3\/projects\/slow-3$/, get: (call) => identity.projects.get('slow-3', call) },
    ];
  });
  afterAll(async () => {
    http.close();
    await cloud.close();
  });

  it('a per-call timeout ends the call with ReadTimeout after about that long, not the session\'s timeout', async () => {
    for (const { service, path, get } of calls) {
      cloud.setDelay(3_000, { method: 'GET', path });
      const started = performance.now();
      const err = await get({ timeout: CALL_TIMEOUT }).then(() => undefined, (e: unknown) => e);
      const elapsed = performance.now() - started;
      cloud.setDelay(0, { method: 'GET', path });
      expect(err, service).toBeInstanceOf(ReadTimeout);
      expect((err as ReadTimeout).timeoutMs, service).toBe(CALL_TIMEOUT);
      expect(elapsed, service).toBeGreaterThanOrEqual(CALL_TIMEOUT - 10);
      expect(elapsed, service).toBeLessThan(1_500);
    }
  });

  it('a per-call signal aborts the request in flight', async () => {
    for (const { service, path, get } of calls) {
      cloud.setDelay(3_000, { method: 'GET', path });
      const started = performance.now();
      const err = await get({ signal: AbortSignal.timeout(100) }).then(() => undefined, (e: unknown) => e);
      cloud.setDelay(0, { method: 'GET', path });
      expect(err, service).toBeInstanceOf(RequestAborted);
      expect(performance.now() - started, service).toBeLessThan(1_500);
    }
  });

  it('per-call headers are sent with the request', async () => {
    for (const { service, path, get } of calls) {
      await get({ headers: { 'X-Trace-Id': `trace-${service}` } }).catch(() => undefined);
      const sent = cloud.requests.filter((r) => r.method === 'GET' && path.test(r.path)).at(-1);
      expect(sent?.headers['x-trace-id'], service).toBe(`trace-${service}`);
    }
  });
});
