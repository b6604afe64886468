import { describe, expect, it } from 'vitest';
import { fillProjectTemplate, findEndpoint, parseV2Catalog, type ServiceCatalog } from '../../lib/catalog/index.js';
import { EndpointNotFound } from '../../lib/errors/framework-errors.js';
import { fixture } from './fixtures.js';

describe('project templates in endpoint URLs', () => {
  it('fills $(project_id)s, %(project_id)s, $(tenant_id)s and %(tenant_id)s', () => {
    const id = 'c0ffee';
    for (const t of ['$(project_id)s', '%(project_id)s', '$(tenant_id)s', '%(tenant_id)s']) {
      expect(fillProjectTemplate(`http://trove:8779/v1.0/${t}`, 'database', id)).toBe(`http://trove:8779/v1.0/${id}`);
    }
  });

  it('fills templates left in a catalog with the token project', () => {
    const catalog = parseV2Catalog(fixture('keystone-v2-access.json').access.serviceCatalog);
    expect(findEndpoint(catalog, { serviceType: 'object-store' }, { projectId: 'p1' })).toBe('http://23.253.72.207:8080/v1/AUTH_p1');
    expect(findEndpoint(catalog, { serviceType: 'object-store', interface: 'internal' }, { projectId: 'p1' }))
      .toBe('http://23.253.72.207:8080/v1/AUTH_p1');
  });

  it('refuses a templated URL when the token has no project', () => {
    const catalog: ServiceCatalog = [{ type: 'database', endpoints: [
      { interface: 'public', region: 'R', url: 'http://trove/v1.0/$(project_id)s' },
    ] }];
    expect(() => findEndpoint(catalog, { serviceType: 'database' })).toThrow(EndpointNotFound);
    expect(() => findEndpoint(catalog, { serviceType: 'database' })).toThrow(/not scoped to a project/);
  });
});
