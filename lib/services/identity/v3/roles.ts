import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Resource } from '../../common/resource.js';
import type { CallOptions } from '../../common/types.js';
import { filterQuery, idOf, KeystoneManager, seg, type IdentityListOptions, type Ref, type SelfLink } from './base.js';

/** Keystone's role record. */
export interface RoleFields {
  id: string;
  name: string;
  /** Set for a domain-specific role. */
  domain_id: string | null;
  description?: string | null;
  options?: Record<string, unknown>;
  links: SelfLink;
}

export interface Role extends RoleFields {}

export class Role extends Resource<RoleFields> {
  declare readonly manager: RolesManager;

  async delete(): Promise<void> {
    return this.manager.delete(this);
  }
}

/**
 * Who gets a role where: exactly one of `user` / `group`, and exactly one of `project` / `domain` /
 * `system` (the whole deployment).
 */
export interface GrantTarget {
  user?: Ref;
  group?: Ref;
  project?: Ref;
  domain?: Ref;
  system?: boolean;
  /**
   * The grant is inherited by the sub-projects of the project (or the projects of the domain), not held on it
   * (Keystone's OS-INHERIT API). Not with `system`.
   */
  inherited?: boolean;
}

/** /v3/roles: list, get, create, update, delete; grants on projects, domains and the system. */
export class RolesManager extends KeystoneManager<Role> {
  protected readonly resourceClass = Role;
  protected override readonly resourceName = 'role';
  protected readonly path = '/roles';
  protected readonly collectionKey = 'roles';
  protected readonly memberKey = 'role';

  async *iterate(filters: IdentityListOptions & { name?: string; domain?: Ref } = {}): AsyncGenerator<Role, void, undefined> {
    const query = filterQuery({
      name: filters.name,
      domain_id: filters.domain === undefined ? undefined : idOf(filters.domain, 'roles.list domain'),
    });
    yield* this._iterateAll(query, filters);
  }

  async list(filters: IdentityListOptions & { name?: string; domain?: Ref } = {}): Promise<Role[]> {
    return this._collect(this.iterate(filters));
  }

  async get(role: Ref, call: CallOptions = {}): Promise<Role> {
    return this._getOne(idOf(role, 'roles.get'), call);
  }

  async create(options: { name: string; domain?: Ref; description?: string }, call: CallOptions = {}): Promise<Role> {
    if (!options.name) throw new InvalidArgument('name', 'roles.create needs a name');
    const body: Record<string, unknown> = { name: options.name };
    if (options.domain !== undefined) body.domain_id = idOf(options.domain, 'roles.create domain');
    if (options.description !== undefined) body.description = options.description;
    return this._createOne(body, call);
  }

  async update(role: Ref, changes: { name?: string; description?: string }, call: CallOptions = {}): Promise<Role> {
    return this._patchOne(idOf(role, 'roles.update'), { ...changes }, call);
  }

  async delete(role: Ref, call: CallOptions = {}): Promise<void> {
    return this._deleteOne(idOf(role, 'roles.delete'), call);
  }

  /** Give `role` to a user or group on a project, a domain or the system (PUT, 204). */
  async grant(role: Ref, target: GrantTarget, call: CallOptions = {}): Promise<void> {
    return this._noContent('PUT', grantUrl(role, target, 'roles.grant'), call);
  }

  async revoke(role: Ref, target: GrantTarget, call: CallOptions = {}): Promise<void> {
    return this._noContent('DELETE', grantUrl(role, target, 'roles.revoke'), call);
  }

  /** True when the grant exists directly (HEAD 204), false on 404. Inherited and group grants do not count. */
  async check(role: Ref, target: GrantTarget, call: CallOptions = {}): Promise<boolean> {
    return this._exists(grantUrl(role, target, 'roles.check'), call);
  }

  /** The roles granted directly to a user or group on a project, domain or the system. */
  async listGrants(target: GrantTarget, options: IdentityListOptions = {}): Promise<Role[]> {
    return this._collect(this._pages(grantBase(target, 'roles.listGrants'), 'roles', undefined, (info) => this.wrap(info), options));
  }
}

/** One grant's URL; an inherited one lives under /OS-INHERIT and ends in `/inherited_to_projects`. */
function grantUrl(role: Ref, target: GrantTarget, what: string): string {
  const url = `${grantBase(target, what)}/${seg(idOf(role, `${what} role`))}`;
  if (!target.inherited) return url;
  if (target.system) throw new InvalidArgument('target', `${what}: a system grant cannot be inherited`);
  return `/OS-INHERIT${url}/inherited_to_projects`;
}

/** `/projects/{p}/users/{u}/roles` and kin, from a GrantTarget that names exactly one actor and one scope. */
export function grantBase(t: GrantTarget, what: string): string {
  const actors = [t.user !== undefined, t.group !== undefined].filter(Boolean).length;
  const scopes = [t.project !== undefined, t.domain !== undefined, t.system === true].filter(Boolean).length;
  if (actors !== 1 || scopes !== 1) {
    throw new InvalidArgument('target', `${what} needs exactly one of user or group, and exactly one of project, domain or system`);
  }
  const actor = t.user !== undefined ? `users/${seg(idOf(t.user, `${what} user`))}` : `groups/${seg(idOf(t.group!, `${what} group`))}`;
  if (t.system) return `/system/${actor}/roles`;
  const scope = t.project !== undefined ? `projects/${seg(idOf(t.project, `${what} project`))}` : `domains/${seg(idOf(t.domain!, `${what} domain`))}`;
  return `/${scope}/${actor}/roles`;
}
