import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient, MemoryStore, V3Password, createClient } from '../../index.js';
import { createFakeNova, createFakeTrove, startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';

// The README's example, on the fake cloud: if this breaks, the README is wrong.
describe('two service clients on one session', () => {
  let cloud: FakeCloud;
  afterEach(() => cloud.close());

  it('compute and database share one authentication, and a second session reuses the cached token', async () => {
    cloud = await startFakeCloud({ services: [createFakeNova(), createFakeTrove()] });
    const keyring = new MemoryStore();
    const open = () => {
      const http = new HTTPClient({ authPlugin: new V3Password(cloud.passwordAuth()), regionName: 'RegionOne', keyring, timings: true });
      createClient('compute', '2.1', http);
      createClient('database', '1.0', http);
      return http;
    };
    const http = open();
    const [servers, instances] = await Promise.all([http.compute!.servers.list(), http.database!.instances.list()]);
    expect(Array.isArray(servers)).toBe(true);
    expect(Array.isArray(instances)).toBe(true);
    expect(cloud.authCount()).toBe(1);
    expect(http.getTimings().map((t) => t.method)).toContain('POST');

    const again = open();
    await again.compute!.flavors.list();
    expect(cloud.authCount()).toBe(1);
  });
});
