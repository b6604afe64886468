import type { CatalogEndpoint, CatalogService } from './catalog.js';
import { listLinks, resourceRoutes } from './collection.js';
import type { ProjectRecord, UserRecord } from './identity-directory.js';
import { type IdentityEnv, isAdmin, requireToken } from './identity-env.js';
import { fault } from './keystone-errors.js';
import type { FakeRequest, FakeRoute } from './router.js';
import type { TokenRecord } from './token-store.js';

type Json = Record<string, unknown>;
const BASE = '/identity/v3';

/**
 * The read-mostly Keystone v3 resources a CLI needs: projects and users (with create, update, delete),
 * roles, domains, regions, services, endpoints, and the token-relative `/auth/catalog`, `/auth/projects`,
 * `/auth/domains`, `/users/:id/projects`. Policy as Keystone's defaults: lists need admin, a member may
 * read itself and its own project.
 */
export function identityResourceRoutes(env: IdentityEnv): FakeRoute[] {
  const dir = env.directory;
  const own = (token: TokenRecord, item?: Json) => isAdmin(token)
    || (item !== undefined && (item['id'] === token.userId || item['id'] === token.projectId || item['id'] === token.domainId));
  const adminOnly = (token: TokenRecord) => isAdmin(token);
  const anyone = () => true;
  const noPassword = ({ password: _password, ...user }: UserRecord): Json => user;
  return [
    ...resourceRoutes(BASE, {
      plural: 'projects', singular: 'project', items: () => dir.projects, view: (p) => ({ ...p }), canRead: own,
      create: (input) => dir.addProject(projectFields(input, dir.projects, env)),
      update: (project, patch) => Object.assign(project, projectFields({ ...project, ...patch }, dir.projects, env, project.id)),
      remove: (project) => {
        dir.projects.delete(project.id);
        dir.unassign({ projectId: project.id });
        env.tokens.revokeWhere((t) => t.projectId === project.id);
      },
    }, env, isAdmin),
    ...resourceRoutes(BASE, {
      plural: 'users', singular: 'user', items: () => dir.users, view: noPassword, canRead: own,
      create: (input) => dir.addUser(userFields(input, env)),
      update: (user, patch) => {
        const { password, ...rest } = userFields({ ...user, ...patch }, env, user.id);
        Object.assign(user, rest);
        // Keystone revokes a user's tokens when the password changes or the user is disabled.
        if (typeof patch['password'] === 'string' || user.enabled === false) env.tokens.revokeWhere((t) => t.userId === user.id);
        if (typeof patch['password'] === 'string') user.password = password;
      },
      remove: (user) => {
        dir.users.delete(user.id);
        dir.unassign({ userId: user.id });
        env.tokens.revokeWhere((t) => t.userId === user.id);
      },
    }, env, isAdmin),
    ...resourceRoutes(BASE, { plural: 'roles', singular: 'role', items: () => dir.roles, view: (r) => ({ ...r }), canRead: adminOnly }, env, isAdmin),
    ...resourceRoutes(BASE, { plural: 'domains', singular: 'domain', items: () => dir.domains, view: (d) => ({ ...d }), canRead: own }, env, isAdmin),
    ...resourceRoutes(BASE, { plural: 'regions', singular: 'region', items: () => dir.regions, view: (r) => ({ ...r }), canRead: anyone }, env, isAdmin),
    ...resourceRoutes(BASE, {
      plural: 'services', singular: 'service', canRead: adminOnly,
      items: () => new Map(env.catalog.services().map((s) => [s.id, s])),
      view: (s: CatalogService) => ({ id: s.id, type: s.type, name: s.name, enabled: true, description: '' }),
    }, env, isAdmin),
    ...resourceRoutes(BASE, {
      plural: 'endpoints', singular: 'endpoint', canRead: adminOnly,
      items: () => new Map(env.catalog.services().flatMap((s) => s.endpoints.map((e) => [e.id, { ...e, serviceId: s.id }] as const))),
      view: (e: CatalogEndpoint & { serviceId: string }, baseUrl) => ({
        id: e.id, interface: e.interface, region_id: e.region, region: e.region, url: baseUrl + e.path, service_id: e.serviceId, enabled: true,
      }),
    }, env, isAdmin),
    ...tokenRelativeRoutes(env),
  ];
}

