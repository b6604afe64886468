import { InvalidArgument } from '../../../errors/framework-errors.js';
import { normalizeInterface, type EndpointInterfaceInput } from '../../../auth-plugin.js';
import { Resource } from '../../common/resource.js';
import type { CallOptions } from '../../common/types.js';
import { filterQuery, idOf, KeystoneManager, type IdentityListOptions, type Ref, type SelfLink } from './base.js';

/** Keystone's endpoint record: one URL of a service, per interface and region. */
export interface EndpointFields {
  id: string;
  service_id: string;
  interface: 'public' | 'internal' | 'admin';
  url: string;
  region_id: string | null;
  /** The region again, under its legacy name. */
  region?: string | null;
  enabled: boolean;
  links: SelfLink;
}

export interface Endpoint extends EndpointFields {}

export class Endpoint extends Resource<EndpointFields> {
  declare readonly manager: EndpointsManager;

  async delete(): Promise<void> {
    return this.manager.delete(this);
  }
}

export interface EndpointFilters extends IdentityListOptions {
  service?: Ref;
  interface?: EndpointInterfaceInput;
  region?: Ref;
}

/** The body of `endpoints.create()`. */
export interface EndpointCreate {
  service: Ref;
  interface: EndpointInterfaceInput;
  url: string;
  region?: Ref;
  /** @default true */
  enabled?: boolean;
}

/** /v3/endpoints: list (by service, interface, region), get, create, update, delete. */
export class EndpointsManager extends KeystoneManager<Endpoint> {
  protected readonly resourceClass = Endpoint;
  protected override readonly resourceName = 'endpoint';
  protected readonly path = '/endpoints';
  protected readonly collectionKey = 'endpoints';
  protected readonly memberKey = 'endpoint';

  async *iterate(filters: EndpointFilters = {}): AsyncGenerator<Endpoint, void, undefined> {
    const query = filterQuery({
      service_id: filters.service === undefined ? undefined : idOf(filters.service, 'endpoints.list service'),
      interface: filters.interface === undefined ? undefined : normalizeInterface(filters.interface),
      region_id: filters.region === undefined ? undefined : idOf(filters.region, 'endpoints.list region'),
    });
    yield* this._iterateAll(query, filters);
  }

  async list(filters: EndpointFilters = {}): Promise<Endpoint[]> {
    return this._collect(this.iterate(filters));
  }

  async get(endpoint: Ref, call: CallOptions = {}): Promise<Endpoint> {
    return this._getOne(idOf(endpoint, 'endpoints.get'), call);
  }

  async create(options: EndpointCreate, call: CallOptions = {}): Promise<Endpoint> {
    if (!options.url) throw new InvalidArgument('url', 'endpoints.create needs a url');
    return this._createOne(endpointBody(options), call);
  }

  async update(endpoint: Ref, changes: Partial<EndpointCreate>, call: CallOptions = {}): Promise<Endpoint> {
    return this._patchOne(idOf(endpoint, 'endpoints.update'), endpointBody(changes), call);
  }

  async delete(endpoint: Ref, call: CallOptions = {}): Promise<void> {
    return this._deleteOne(idOf(endpoint, 'endpoints.delete'), call);
  }

  protected override findCandidates(): AsyncIterable<Endpoint> {
    return this.iterate();
  }
}

function endpointBody(o: Partial<EndpointCreate>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (o.service !== undefined) body.service_id = idOf(o.service, 'endpoint service');
  if (o.interface !== undefined) body.interface = normalizeInterface(o.interface);
  if (o.url !== undefined) body.url = o.url;
  if (o.region !== undefined) body.region_id = idOf(o.region, 'endpoint region');
  if (o.enabled !== undefined) body.enabled = o.enabled;
  return body;
}
