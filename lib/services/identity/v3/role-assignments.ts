import { Resource } from '../../common/resource.js';
import { filterQuery, idOf, KeystoneManager, type IdentityListOptions, type Ref } from './base.js';

interface NamedRef {
  id: string;
  name?: string;
  domain?: { id: string; name?: string };
}

/** Keystone's role assignment record: a role given to a user or group on a project, a domain or the system. */
export interface RoleAssignmentFields {
  role: NamedRef;
  user?: NamedRef;
  group?: NamedRef;
  scope: {
    project?: NamedRef;
    domain?: NamedRef;
    system?: { all: boolean };
    'OS-INHERIT:inherited_to'?: string;
  };
  links: { assignment: string; membership?: string };
}

export interface RoleAssignment extends RoleAssignmentFields {}

/** One role assignment: a role, a user or group, a scope. It has no id of its own. */
export class RoleAssignment extends Resource<RoleAssignmentFields> {
  override getId(): string | undefined {
    return undefined;
  }
}

/** Filters of `roleAssignments.list()`: who, which role, on what; `effective` expands groups and inheritance. */
export interface RoleAssignmentFilters extends IdentityListOptions {
  user?: Ref;
  group?: Ref;
  role?: Ref;
  project?: Ref;
  domain?: Ref;
  /** Assignments on the system scope. */
  system?: boolean;
  /** Expand group memberships and inheritance into the users' effective roles. */
  effective?: boolean;
  /** Add names next to ids (roles, users, groups, projects, domains). */
  includeNames?: boolean;
  /** With `project`: also assignments on its sub-projects. */
  includeSubtree?: boolean;
  /** Only the grants inherited by sub-projects (`scope.OS-INHERIT:inherited_to=projects`). */
  inherited?: boolean;
}

/** /v3/role_assignments (read-only): who has which role where, with Keystone's filters. */
export class RoleAssignmentsManager extends KeystoneManager<RoleAssignment> {
  protected readonly resourceClass = RoleAssignment;
  protected override readonly resourceName = 'role assignment';
  protected readonly path = '/role_assignments';
  protected readonly collectionKey = 'role_assignments';
  protected readonly memberKey = 'role_assignment';

  async *iterate(filters: RoleAssignmentFilters = {}): AsyncGenerator<RoleAssignment, void, undefined> {
    const id = (ref: Ref | undefined, what: string) => (ref === undefined ? undefined : idOf(ref, `roleAssignments.list ${what}`));
    const query = filterQuery({
      'user.id': id(filters.user, 'user'),
      'group.id': id(filters.group, 'group'),
      'role.id': id(filters.role, 'role'),
      'scope.project.id': id(filters.project, 'project'),
      'scope.domain.id': id(filters.domain, 'domain'),
      'scope.system': filters.system ? 'all' : undefined,
      'scope.OS-INHERIT:inherited_to': filters.inherited ? 'projects' : undefined,
      // Keystone reads these flags as true when present (any value but 0/false).
      effective: filters.effective ? true : undefined,
      include_names: filters.includeNames ? true : undefined,
      include_subtree: filters.includeSubtree ? true : undefined,
    });
    yield* this._iterateAll(query, filters);
  }

  async list(filters: RoleAssignmentFilters = {}): Promise<RoleAssignment[]> {
    return this._collect(this.iterate(filters));
  }

  protected override findCandidates(): AsyncIterable<RoleAssignment> {
    return this.iterate();
  }
}