function tokenRelativeRoutes(env: IdentityEnv): FakeRoute[] {
  const dir = env.directory;
  const projectsOf = (req: FakeRequest, userId: string) => dir.projectsOf(userId)
    .map((p) => ({ ...p, links: { self: `${req.baseUrl}${BASE}/projects/${p.id}` } }));
  return [
    {
      method: 'GET', pattern: `${BASE}/auth/catalog`,
      handler: (req) => {
        const token = requireToken(env, req);
        if (token.scope.kind === 'unscoped') throw fault(403, 'A catalog needs a token scoped to a project, a domain or the system.');
        return { status: 200, body: { catalog: env.catalog.v3(req.baseUrl, token.projectId), links: listLinks(req, `${BASE}/auth/catalog`) } };
      },
    },
    {
      method: 'GET', pattern: `${BASE}/auth/projects`,
      handler: (req) => ({ status: 200, body: { projects: projectsOf(req, requireToken(env, req).userId), links: listLinks(req, `${BASE}/auth/projects`) } }),
    },
    {
      method: 'GET', pattern: `${BASE}/auth/domains`,
      handler: (req) => {
        const token = requireToken(env, req);
        const domains = [...dir.domains.values()].filter((d) => dir.rolesOn(token.userId, { domainId: d.id }).length > 0);
        return { status: 200, body: { domains, links: listLinks(req, `${BASE}/auth/domains`) } };
      },
    },
    {
      method: 'GET', pattern: `${BASE}/users/:id/projects`,
      handler: (req) => {
        const token = requireToken(env, req);
        const userId = req.params['id'] ?? '';
        if (!isAdmin(token) && token.userId !== userId) {
          throw fault(403, 'You are not authorized to perform the requested action: identity:list_user_projects.');
        }
        if (!dir.users.has(userId)) throw fault(404, `Could not find user: ${userId}.`);
        return { status: 200, body: { projects: projectsOf(req, userId), links: listLinks(req, `${BASE}/users/${userId}/projects`) } };
      },
    },
  ];
}

function projectFields(input: Json, projects: Map<string, ProjectRecord>, env: IdentityEnv, selfId?: string): Partial<ProjectRecord> & { name: string } {
  const name = requiredName(input, 'project');
  const domainId = typeof input['domain_id'] === 'string' ? input['domain_id'] : 'default';
  if (!env.directory.domains.has(domainId)) throw fault(400, `Could not find domain: ${domainId}.`);
  if ([...projects.values()].some((p) => p.name === name && p.domain_id === domainId && p.id !== selfId)) {
    throw fault(409, 'Conflict occurred attempting to store project - it is not permitted to have two projects with the same name '
      + `in the same domain : ${name}.`);
  }
  return {
    name, domain_id: domainId,
    description: typeof input['description'] === 'string' ? input['description'] : '',
    enabled: input['enabled'] !== false,
    tags: Array.isArray(input['tags']) ? input['tags'].map(String) : [],
  };
}

function userFields(input: Json, env: IdentityEnv, selfId?: string): Partial<UserRecord> & { name: string; password: string } {
  const name = requiredName(input, 'user');
  const domainId = typeof input['domain_id'] === 'string' ? input['domain_id'] : 'default';
  if (!env.directory.domains.has(domainId)) throw fault(400, `Could not find domain: ${domainId}.`);
  if ([...env.directory.users.values()].some((u) => u.name === name && u.domain_id === domainId && u.id !== selfId)) {
    throw fault(409, `Conflict occurred attempting to store user - Duplicate entry found with name ${name} at domain ID ${domainId}.`);
  }
  const fields: Partial<UserRecord> & { name: string; password: string } = {
    name, domain_id: domainId, enabled: input['enabled'] !== false,
    password: typeof input['password'] === 'string' ? input['password'] : '',
  };
  if (typeof input['default_project_id'] === 'string') fields.default_project_id = input['default_project_id'];
  if (typeof input['email'] === 'string') fields.email = input['email'];
  return fields;
}

function requiredName(input: Json, what: string): string {
  const name = input['name'];
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) {
    throw fault(400, `Invalid input for field '${what}/name': a name of 1 to 64 characters is required.`);
  }
  return name;
}
