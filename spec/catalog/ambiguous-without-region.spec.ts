import { describe, expect, it } from 'vitest';
import { findEndpoint, parseV3Catalog } from '../../lib/catalog/index.js';
import { AmbiguousEndpoints } from '../../lib/errors/framework-errors.js';
import { fixture } from './fixtures.js';

const catalog = parseV3Catalog(fixture('keystone-v3-token.json').token.catalog);

describe('several endpoints and no region', () => {
  it('is AmbiguousEndpoints listing each candidate', () => {
    let err: unknown;
    try { findEndpoint(catalog, { serviceType: 'compute' }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(AmbiguousEndpoints);
    const urls = catalog.find((s) => s.type === 'compute')!.endpoints.filter((e) => e.interface === 'public').map((e) => e.url);
    expect((err as AmbiguousEndpoints).endpoints).toEqual(urls);
    for (const u of urls) expect((err as Error).message).toContain(u);
    expect((err as Error).message).toMatch(/RegionOne .*RegionTwo/);
  });

  it('is not ambiguous when every match has the same URL', () => {
    const same = [{ type: 'dns', endpoints: [
      { interface: 'public' as const, region: 'A', url: 'http://dns/' },
      { interface: 'public' as const, region: 'B', url: 'http://dns/' },
    ] }];
    expect(findEndpoint(same, { serviceType: 'dns' })).toBe('http://dns/');
  });
});
