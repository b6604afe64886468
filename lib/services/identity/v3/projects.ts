import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Resource } from '../../common/resource.js';
import type { CallOptions } from '../../common/types.js';
import { filterQuery, idOf, KeystoneManager, seg, type IdentityListOptions, type Ref, type SelfLink } from './base.js';

/** A Keystone project's fields, as the API returns them. */
export interface ProjectFields {
  id: string;
  name: string;
  domain_id: string;
  description: string;
  enabled: boolean;
  parent_id: string | null;
  is_domain: boolean;
  tags: string[];
  options?: Record<string, unknown>;
  links: SelfLink;
}

export interface Project extends ProjectFields {}

export class Project extends Resource<ProjectFields> {
  declare readonly manager: ProjectsManager;

  async update(changes: ProjectUpdate): Promise<Project> {
    return this.manager.update(this, changes);
  }

  async delete(): Promise<void> {
    return this.manager.delete(this);
  }
}

export interface ProjectFilters extends IdentityListOptions {
  name?: string;
  domain?: Ref;
  parent?: Ref;
  enabled?: boolean;
  isDomain?: boolean;
  /** Projects having all these tags. */
  tags?: string[];
}

/** The body of `projects.create()`. */
export interface ProjectCreate {
  name: string;
  /** @default the domain of the token */
  domain?: Ref;
  description?: string;
  /** @default true */
  enabled?: boolean;
  parent?: Ref;
  isDomain?: boolean;
  tags?: string[];
}

/** The fields `projects.update()` may change. */
export type ProjectUpdate = Partial<Pick<ProjectCreate, 'name' | 'description' | 'enabled' | 'tags'>>;

/** /v3/projects: list (filters), get, create, update, delete, find by name or id. */
export class ProjectsManager extends KeystoneManager<Project> {
  protected readonly resourceClass = Project;
  protected override readonly resourceName = 'project';
  protected readonly path = '/projects';
  protected readonly collectionKey = 'projects';
  protected readonly memberKey = 'project';

  async *iterate(filters: ProjectFilters = {}): AsyncGenerator<Project, void, undefined> {
    const query = filterQuery({
      name: filters.name,
      domain_id: filters.domain === undefined ? undefined : idOf(filters.domain, 'projects.list domain'),
      parent_id: filters.parent === undefined ? undefined : idOf(filters.parent, 'projects.list parent'),
      enabled: filters.enabled,
      is_domain: filters.isDomain,
      tags: filters.tags?.join(','),
    });
    yield* this._iterateAll(query, filters);
  }

  async list(filters: ProjectFilters = {}): Promise<Project[]> {
    return this._collect(this.iterate(filters));
  }

  /** The projects a user has a role on (GET /users/{id}/projects: a user may always list their own). */
  async listForUser(user: Ref, filters: IdentityListOptions & { domain?: Ref; enabled?: boolean; name?: string } = {}): Promise<Project[]> {
    const url = `/users/${seg(idOf(user, 'projects.listForUser'))}/projects`;
    const query = filterQuery({
      name: filters.name,
      domain_id: filters.domain === undefined ? undefined : idOf(filters.domain, 'projects.listForUser domain'),
      enabled: filters.enabled,
    });
    return this._collect(this._pages(url, 'projects', query, (info) => this.wrap(info), filters));
  }

  async get(project: Ref, call: CallOptions = {}): Promise<Project> {
    return this._getOne(idOf(project, 'projects.get'), call);
  }

  async create(options: ProjectCreate, call: CallOptions = {}): Promise<Project> {
    if (!options.name) throw new InvalidArgument('name', 'projects.create needs a name');
    const body: Record<string, unknown> = { name: options.name };
    if (options.domain !== undefined) body.domain_id = idOf(options.domain, 'projects.create domain');
    if (options.description !== undefined) body.description = options.description;
    if (options.enabled !== undefined) body.enabled = options.enabled;
    if (options.parent !== undefined) body.parent_id = idOf(options.parent, 'projects.create parent');
    if (options.isDomain !== undefined) body.is_domain = options.isDomain;
    if (options.tags !== undefined) body.tags = options.tags;
    return this._createOne(body, call);
  }

  async update(project: Ref, changes: ProjectUpdate, call: CallOptions = {}): Promise<Project> {
    return this._patchOne(idOf(project, 'projects.update'), { ...changes }, call);
  }

  async delete(project: Ref, call: CallOptions = {}): Promise<void> {
    return this._deleteOne(idOf(project, 'projects.delete'), call);
  }
}
