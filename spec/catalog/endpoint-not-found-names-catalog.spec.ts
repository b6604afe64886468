import { describe, expect, it } from 'vitest';
import { catalogTypes, findEndpoint, parseV3Catalog } from '../../lib/catalog/index.js';
import { EndpointNotFound } from '../../lib/errors/framework-errors.js';
import { fixture } from './fixtures.js';

const catalog = parseV3Catalog(fixture('keystone-v3-token.json').token.catalog);

describe('EndpointNotFound', () => {
  it('names the service, the filter and the types the catalog has', () => {
    const expected = `Endpoint not found for service "image" (interface public, region RegionOne); the catalog has: ${catalogTypes(catalog).join(', ')}`;
    expect(() => findEndpoint(catalog, { serviceType: 'image', regionName: 'RegionOne' })).toThrow(expected);
  });

  it('says where a known service is offered when the region or interface does not match', () => {
    let err: unknown;
    try { findEndpoint(catalog, { serviceType: 'compute', regionName: 'RegionThree' }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(EndpointNotFound);
    expect((err as Error).message).toContain('region RegionThree');
    expect((err as Error).message).toContain('nova public in RegionTwo');
  });

  it('explains an empty catalog', () => {
    expect(() => findEndpoint([], { serviceType: 'compute' })).toThrow(/catalog is empty .*scope the authentication/);
  });
});
