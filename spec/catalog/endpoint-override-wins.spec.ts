import { describe, expect, it } from 'vitest';
import { findEndpoint, parseV3Catalog } from '../../lib/catalog/index.js';
import { fixture } from './fixtures.js';

const catalog = parseV3Catalog(fixture('keystone-v3-token.json').token.catalog);

describe('an endpoint override', () => {
  it('wins over the catalog, even for a type the catalog lacks, with templates filled', () => {
    expect(findEndpoint(catalog, { serviceType: 'compute', endpointOverride: 'http://127.0.0.1:9999/v2.1' }))
      .toBe('http://127.0.0.1:9999/v2.1');
    expect(findEndpoint([], { serviceType: 'database', endpointOverride: 'http://t/v1.0/%(tenant_id)s' }, { projectId: 'p9' }))
      .toBe('http://t/v1.0/p9');
  });
});
