import { type IdentityEnv, header, requireToken } from './identity-env.js';
import { keystoneTime } from './ids.js';
import { fault } from './keystone-errors.js';
import type { FakeRequest, FakeRoute } from './router.js';
import type { TokenRecord } from './token-store.js';
import { resolveV3Auth } from './v3-auth-request.js';

/** The `token` object of a v3 token response, keys in Keystone 22's order. */
export function renderV3Token(record: TokenRecord, env: IdentityEnv, baseUrl: string, withCatalog: boolean): Record<string, unknown> {
  const dir = env.directory;
  const domainRef = (id: string) => ({ id, name: dir.domains.get(id)?.name ?? id });
  const user = dir.users.get(record.userId);
  const token: Record<string, unknown> = {
    methods: record.methods,
    user: { domain: domainRef(user?.domain_id ?? 'default'), id: record.userId, name: record.userName, password_expires_at: null },
    audit_ids: record.auditIds,
    expires_at: keystoneTime(record.expiresAt.getTime()),
    issued_at: keystoneTime(record.issuedAt.getTime()),
  };
  const scope = record.scope;
  if (scope.kind === 'project') {
    token['project'] = { domain: domainRef(scope.domainId), id: scope.projectId, name: dir.projects.get(scope.projectId)?.name ?? scope.projectId };
    token['is_domain'] = false;
  } else if (scope.kind === 'domain') {
    token['domain'] = domainRef(scope.domainId);
  } else if (scope.kind === 'system') {
    token['system'] = { all: true };
  }
  token['roles'] = record.roleIds.map((id, i) => ({ id, name: record.roles[i] }));
  if (record.applicationCredentialId !== undefined) {
    const cred = dir.appCreds.get(record.applicationCredentialId);
    token['application_credential'] = { id: record.applicationCredentialId, name: cred?.name, restricted: true };
  }
  if (withCatalog && scope.kind !== 'unscoped') token['catalog'] = env.catalog.v3(baseUrl, record.projectId);
  return token;
}

function subject(env: IdentityEnv, req: FakeRequest): TokenRecord {
  requireToken(env, req);
  const id = header(req, 'x-subject-token');
  if (!id) throw fault(400, 'Expecting to find X-Subject-Token in request headers.');
  const record = env.tokens.validate(id, req.query.has('allow_expired') && req.query.get('allow_expired') !== '0');
  if (!record) throw fault(404, 'Failed to validate token');
  return record;
}

/**
 * `/identity/v3/auth/tokens`: issue (POST, 201 + X-Subject-Token), validate (GET/HEAD, `?nocatalog`,
 * `?allow_expired=1`), revoke (DELETE, 204).
 */
export function keystoneV3TokenRoutes(env: IdentityEnv): FakeRoute[] {
  const path = '/identity/v3/auth/tokens';
  return [
    {
      method: 'POST', pattern: path,
      handler: (req) => {
        const auth = resolveV3Auth(req.body, env);
        const record = env.tokens.issue({
          userId: auth.user.id, userName: auth.user.name, methods: auth.methods, scope: auth.scope,
          roles: auth.roles.map((r) => r.name), roleIds: auth.roles.map((r) => r.id),
          ...(auth.appCred ? { applicationCredentialId: auth.appCred.id } : {}),
        }, auth.parent);
        return {
          status: 201,
          headers: { 'X-Subject-Token': record.token, Vary: 'X-Auth-Token' },
          body: { token: renderV3Token(record, env, req.baseUrl, !req.query.has('nocatalog')) },
        };
      },
    },
    {
      method: 'GET', pattern: path,
      handler: (req) => {
        const record = subject(env, req);
        return {
          status: 200,
          headers: { 'X-Subject-Token': record.token, Vary: 'X-Auth-Token' },
          body: { token: renderV3Token(record, env, req.baseUrl, !req.query.has('nocatalog')) },
        };
      },
    },
    {
      method: 'DELETE', pattern: path,
      handler: (req) => {
        const record = subject(env, req);
        env.tokens.revoke(record.token);
        return { status: 204, headers: { Vary: 'X-Auth-Token' } };
      },
    },
  ];
}
