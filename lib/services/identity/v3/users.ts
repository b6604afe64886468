import { InvalidArgument } from '../../../errors/framework-errors.js';
import { expectStatus } from '../../common/ok-codes.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';
import { filterQuery, idOf, KeystoneManager, seg, type IdentityListOptions, type Ref, type SelfLink } from './base.js';
import { Group, type GroupFields } from './groups.js';
import type { Project } from './projects.js';

/** A Keystone user's fields, as the API returns them. */
export interface UserFields {
  id: string;
  name: string;
  domain_id: string;
  enabled: boolean;
  default_project_id?: string;
  description?: string;
  email?: string;
  password_expires_at: string | null;
  options?: Record<string, unknown>;
  links: SelfLink;
}

export interface User extends UserFields {}

export class User extends Resource<UserFields> {
  declare readonly manager: UsersManager;

  async update(changes: UserUpdate): Promise<User> {
    return this.manager.update(this, changes);
  }

  async delete(): Promise<void> {
    return this.manager.delete(this);
  }
}

export interface UserFilters extends IdentityListOptions {
  name?: string;
  domain?: Ref;
  enabled?: boolean;
}

/** The body of `users.create()`. */
export interface UserCreate {
  name: string;
  /** @default the domain of the token */
  domain?: Ref;
  password?: string;
  email?: string;
  description?: string;
  /** @default true */
  enabled?: boolean;
  defaultProject?: Ref;
}

/** The fields `users.update()` may change (the domain is fixed at creation). */
export type UserUpdate = Partial<Omit<UserCreate, 'domain'>>;

/** /v3/users: list, get, create, update, delete, change own password, groups and projects of a user. */
export class UsersManager extends KeystoneManager<User> {
  protected readonly resourceClass = User;
  protected override readonly resourceName = 'user';
  protected readonly path = '/users';
  protected readonly collectionKey = 'users';
  protected readonly memberKey = 'user';

  async *iterate(filters: UserFilters = {}): AsyncGenerator<User, void, undefined> {
    const query = filterQuery({
      name: filters.name,
      domain_id: filters.domain === undefined ? undefined : idOf(filters.domain, 'users.list domain'),
      enabled: filters.enabled,
    });
    yield* this._iterateAll(query, filters);
  }

  async list(filters: UserFilters = {}): Promise<User[]> {
    return this._collect(this.iterate(filters));
  }

  async get(user: Ref, call: CallOptions = {}): Promise<User> {
    return this._getOne(idOf(user, 'users.get'), call);
  }

  async create(options: UserCreate, call: CallOptions = {}): Promise<User> {
    if (!options.name) throw new InvalidArgument('name', 'users.create needs a name');
    const body = userBody(options);
    if (options.domain !== undefined) body.domain_id = idOf(options.domain, 'users.create domain');
    return this._createOne(body, call);
  }

  async update(user: Ref, changes: UserUpdate, call: CallOptions = {}): Promise<User> {
    return this._patchOne(idOf(user, 'users.update'), userBody(changes), call);
  }

  async delete(user: Ref, call: CallOptions = {}): Promise<void> {
    return this._deleteOne(idOf(user, 'users.delete'), call);
  }

  /**
   * A user changes their own password (POST /users/{id}/password, 204). Keystone then revokes the
   * user's tokens, those issued in the same second included: wait a second before authenticating again.
   */
  async changePassword(user: Ref, passwords: { originalPassword: string; password: string }, call: CallOptions = {}): Promise<void> {
    if (!passwords.originalPassword || !passwords.password) throw new InvalidArgument('password', 'users.changePassword needs originalPassword and password');
    const url = `/users/${seg(idOf(user, 'users.changePassword'))}/password`;
    const json = { user: { password: passwords.password, original_password: passwords.originalPassword } };
    const res = await this.client.post(url, { json, ...callOptionsOf(call) });
    expectStatus(res, [204, 200], 'POST');
  }

  /** The groups a user belongs to. */
  async listGroups(user: Ref, options: IdentityListOptions = {}): Promise<Group[]> {
    const url = `/users/${seg(idOf(user, 'users.listGroups'))}/groups`;
    const groups = this.identity.groups;
    return this._collect(this._pages(url, 'groups', undefined, (info) => new Group(groups, info as GroupFields), options));
  }

  /** The projects a user has a role on. */
  async listProjects(user: Ref, options: IdentityListOptions = {}): Promise<Project[]> {
    return this.identity.projects.listForUser(user, options);
  }
}

function userBody(o: UserUpdate): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (o.name !== undefined) body.name = o.name;
  if (o.password !== undefined) body.password = o.password;
  if (o.email !== undefined) body.email = o.email;
  if (o.description !== undefined) body.description = o.description;
  if (o.enabled !== undefined) body.enabled = o.enabled;
  if (o.defaultProject !== undefined) body.default_project_id = idOf(o.defaultProject, 'default project');
  return body;
}
