import { describe, expect, it } from 'vitest';
import { findEndpoint, parseV3Catalog } from '../../lib/catalog/index.js';
import { fixture } from './fixtures.js';

const raw = fixture('keystone-v3-token.json').token.catalog;
const catalog = parseV3Catalog(raw);
const url = (type: string, iface: string, region: string): string => raw
  .find((s: any) => s.type === type).endpoints.find((e: any) => e.interface === iface && e.region_id === region).url;

describe('findEndpoint by region and interface', () => {
  it('picks the endpoint of the region asked for', () => {
    expect(findEndpoint(catalog, { serviceType: 'compute', regionName: 'RegionTwo' })).toBe(url('compute', 'public', 'RegionTwo'));
    expect(findEndpoint(catalog, { serviceType: 'compute', regionName: 'RegionOne' })).toBe(url('compute', 'public', 'RegionOne'));
  });

  it('defaults to public and accepts the publicURL forms', () => {
    const internal = url('identity', 'internal', 'RegionOne');
    expect(findEndpoint(catalog, { serviceType: 'identity', interface: 'internal' })).toBe(internal);
    expect(findEndpoint(catalog, { serviceType: 'identity', interface: 'internalURL' })).toBe(internal);
    expect(findEndpoint(catalog, { serviceType: 'identity' })).toBe(url('identity', 'public', 'RegionOne'));
  });

  it('matches the service name when one is given', () => {
    expect(findEndpoint(catalog, { serviceType: 'compute', serviceName: 'nova', regionName: 'RegionOne' }))
      .toBe(url('compute', 'public', 'RegionOne'));
    expect(() => findEndpoint(catalog, { serviceType: 'compute', serviceName: 'other', regionName: 'RegionOne' }))
      .toThrow(/name other/);
  });

  it('refuses an unknown interface with a ConfigError', () => {
    expect(() => findEndpoint(catalog, { serviceType: 'compute', interface: 'private' as never }))
      .toThrow(expect.objectContaining({ name: 'ConfigError', key: 'interface' }));
  });
});
