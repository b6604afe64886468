import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Resource } from '../../common/resource.js';
import type { CallOptions } from '../../common/types.js';
import { filterQuery, idOf, KeystoneManager, type IdentityListOptions, type Ref, type SelfLink } from './base.js';

/** Keystone's service record (a catalog entry's service). */
export interface ServiceFields {
  id: string;
  type: string;
  name?: string;
  description?: string;
  enabled: boolean;
  links: SelfLink;
}

export interface Service extends ServiceFields {}

export class Service extends Resource<ServiceFields> {
  declare readonly manager: ServicesManager;

  async delete(): Promise<void> {
    return this.manager.delete(this);
  }
}

/** The body of `services.create()`. */
export interface ServiceCreate {
  type: string;
  name?: string;
  description?: string;
  /** @default true */
  enabled?: boolean;
}

/** /v3/services: the catalog's services (list by type, get, create, update, delete). */
export class ServicesManager extends KeystoneManager<Service> {
  protected readonly resourceClass = Service;
  protected override readonly resourceName = 'service';
  protected readonly path = '/services';
  protected readonly collectionKey = 'services';
  protected readonly memberKey = 'service';

  async *iterate(filters: IdentityListOptions & { type?: string; name?: string } = {}): AsyncGenerator<Service, void, undefined> {
    yield* this._iterateAll(filterQuery({ type: filters.type, name: filters.name }), filters);
  }

  async list(filters: IdentityListOptions & { type?: string; name?: string } = {}): Promise<Service[]> {
    return this._collect(this.iterate(filters));
  }

  async get(service: Ref, call: CallOptions = {}): Promise<Service> {
    return this._getOne(idOf(service, 'services.get'), call);
  }

  async create(options: ServiceCreate, call: CallOptions = {}): Promise<Service> {
    if (!options.type) throw new InvalidArgument('type', 'services.create needs a type');
    return this._createOne({ ...options }, call);
  }

  async update(service: Ref, changes: Partial<ServiceCreate>, call: CallOptions = {}): Promise<Service> {
    return this._patchOne(idOf(service, 'services.update'), { ...changes }, call);
  }

  async delete(service: Ref, call: CallOptions = {}): Promise<void> {
    return this._deleteOne(idOf(service, 'services.delete'), call);
  }
}
