import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Resource } from '../../common/resource.js';
import type { CallOptions } from '../../common/types.js';
import { filterQuery, idOf, KeystoneManager, type IdentityListOptions, type Ref, type SelfLink } from './base.js';

/** Keystone's domain record. */
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
  declare readonly manager: DomainsManager;

  async update(changes: DomainUpdate): Promise<Domain> {
    return this.manager.update(this, changes);
  }

  async delete(): Promise<void> {
    return this.manager.delete(this);
  }
}

/** The body of `domains.create()`. */
export interface DomainCreate {
  name: string;
  description?: string;
  /** @default true */
  enabled?: boolean;
  tags?: string[];
}

/** The fields `domains.update()` may change. */
export type DomainUpdate = Partial<DomainCreate>;

/** /v3/domains: list, get, create, update, delete. Keystone deletes only a disabled domain (403 otherwise). */
export class DomainsManager extends KeystoneManager<Domain> {
  protected readonly resourceClass = Domain;
  protected override readonly resourceName = 'domain';
  protected readonly path = '/domains';
  protected readonly collectionKey = 'domains';
  protected readonly memberKey = 'domain';

  async *iterate(filters: IdentityListOptions & { name?: string; enabled?: boolean } = {}): AsyncGenerator<Domain, void, undefined> {
    yield* this._iterateAll(filterQuery({ name: filters.name, enabled: filters.enabled }), filters);
  }

  async list(filters: IdentityListOptions & { name?: string; enabled?: boolean } = {}): Promise<Domain[]> {
    return this._collect(this.iterate(filters));
  }

  async get(domain: Ref, call: CallOptions = {}): Promise<Domain> {
    return this._getOne(idOf(domain, 'domains.get'), call);
  }

  async create(options: DomainCreate, call: CallOptions = {}): Promise<Domain> {
    if (!options.name) throw new InvalidArgument('name', 'domains.create needs a name');
    return this._createOne({ ...options }, call);
  }

  async update(domain: Ref, changes: DomainUpdate, call: CallOptions = {}): Promise<Domain> {
    return this._patchOne(idOf(domain, 'domains.update'), { ...changes }, call);
  }

  /** Delete a domain; disable it first with `update(domain, { enabled: false })`. */
  async delete(domain: Ref, call: CallOptions = {}): Promise<void> {
    return this._deleteOne(idOf(domain, 'domains.delete'), call);
  }
}
