import { expect, it } from 'vitest';
import { catalogTypes } from '../../lib/catalog/index.js';
import { AmbiguousEndpoints, EndpointNotFound } from '../../lib/errors/framework-errors.js';
import { adminPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: endpoints from the real catalog', () => {
  it('selects by region and interface, fills the project id, and names what the catalog has', async () => {
    const k = realKeystone()!;
    const plugin = adminPassword();
    const { http } = realSession(plugin);
    await http.authenticate();
    const projectId = plugin.scope!.project!.id;
    // scripts/real-cloud/start.sh picks free ports: where the catalog points is what start.sh exported (8774/8779 by default).
    const computePort = new URL(process.env['NOVA_URL'] ?? 'http://127.0.0.1:8774/v2.1').port;
    const databasePort = process.env['TROVE_URL']?.match(/:(\d+)\//)?.[1] ?? '8779';

    expect(plugin.getEndpoint({ serviceType: 'compute', regionName: 'RegionTwo' })).toMatch(/:18774\/v2\.1$/);
    expect(plugin.getEndpoint({ serviceType: 'compute', regionName: 'RegionOne' })).toMatch(new RegExp(`:${computePort}/v2\\.1$`));
    expect(plugin.getEndpoint({ serviceType: 'compute', regionName: 'RegionOne', interface: 'internalURL' })).toMatch(new RegExp(`:${computePort}/v2\\.1$`));
    expect(plugin.getEndpoint({ serviceType: 'identity', interface: 'admin', regionName: 'RegionOne' })).toBe(k.authUrl);
    // Keystone fills $(project_id)s in the catalog of a project token: the database URL ends in the admin project id.
    expect(plugin.getEndpoint({ serviceType: 'database', regionName: 'RegionOne' })).toMatch(new RegExp(`:${databasePort}/v1\\.0/${projectId}$`));
    // RegionTwo has only a public compute endpoint.
    expect(() => plugin.getEndpoint({ serviceType: 'compute', regionName: 'RegionTwo', interface: 'internal' })).toThrow(EndpointNotFound);
    expect(() => plugin.getEndpoint({ serviceType: 'compute' })).toThrow(AmbiguousEndpoints);

    const types = catalogTypes(plugin.catalog);
    expect(types).toEqual(expect.arrayContaining(['compute', 'database', 'identity']));
    // object-store: a type neither the Keystone recipe nor the whole real cloud registers
    expect(() => plugin.getEndpoint({ serviceType: 'object-store', regionName: 'RegionOne' }))
      .toThrow(`Endpoint not found for service "object-store" (interface public, region RegionOne); the catalog has: ${types.join(', ')}`);
    http.close();
  });
});
