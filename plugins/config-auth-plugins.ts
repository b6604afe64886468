import type { AuthPluginRegistry } from '../lib/config/create-session.js';
import type { AuthOptions, CloudConfig } from '../lib/config/types.js';

/** Drops undefined values: the plugins check options with `in`-free truthiness, but their types are exact. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

function user(a: AuthOptions) {
  return { userId: a.userId, username: a.username, userDomainId: a.userDomainId, userDomainName: a.userDomainName };
}

function scope(a: AuthOptions) {
  return {
    projectId: a.projectId, projectName: a.projectName, projectDomainId: a.projectDomainId, projectDomainName: a.projectDomainName,
    domainId: a.domainId, domainName: a.domainName, systemScope: a.systemScope, trustId: a.trustId,
  };
}

const common = (c: CloudConfig) => ({ authUrl: c.auth.authUrl!, endpointOverride: c.endpoint });

/**
 * Which identity version a generic `password` / `token` auth speaks: the one `identity_api_version` or the
 * auth URL names, else undefined (the generic plugin asks the auth URL's version document, as keystoneauth1 does).
 */
function identityVersion(c: CloudConfig): 'v3' | 'v2.0' | undefined {
  if (c.identityApiVersion === '2.0') return 'v2.0';
  if (c.identityApiVersion === '3') return 'v3';
  const url = (c.auth.authUrl ?? '').replace(/\/+$/, '');
  if (/\/v3(\.\d+)?$/.test(url)) return 'v3';
  if (/\/v2\.0$/.test(url)) return 'v2.0';
  return undefined;
}

async function genericPassword(c: CloudConfig) {
  const { Password } = await import('./keystone/generic-password.js');
  return new Password(defined({ ...common(c), ...user(c.auth), ...scope(c.auth), password: c.auth.password! }));
}

async function genericToken(c: CloudConfig) {
  const { Token } = await import('./keystone/generic-token.js');
  return new Token(defined({ ...common(c), ...scope(c.auth), token: c.auth.token! }));
}

async function v3Password(c: CloudConfig) {
  const { V3Password } = await import('./keystone/v3-password.js');
  return new V3Password(defined({ ...common(c), ...user(c.auth), ...scope(c.auth), password: c.auth.password! }));
}

async function v2Password(c: CloudConfig) {
  const { V2Password } = await import('./keystone/v2-password.js');
  const a = c.auth;
  return new V2Password(defined({
    ...common(c), userId: a.userId, username: a.username, password: a.password!, projectId: a.projectId, projectName: a.projectName, trustId: a.trustId,
  }));
}

async function v3Token(c: CloudConfig) {
  const { V3Token } = await import('./keystone/v3-token.js');
  return new V3Token(defined({ ...common(c), ...scope(c.auth), token: c.auth.token! }));
}

async function v2Token(c: CloudConfig) {
  const { V2Token } = await import('./keystone/v2-token.js');
  const a = c.auth;
  return new V2Token(defined({ ...common(c), token: a.token!, projectId: a.projectId, projectName: a.projectName, trustId: a.trustId }));
}

async function appCredential(c: CloudConfig) {
  const { V3ApplicationCredential } = await import('./keystone/v3-application-credential.js');
  const a = c.auth;
  // Keystone refuses a scope with an application credential, so none is passed.
  return new V3ApplicationCredential(defined({
    ...common(c), ...user(a), applicationCredentialId: a.applicationCredentialId,
    applicationCredentialName: a.applicationCredentialName, applicationCredentialSecret: a.applicationCredentialSecret!,
  }));
}

async function staticToken(c: CloudConfig) {
  const { StaticToken } = await import('./static-token.js');
  // noauth services accept any token; keystoneauth1's noauth plugin sends none, ours a placeholder.
  return new StaticToken({ token: c.auth.token ?? 'notused', endpoint: c.endpoint! });
}

/**
 * The CLI's auth types → plugins. Each plugin module is imported only when its auth type is used.
 * The generic `password` / `token` types go straight to v3 or v2.0 when the version is known, saving
 * the discovery request; otherwise the generic plugins discover it.
 */
export const authPlugins: AuthPluginRegistry = {
  password: (c) => {
    const v = identityVersion(c);
    return v === 'v3' ? v3Password(c) : v === 'v2.0' ? v2Password(c) : genericPassword(c);
  },
  v3password: v3Password,
  v2password: v2Password,
  token: (c) => {
    const v = identityVersion(c);
    return v === 'v3' ? v3Token(c) : v === 'v2.0' ? v2Token(c) : genericToken(c);
  },
  v3token: v3Token,
  v2token: v2Token,
  v3applicationcredential: appCredential,
  applicationcredential: appCredential,
  admin_token: staticToken,
  token_endpoint: staticToken,
  noauth: staticToken,
  none: staticToken,
};
