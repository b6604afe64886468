import type { AppCredRecord, AssignmentTarget, NameRef, RoleRecord, UserRecord } from './identity-directory.js';
import type { IdentityEnv } from './identity-env.js';
import { fault } from './keystone-errors.js';
import type { TokenRecord, TokenScope } from './token-store.js';

/** Who authenticated, how, and what the new token is scoped to. */
export interface ResolvedAuth {
  user: UserRecord;
  methods: string[];
  scope: TokenScope;
  roles: RoleRecord[];
  appCred?: AppCredRecord;
  /** The token a `token` method authenticated with (the new token keeps its expiry and audit chain). */
  parent?: TokenRecord;
}

type Json = Record<string, unknown>;

/** Check a `POST /v3/auth/tokens` body and resolve it, throwing Keystone's 400/401 answers. */
export function resolveV3Auth(body: unknown, env: IdentityEnv): ResolvedAuth {
  const auth = field(body, 'auth');
  const identity = field(auth, 'identity');
  const methods = identity['methods'];
  if (!Array.isArray(methods) || methods.length === 0 || !methods.every((m) => typeof m === 'string')) {
    throw fault(400, "Invalid input for field 'identity/methods': expected a non-empty list of strings.");
  }
  const scopeInput = auth['scope'];
  if (methods.includes('application_credential')) {
    if (scopeInput !== undefined) throw fault(401, 'Application credentials cannot request a scope.');
    return appCredAuth(field(identity, 'application_credential'), env);
  }
  let user: UserRecord;
  let parent: TokenRecord | undefined;
  if (methods.includes('password')) {
    user = passwordUser(field(field(identity, 'password'), 'user'), env);
  } else if (methods.includes('token')) {
    const id = field(identity, 'token')['id'];
    parent = env.tokens.validate(typeof id === 'string' ? id : undefined);
    const found = parent && env.directory.users.get(parent.userId);
    if (!found) throw fault(401);
    user = found;
  } else {
    throw fault(401, 'Attempted to authenticate with an unsupported method.');
  }
  const { scope, roles } = resolveScope(scopeInput, user, env);
  const base = parent ? [...new Set(['token', ...parent.methods])] : ['password'];
  return { user, methods: base, scope, roles, ...(parent ? { parent } : {}) };
}

function passwordUser(input: Json, env: IdentityEnv): UserRecord {
  const ref = nameRef(input, 'user');
  const user = env.directory.findInDomain(env.directory.users, ref);
  // One answer for an unknown user, a wrong password and a disabled user, as Keystone gives.
  if (!user || !user.enabled || !user.password || input['password'] !== user.password) throw fault(401);
  return user;
}

function appCredAuth(input: Json, env: IdentityEnv): ResolvedAuth {
  const dir = env.directory;
  let cred: AppCredRecord | undefined;
  if (typeof input['id'] === 'string') {
    cred = dir.appCreds.get(input['id']);
  } else if (typeof input['name'] === 'string') {
    const user = dir.findInDomain(dir.users, nameRef(field(input, 'user'), 'user'));
    cred = [...dir.appCreds.values()].find((c) => c.name === input['name'] && c.userId === user?.id);
  } else {
    throw fault(400, 'Expecting to find id or name in application_credential. '
      + 'The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.');
  }
  const user = cred && dir.users.get(cred.userId);
  const project = cred && dir.projects.get(cred.projectId);
  if (!cred || !user || !user.enabled || !project || input['secret'] !== cred.secret) throw fault(401);
  const roles = [...dir.roles.values()].filter((r) => cred.roleIds.includes(r.id));
  return {
    user, methods: ['application_credential'], appCred: cred, roles,
    scope: { kind: 'project', projectId: project.id, domainId: project.domain_id },
  };
}

function resolveScope(input: unknown, user: UserRecord, env: IdentityEnv): { scope: TokenScope; roles: RoleRecord[] } {
  const dir = env.directory;
  if (input === undefined || input === 'unscoped') {
    const project = input === undefined && user.default_project_id ? dir.projects.get(user.default_project_id) : undefined;
    const roles = project?.enabled ? dir.rolesOn(user.id, { projectId: project.id }) : [];
    if (project && roles.length > 0) return { scope: { kind: 'project', projectId: project.id, domainId: project.domain_id }, roles };
    return { scope: { kind: 'unscoped' }, roles: [] };
  }
  const scope = object(input, 'scope');
  const keys = Object.keys(scope);
  if (keys.length !== 1) throw fault(400, 'Specify exactly one of project, domain or system in scope.');
  if ('OS-TRUST:trust' in scope) throw fault(401, 'Trusts are not supported by the fake cloud.');
  let target: AssignmentTarget;
  let result: TokenScope;
  let what: string;
  if ('project' in scope) {
    const project = dir.findInDomain(dir.projects, nameRef(object(scope['project'], 'project'), 'project'));
    if (!project || !project.enabled) throw fault(401, 'Could not find project.');
    target = { projectId: project.id };
    result = { kind: 'project', projectId: project.id, domainId: project.domain_id };
    what = `project ${project.id}`;
  } else if ('domain' in scope) {
    const domain = dir.findDomain(object(scope['domain'], 'domain') as NameRef);
    if (!domain || !domain.enabled) throw fault(401, 'Could not find domain.');
    target = { domainId: domain.id };
    result = { kind: 'domain', domainId: domain.id };
    what = `domain ${domain.id}`;
  } else if ('system' in scope) {
    if (object(scope['system'], 'system')['all'] !== true) throw fault(400, "Invalid input for field 'scope/system': expected {\"all\": true}.");
    target = { system: 'all' };
    result = { kind: 'system' };
    what = 'the system';
  } else {
    throw fault(400, `Invalid input for field 'scope': unknown scope ${keys[0]}.`);
  }
  const roles = dir.rolesOn(user.id, target);
  if (roles.length === 0) throw fault(401, `User ${user.id} has no access to ${what}`);
  return { scope: result, roles };
}

/** `{id}` or `{name, domain: {id|name}}`: a name without its domain is a 400, as in Keystone. */
function nameRef(input: Json, what: string): NameRef {
  if (typeof input['id'] === 'string') return { id: input['id'] };
  const domain = input['domain'];
  if (typeof input['name'] !== 'string' || typeof domain !== 'object' || domain === null) {
    throw fault(400, `Expecting to find domain in ${what}. The server could not comply with the request since it is either `
      + 'malformed or otherwise incorrect. The client is assumed to be in error.');
  }
  return { name: input['name'], domain: domain as NameRef['domain'] };
}

function field(parent: unknown, name: string): Json {
  return object((parent as Json | undefined)?.[name], name);
}

function object(value: unknown, name: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fault(400, `Expecting to find ${name} in request body. The server could not comply with the request since it is either `
      + 'malformed or otherwise incorrect. The client is assumed to be in error.');
  }
  return value as Json;
}
