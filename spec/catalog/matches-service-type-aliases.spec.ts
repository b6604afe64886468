import { describe, expect, it } from 'vitest';
import { findEndpoint, officialServiceType, serviceTypeCandidates, type ServiceCatalog } from '../../lib/catalog/index.js';
import { EndpointNotFound } from '../../lib/errors/framework-errors.js';

const ep = (url: string) => [{ interface: 'public' as const, region: 'R', url }];

/** os-service-types `is_match`: an official type matches its aliases; an alias matches its official type, never another alias. */
describe('service-type aliases, as os-service-types and keystoneauth1 match them', () => {
  it('finds a volumev3 entry when asked for block-storage or volumev3, and not for volume or volumev2', () => {
    const catalog: ServiceCatalog = [{ type: 'volumev3', name: 'cinderv3', endpoints: ep('http://cinder/v3') }];
    for (const t of ['block-storage', 'volumev3']) expect(findEndpoint(catalog, { serviceType: t })).toBe('http://cinder/v3');
    for (const t of ['volume', 'volumev2', 'block-store']) expect(() => findEndpoint(catalog, { serviceType: t })).toThrow(EndpointNotFound);
  });

  it('an alias finds its official type', () => {
    const catalog: ServiceCatalog = [{ type: 'block-storage', endpoints: ep('http://cinder/v3') }];
    expect(findEndpoint(catalog, { serviceType: 'volumev2' })).toBe('http://cinder/v3');
  });

  it('prefers the type asked for, then the official type, then aliases in order', () => {
    const catalog: ServiceCatalog = [
      { type: 'volume', endpoints: ep('http://cinder/v1') },
      { type: 'volumev2', endpoints: ep('http://cinder/v2') },
      { type: 'volumev3', endpoints: ep('http://cinder/v3') },
    ];
    expect(findEndpoint(catalog, { serviceType: 'volumev2' })).toBe('http://cinder/v2');
    expect(findEndpoint(catalog, { serviceType: 'block-storage' })).toBe('http://cinder/v3');
    expect(findEndpoint(catalog, { serviceType: 'volume' })).toBe('http://cinder/v1');
  });

  it('maps shared-file-system to sharev2 and share, and share only to itself and the official type', () => {
    const catalog: ServiceCatalog = [{ type: 'sharev2', endpoints: ep('http://manila/v2') }];
    expect(findEndpoint(catalog, { serviceType: 'shared-file-system' })).toBe('http://manila/v2');
    expect(() => findEndpoint(catalog, { serviceType: 'share' })).toThrow(EndpointNotFound);
    expect(officialServiceType('share')).toBe('shared-file-system');
  });

  it('leaves types without aliases to match only themselves', () => {
    expect(serviceTypeCandidates('compute')).toEqual(['compute']);
    expect(serviceTypeCandidates('volume')).toEqual(['volume', 'block-storage']);
    expect(serviceTypeCandidates('block-storage')).toEqual(['block-storage', 'volumev3', 'volumev2', 'volume', 'block-store']);
    const catalog: ServiceCatalog = [{ type: 'compute', endpoints: ep('http://nova/') }];
    expect(() => findEndpoint(catalog, { serviceType: 'image' })).toThrow(/catalog has: compute/);
  });
});
