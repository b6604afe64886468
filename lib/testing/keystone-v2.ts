import type { ProjectRecord, UserRecord } from './identity-directory.js';
import { type IdentityEnv, isAdmin, requireToken } from './identity-env.js';
import { keystoneTime, v2ExpiresTime } from './ids.js';
import { fault } from './keystone-errors.js';
import type { FakeRoute } from './router.js';
import type { TokenRecord } from './token-store.js';

type Json = Record<string, unknown>;
const BASE = '/identity/v2.0';

/**
 * Keystone v2.0, as the last releases that served it: `POST /tokens` (passwordCredentials or token,
 * tenantName or tenantId) → 200 `{"access": {token, serviceCatalog, user, metadata}}`, `GET /tenants`
 * (the caller's) and `GET /users` (admin). v2.0 knows only the default domain.
 */
export function keystoneV2Routes(env: IdentityEnv): FakeRoute[] {
  const dir = env.directory;
  return [
    {
      method: 'POST', pattern: `${BASE}/tokens`,
      handler: (req) => {
        const auth = (req.body as Json | undefined)?.['auth'];
        if (typeof auth !== 'object' || auth === null) {
          throw fault(400, 'Expecting to find auth in request body. The server could not comply with the request since it is either '
            + 'malformed or otherwise incorrect. The client is assumed to be in error.');
        }
        const { user, parent } = v2User(auth as Json, env);
        const project = v2Tenant(auth as Json, user, env);
        const roles = project ? dir.rolesOn(user.id, { projectId: project.id }) : [];
        if (project && roles.length === 0) throw fault(401, `User ${user.id} is unauthorized for tenant ${project.id}`);
        const record = env.tokens.issue({
          userId: user.id, userName: user.name, methods: parent ? [...new Set(['token', ...parent.methods])] : ['password'],
          scope: project ? { kind: 'project', projectId: project.id, domainId: project.domain_id } : { kind: 'unscoped' },
          roles: roles.map((r) => r.name), roleIds: roles.map((r) => r.id),
        }, parent);
        return { status: 200, body: { access: renderAccess(record, user, project, env, req.baseUrl) } };
      },
    },
    {
      // Revocation as v2.0 did it: the admin's token revokes the token named in the path (204).
      method: 'DELETE', pattern: `${BASE}/tokens/:tokenId`,
      handler: (req) => {
        requireToken(env, req);
        if (!env.tokens.revoke(req.params['tokenId'] ?? '')) throw fault(404, 'Could not find token.');
        return { status: 204 };
      },
    },
    {
      method: 'GET', pattern: `${BASE}/tenants`,
      handler: (req) => {
        const token = requireToken(env, req);
        const tenants = dir.projectsOf(token.userId).map((p) => ({ id: p.id, name: p.name, description: p.description, enabled: p.enabled }));
        return { status: 200, body: { tenants, tenants_links: [] } };
      },
    },
    {
      method: 'GET', pattern: `${BASE}/users`,
      handler: (req) => {
        if (!isAdmin(requireToken(env, req))) throw fault(403, 'You are not authorized to perform the requested action: identity:list_users.');
        const users = [...dir.users.values()].filter((u) => u.domain_id === 'default')
          .map((u) => ({ id: u.id, name: u.name, username: u.name, enabled: u.enabled, email: u.email ?? null }));
        return { status: 200, body: { users } };
      },
    },
  ];
}

function v2User(auth: Json, env: IdentityEnv): { user: UserRecord; parent?: TokenRecord } {
  const creds = auth['passwordCredentials'] as Json | undefined;
  const tokenRef = auth['token'] as Json | undefined;
  if (typeof creds === 'object' && creds !== null) {
    const user = typeof creds['userId'] === 'string'
      ? env.directory.users.get(creds['userId'])
      : [...env.directory.users.values()].find((u) => u.name === creds['username'] && u.domain_id === 'default');
    if (!user || !user.enabled || !user.password || creds['password'] !== user.password) throw fault(401);
    return { user };
  }
  if (typeof tokenRef === 'object' && tokenRef !== null) {
    const parent = env.tokens.validate(typeof tokenRef['id'] === 'string' ? tokenRef['id'] : undefined);
    const user = parent && env.directory.users.get(parent.userId);
    if (!parent || !user) throw fault(401);
    return { user, parent };
  }
  throw fault(400, 'Expecting to find passwordCredentials or token in auth. The server could not comply with the request since it is '
    + 'either malformed or otherwise incorrect. The client is assumed to be in error.');
}

function v2Tenant(auth: Json, user: UserRecord, env: IdentityEnv): ProjectRecord | undefined {
  const projects = env.directory.projects;
  let project: ProjectRecord | undefined;
  if (typeof auth['tenantId'] === 'string') project = projects.get(auth['tenantId']);
  else if (typeof auth['tenantName'] === 'string') project = [...projects.values()].find((p) => p.name === auth['tenantName'] && p.domain_id === 'default');
  else {
    const fallback = user.default_project_id ? projects.get(user.default_project_id) : undefined;
    return fallback && env.directory.rolesOn(user.id, { projectId: fallback.id }).length > 0 ? fallback : undefined;
  }
  if (!project || !project.enabled) throw fault(401, 'Could not find tenant.');
  return project;
}

function renderAccess(record: TokenRecord, user: UserRecord, project: ProjectRecord | undefined, env: IdentityEnv, baseUrl: string): Json {
  const token: Json = { issued_at: keystoneTime(record.issuedAt.getTime()), expires: v2ExpiresTime(record.expiresAt.getTime()), id: record.token };
  if (project) token['tenant'] = { description: project.description, enabled: project.enabled, id: project.id, name: project.name };
  token['audit_ids'] = record.auditIds;
  return {
    token,
    serviceCatalog: project ? env.catalog.v2(baseUrl, project.id) : [],
    user: { username: user.name, roles_links: [], id: user.id, roles: record.roles.map((name) => ({ name })), name: user.name },
    metadata: { is_admin: 0, roles: record.roleIds },
  };
}
