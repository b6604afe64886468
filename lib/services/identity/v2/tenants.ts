import { notFound } from '../../common/find.js';
import { Manager } from '../../common/manager.js';
import { pageOptionsOf, paginate, type ListOptions } from '../../common/pagination.js';
import { Resource } from '../../common/resource.js';

/** Keystone v2's tenant record (a project in v3). */
export interface TenantFields {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
}

export interface Tenant extends TenantFields {}

/** A v2.0 tenant (a project, in v3 words). */
export class Tenant extends Resource<TenantFields> {}

/** /v2.0/tenants: the tenants the token's user has a role on (`tenants_links` paging). */
export class TenantsManager extends Manager<Tenant> {
  protected readonly resourceClass = Tenant;
  protected override readonly resourceName = 'tenant';

  async *iterate(options: ListOptions = {}): AsyncGenerator<Tenant, void, undefined> {
    const opts = { responseKey: 'tenants', linksKey: 'tenants_links', ...pageOptionsOf(options) };
    for await (const t of paginate(this.client, '/tenants', opts)) yield this.wrap(t);
  }

  async list(options: ListOptions = {}): Promise<Tenant[]> {
    return this._collect(this.iterate(options));
  }

  protected override findCandidates(): AsyncIterable<Tenant> {
    return this.iterate();
  }

  /** v2.0 has no GET /tenants/{id} on the public API: an id is looked up in the list. */
  protected override async lookupById(id: string): Promise<Tenant> {
    for await (const t of this.iterate()) if (t.getId() === id) return t;
    throw notFound(this.resourceName, `id ${JSON.stringify(id)}`, '/tenants');
  }
}
