import { describe, expect, it } from 'vitest';
import { findEndpoint, parseV2Catalog } from '../../lib/catalog/index.js';
import { fixture } from './fixtures.js';

describe('parseV2Catalog', () => {
  it('turns publicURL / internalURL / adminURL into one endpoint per interface', () => {
    const raw = fixture('keystone-v2-access.json').access.serviceCatalog;
    const catalog = parseV2Catalog(raw);
    const compute = catalog.find((s) => s.type === 'compute')!;
    const r1 = raw[0].endpoints[0];
    expect(compute.endpoints.filter((e) => e.region === 'RegionOne')).toEqual([
      { interface: 'public', region: 'RegionOne', url: r1.publicURL, id: r1.id },
      { interface: 'internal', region: 'RegionOne', url: r1.internalURL, id: r1.id },
      { interface: 'admin', region: 'RegionOne', url: r1.adminURL, id: r1.id },
    ]);
    // The RegionTwo entry only has a publicURL.
    expect(compute.endpoints.filter((e) => e.region === 'RegionTwo').map((e) => e.interface)).toEqual(['public']);
  });

  it('is searchable like a v3 catalog, with the publicURL interface names', () => {
    const raw = fixture('keystone-v2-access.json').access.serviceCatalog;
    const catalog = parseV2Catalog(raw);
    expect(findEndpoint(catalog, { serviceType: 'identity', interface: 'adminURL' })).toBe(raw[3].endpoints[0].adminURL);
    expect(findEndpoint(catalog, { serviceType: 'compute', interface: 'internalURL' })).toBe(raw[0].endpoints[0].internalURL);
  });
});
