import type { KeystoneScopeOptions, KeystoneUserOptions } from './options.js';

type Json = Record<string, unknown>;

function byIdOrName(id: string | undefined, name: string | undefined): Json {
  return id ? { id } : { name };
}

/** `{id}` for a user by id, `{name, domain}` for a user by name. */
export function v3User(o: KeystoneUserOptions): Json {
  if (o.userId) return { id: o.userId };
  return { name: o.username, domain: byIdOrName(o.userDomainId, o.userDomainName) };
}

/** The `scope` of a v3 auth request, or undefined for Keystone's default scope. */
export function v3Scope(o: KeystoneScopeOptions): Json | string | undefined {
  if (o.projectId) return { project: { id: o.projectId } };
  if (o.projectName) return { project: { name: o.projectName, domain: byIdOrName(o.projectDomainId, o.projectDomainName) } };
  if (o.domainId || o.domainName) return { domain: byIdOrName(o.domainId, o.domainName) };
  if (o.systemScope) return { system: { [o.systemScope === true ? 'all' : o.systemScope]: true } };
  if (o.trustId) return { 'OS-TRUST:trust': { id: o.trustId } };
  // Keystone: "scope": "unscoped" ignores the user's default project.
  if (o.unscoped) return 'unscoped';
  return undefined;
}

/** `POST /v3/auth/tokens` body. */
export function v3AuthBody(identity: Json, scope?: Json | string): Json {
  return { auth: scope === undefined ? { identity } : { identity, scope } };
}

export function v3PasswordIdentity(o: KeystoneUserOptions & { password: string }): Json {
  return { methods: ['password'], password: { user: { ...v3User(o), password: o.password } } };
}

export function v3TokenIdentity(token: string): Json {
  return { methods: ['token'], token: { id: token } };
}

export interface V3ApplicationCredentialFields extends KeystoneUserOptions {
  applicationCredentialId?: string;
  applicationCredentialName?: string;
  applicationCredentialSecret: string;
}

export function v3ApplicationCredentialIdentity(o: V3ApplicationCredentialFields): Json {
  const credential: Json = o.applicationCredentialId
    ? { id: o.applicationCredentialId, secret: o.applicationCredentialSecret }
    : { name: o.applicationCredentialName, user: v3User(o), secret: o.applicationCredentialSecret };
  return { methods: ['application_credential'], application_credential: credential };
}
