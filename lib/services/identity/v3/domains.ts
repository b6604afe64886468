import { InvalidArgument } from '../../common/errors.js';
import { Resource } from '../../common/resource.js';
import { filterQuery, idOf, KeystoneManager, type ListOptions, type Ref, type SelfLink } from './base.js';

export interface DomainFields {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  tags?: string[];
  options?: Record<string, unknown>;
  links: SelfLink;
}

export interface Domain extends DomainFields {}

export class Domain extends Resource<DomainFields> {
  declare readonly manager: DomainManager;

  update(changes: DomainUpdate): Promise<Domain> {
    return this.manager.update(this, changes);
  }

  delete(): Promise<void> {
    return this.manager.delete(this);
  }
}

export interface DomainCreate {
  name: string;
  description?: string;
  /** @default true */
  enabled?: boolean;
  tags?: string[];
}

export type DomainUpdate = Partial<DomainCreate>;

/** /v3/domains: list, get, create, update, delete. Keystone deletes only a disabled domain (403 otherwise). */
export class DomainManager extends KeystoneManager<Domain> {
  protected readonly resourceClass = Domain;
  protected override readonly resourceName = 'domain';
  protected readonly path = '/domains';
  protected readonly collectionKey = 'domains';
  protected readonly memberKey = 'domain';

  async *iterate(filters: ListOptions & { name?: string; enabled?: boolean } = {}): AsyncGenerator<Domain, void, undefined> {
    yield* this._iterateAll(filterQuery({ name: filters.name, enabled: filters.enabled }), filters.signal);
  }

  async list(filters: ListOptions & { name?: string; enabled?: boolean } = {}): Promise<Domain[]> {
    return this._collect(this.iterate(filters));
  }

  async get(domain: Ref): Promise<Domain> {
    return this._getOne(idOf(domain, 'domains.get'));
  }

  async create(options: DomainCreate): Promise<Domain> {
    if (!options.name) throw new InvalidArgument('name', 'domains.create needs a name');
    return this._createOne({ ...options });
  }

  async update(domain: Ref, changes: DomainUpdate): Promise<Domain> {
    return this._patchOne(idOf(domain, 'domains.update'), { ...changes });
  }

  /** Delete a domain; disable it first with `update(domain, { enabled: false })`. */
  async delete(domain: Ref): Promise<void> {
    return this._deleteOne(idOf(domain, 'domains.delete'));
  }
}
