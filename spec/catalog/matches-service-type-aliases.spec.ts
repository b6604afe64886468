import { describe, expect, it } from 'vitest';
import { findEndpoint, officialServiceType, serviceTypeCandidates, type ServiceCatalog } from '../../lib/catalog/index.js';

const ep = (url: string) => [{ interface: 'public' as const, region: 'R', url }];

describe('service-type aliases (OpenStack service-types authority)', () => {
  it('finds a volumev3 entry when asked for block-storage, volume or volumev2', () => {
    const catalog: ServiceCatalog = [{ type: 'volumev3', name: 'cinderv3', endpoints: ep('http://cinder/v3') }];
    for (const t of ['block-storage', 'volume', 'volumev2', 'volumev3', 'block-store']) {
      expect(findEndpoint(catalog, { serviceType: t })).toBe('http://cinder/v3');
    }
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

  it('maps shared-file-system, sharev2 and share to one service', () => {
    const catalog: ServiceCatalog = [{ type: 'sharev2', endpoints: ep('http://manila/v2') }];
    expect(findEndpoint(catalog, { serviceType: 'shared-file-system' })).toBe('http://manila/v2');
    expect(findEndpoint(catalog, { serviceType: 'share' })).toBe('http://manila/v2');
    expect(officialServiceType('share')).toBe('shared-file-system');
  });

  it('leaves types without aliases to match only themselves', () => {
    expect(serviceTypeCandidates('compute')).toEqual(['compute']);
    expect(serviceTypeCandidates('volume')).toEqual(['volume', 'block-storage', 'volumev3', 'volumev2', 'block-store']);
    const catalog: ServiceCatalog = [{ type: 'compute', endpoints: ep('http://nova/') }];
    expect(() => findEndpoint(catalog, { serviceType: 'image' })).toThrow(/catalog has: compute/);
  });
});
