import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Resource } from '../../common/resource.js';
import type { CallOptions } from '../../common/types.js';
import { filterQuery, idOf, KeystoneManager, seg, type IdentityListOptions, type Ref, type SelfLink } from './base.js';
import { User, type UserFields } from './users.js';

/** Keystone's group record. */
export interface GroupFields {
  id: string;
  name: string;
  domain_id: string;
  description: string;
  links: SelfLink;
}

export interface Group extends GroupFields {}

export class Group extends Resource<GroupFields> {
  declare readonly manager: GroupsManager;

  async addUser(user: Ref): Promise<void> {
    return this.manager.addUser(this, user);
  }

  async removeUser(user: Ref): Promise<void> {
    return this.manager.removeUser(this, user);
  }

  async hasUser(user: Ref): Promise<boolean> {
    return this.manager.checkUser(this, user);
  }

  async delete(): Promise<void> {
    return this.manager.delete(this);
  }
}

/** The body of `groups.create()`. */
export interface GroupCreate {
  name: string;
  domain?: Ref;
  description?: string;
}

/** /v3/groups: list, get, create, update, delete, and membership (add, remove, check, list users). */
export class GroupsManager extends KeystoneManager<Group> {
  protected readonly resourceClass = Group;
  protected override readonly resourceName = 'group';
  protected readonly path = '/groups';
  protected readonly collectionKey = 'groups';
  protected readonly memberKey = 'group';

  async *iterate(filters: IdentityListOptions & { name?: string; domain?: Ref } = {}): AsyncGenerator<Group, void, undefined> {
    const query = filterQuery({
      name: filters.name,
      domain_id: filters.domain === undefined ? undefined : idOf(filters.domain, 'groups.list domain'),
    });
    yield* this._iterateAll(query, filters);
  }

  async list(filters: IdentityListOptions & { name?: string; domain?: Ref } = {}): Promise<Group[]> {
    return this._collect(this.iterate(filters));
  }

  async get(group: Ref, call: CallOptions = {}): Promise<Group> {
    return this._getOne(idOf(group, 'groups.get'), call);
  }

  async create(options: GroupCreate, call: CallOptions = {}): Promise<Group> {
    if (!options.name) throw new InvalidArgument('name', 'groups.create needs a name');
    const body: Record<string, unknown> = { name: options.name };
    if (options.domain !== undefined) body.domain_id = idOf(options.domain, 'groups.create domain');
    if (options.description !== undefined) body.description = options.description;
    return this._createOne(body, call);
  }

  async update(group: Ref, changes: { name?: string; description?: string }, call: CallOptions = {}): Promise<Group> {
    return this._patchOne(idOf(group, 'groups.update'), { ...changes }, call);
  }

  async delete(group: Ref, call: CallOptions = {}): Promise<void> {
    return this._deleteOne(idOf(group, 'groups.delete'), call);
  }

  async addUser(group: Ref, user: Ref, call: CallOptions = {}): Promise<void> {
    return this._noContent('PUT', this.#memberUrl(group, user, 'groups.addUser'), call);
  }

  async removeUser(group: Ref, user: Ref, call: CallOptions = {}): Promise<void> {
    return this._noContent('DELETE', this.#memberUrl(group, user, 'groups.removeUser'), call);
  }

  /** True when the user is in the group (HEAD 204), false on 404. */
  async checkUser(group: Ref, user: Ref, call: CallOptions = {}): Promise<boolean> {
    return this._exists(this.#memberUrl(group, user, 'groups.checkUser'), call);
  }

  async listUsers(group: Ref, options: IdentityListOptions = {}): Promise<User[]> {
    const url = `/groups/${seg(idOf(group, 'groups.listUsers'))}/users`;
    const users = this.identity.users;
    return this._collect(this._pages(url, 'users', undefined, (info) => new User(users, info as UserFields), options));
  }

  #memberUrl(group: Ref, user: Ref, what: string): string {
    return `/groups/${seg(idOf(group, what))}/users/${seg(idOf(user, `${what} user`))}`;
  }
}
