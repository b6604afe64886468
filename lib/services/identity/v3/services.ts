import { InvalidArgument } from '../../common/errors.js';
import { Resource } from '../../common/resource.js';
import { filterQuery, idOf, KeystoneManager, type ListOptions, type Ref, type SelfLink } from './base.js';

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
  declare readonly manager: ServiceManager;

  delete(): Promise<void> {
    return this.manager.delete(this);
  }
}

export interface ServiceCreate {
  type: string;
  name?: string;
  description?: string;
  /** @default true */
  enabled?: boolean;
}

/** /v3/services: the catalog's services (list by type, get, create, update, delete). */
export class ServiceManager extends KeystoneManager<Service> {
  protected readonly resourceClass = Service;
  protected override readonly resourceName = 'service';
  protected readonly path = '/services';
  protected readonly collectionKey = 'services';
  protected readonly memberKey = 'service';

  async *iterate(filters: ListOptions & { type?: string; name?: string } = {}): AsyncGenerator<Service, void, undefined> {
    yield* this._iterateAll(filterQuery({ type: filters.type, name: filters.name }), filters.signal);
  }

  async list(filters: ListOptions & { type?: string; name?: string } = {}): Promise<Service[]> {
    return this._collect(this.iterate(filters));
  }

  async get(service: Ref): Promise<Service> {
    return this._getOne(idOf(service, 'services.get'));
  }

  async create(options: ServiceCreate): Promise<Service> {
    if (!options.type) throw new InvalidArgument('type', 'services.create needs a type');
    return this._createOne({ ...options });
  }

  async update(service: Ref, changes: Partial<ServiceCreate>): Promise<Service> {
    return this._patchOne(idOf(service, 'services.update'), { ...changes });
  }

  async delete(service: Ref): Promise<void> {
    return this._deleteOne(idOf(service, 'services.delete'));
  }
}
