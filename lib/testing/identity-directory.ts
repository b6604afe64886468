import { newId } from './ids.js';

export interface DomainRecord { id: string; name: string; description: string; enabled: boolean; tags: string[]; options: Record<string, unknown> }
export interface ProjectRecord {
  id: string; name: string; domain_id: string; description: string; enabled: boolean; parent_id: string;
  is_domain: boolean; tags: string[]; options: Record<string, unknown>;
}
export interface UserRecord {
  id: string; name: string; domain_id: string; enabled: boolean; password: string; default_project_id?: string;
  password_expires_at: null; options: Record<string, unknown>; email?: string;
}
export interface RoleRecord { id: string; name: string; domain_id: null; description: null; options: Record<string, unknown> }
export interface RegionRecord { id: string; description: string; parent_region_id: null }
export interface AppCredRecord { id: string; name: string; userId: string; projectId: string; secret: string; roleIds: string[] }

export type AssignmentTarget = { projectId: string } | { domainId: string } | { system: 'all' };
interface Assignment { userId: string; roleId: string; target: AssignmentTarget }

/** A reference as auth bodies carry them: by id, or by name (+ domain for users and projects). */
export interface NameRef { id?: string; name?: string; domain?: { id?: string; name?: string } }

/** The login of one seeded user, in the option names the auth plugins take. */
export interface FakeCredentials {
  username: string; password: string; userDomainName: 'Default'; projectName: string; projectDomainName: 'Default';
  userId: string; projectId: string; domainId: 'default';
}

/**
 * Keystone's data, in memory, seeded like `keystone-manage bootstrap` plus the demo user of
 * real-keystone/start.sh: admin (admin, member, reader on project admin, admin on the system and on the
 * default domain), demo (member, reader on project demo, default project demo) and demo's application credential.
 */
export class IdentityDirectory {
  readonly domains = new Map<string, DomainRecord>();
  readonly projects = new Map<string, ProjectRecord>();
  readonly users = new Map<string, UserRecord>();
  readonly roles = new Map<string, RoleRecord>();
  readonly regions = new Map<string, RegionRecord>();
  readonly appCreds = new Map<string, AppCredRecord>();
  #assignments: Assignment[] = [];
  readonly demo: FakeCredentials;
  readonly admin: FakeCredentials;
  readonly applicationCredential: { id: string; name: string; secret: string };

  constructor() {
    this.domains.set('default', { id: 'default', name: 'Default', description: 'The default domain', enabled: true, tags: [], options: {} });
    for (const id of ['RegionOne', 'RegionTwo']) this.regions.set(id, { id, description: '', parent_region_id: null });
    const [admin, member, reader] = ['admin', 'member', 'reader'].map((name) => this.addRole(name)) as [RoleRecord, RoleRecord, RoleRecord];
    // As keystone-manage bootstrap: admin has no default project (auth without a scope is unscoped); demo has one.
    this.admin = this.#seedUser('admin', 'admin-password', 'admin', 'Bootstrap project for initializing the cloud.', [admin, member, reader], false);
    this.demo = this.#seedUser('demo', 'demo-password', 'demo', 'demo project', [member, reader], true);
    this.assign(this.admin.userId, admin.id, { system: 'all' });
    this.assign(this.admin.userId, admin.id, { domainId: 'default' });
    const appCred: AppCredRecord = {
      id: newId(), name: 'demo-appcred', userId: this.demo.userId, projectId: this.demo.projectId,
      secret: 'demo-appcred-secret', roleIds: [member.id, reader.id],
    };
    this.appCreds.set(appCred.id, appCred);
    this.applicationCredential = { id: appCred.id, name: appCred.name, secret: appCred.secret };
  }

  addRole(name: string): RoleRecord {
    const role: RoleRecord = { id: newId(), name, domain_id: null, description: null, options: {} };
    this.roles.set(role.id, role);
    return role;
  }

  addProject(fields: Partial<ProjectRecord> & { name: string }): ProjectRecord {
    const domainId = fields.domain_id ?? 'default';
    const project: ProjectRecord = {
      description: '', enabled: true, tags: [], options: {}, ...fields,
      id: newId(), domain_id: domainId, parent_id: fields.parent_id ?? domainId, is_domain: false,
    };
    this.projects.set(project.id, project);
    return project;
  }

  addUser(fields: Partial<UserRecord> & { name: string; password: string }): UserRecord {
    const user: UserRecord = { enabled: true, options: {}, ...fields, id: newId(), domain_id: fields.domain_id ?? 'default', password_expires_at: null };
    this.users.set(user.id, user);
    return user;
  }

  assign(userId: string, roleId: string, target: AssignmentTarget): void {
    this.#assignments.push({ userId, roleId, target });
  }

  /** Forget assignments to or of a deleted project or user. */
  unassign(match: { userId?: string; projectId?: string }): void {
    this.#assignments = this.#assignments.filter((a) => !(
      (match.userId !== undefined && a.userId === match.userId)
      || (match.projectId !== undefined && 'projectId' in a.target && a.target.projectId === match.projectId)));
  }

  rolesOn(userId: string, target: AssignmentTarget): RoleRecord[] {
    const ids = this.#assignments.filter((a) => a.userId === userId && sameTarget(a.target, target)).map((a) => a.roleId);
    return [...this.roles.values()].filter((r) => ids.includes(r.id)).sort((a, b) => a.name.localeCompare(b.name));
  }

  projectsOf(userId: string): ProjectRecord[] {
    const ids = new Set(this.#assignments.filter((a) => a.userId === userId && 'projectId' in a.target)
      .map((a) => (a.target as { projectId: string }).projectId));
    return [...this.projects.values()].filter((p) => ids.has(p.id));
  }

  findDomain(ref: { id?: string; name?: string } | undefined): DomainRecord | undefined {
    if (ref?.id !== undefined) return this.domains.get(ref.id);
    if (ref?.name !== undefined) return [...this.domains.values()].find((d) => d.name === ref.name);
    return undefined;
  }

  /** A user or project by id, or by name within a domain (by id or name). */
  findInDomain<T extends { id: string; name: string; domain_id: string }>(map: Map<string, T>, ref: NameRef): T | undefined {
    if (ref.id !== undefined) return map.get(ref.id);
    const domain = this.findDomain(ref.domain);
    if (ref.name === undefined || !domain) return undefined;
    return [...map.values()].find((x) => x.name === ref.name && x.domain_id === domain.id);
  }

  #seedUser(name: string, password: string, projectName: string, description: string, roles: RoleRecord[], withDefault: boolean): FakeCredentials {
    const project = this.addProject({ name: projectName, description });
    const user = this.addUser({ name, password, email: `${name}@example.org`, ...(withDefault ? { default_project_id: project.id } : {}) });
    for (const role of roles) this.assign(user.id, role.id, { projectId: project.id });
    return {
      username: name, password, userDomainName: 'Default', projectName, projectDomainName: 'Default',
      userId: user.id, projectId: project.id, domainId: 'default',
    };
  }
}

function sameTarget(a: AssignmentTarget, b: AssignmentTarget): boolean {
  if ('projectId' in a && 'projectId' in b) return a.projectId === b.projectId;
  if ('domainId' in a && 'domainId' in b) return a.domainId === b.domainId;
  return 'system' in a && 'system' in b;
}
