import { existsSync } from 'node:fs';
import { ConfigError } from '../errors/framework-errors.js';
import { describeSource, fileOf } from './describe-source.js';
import { inferAuthType, checkRequired } from './auth-requirements.js';
import { parseBool } from './raw-cloud.js';
import type { RedisUrl } from '../keyring/resolve-store.js';
import type { AuthOptions, CloudConfig, ConfigLayer, RawAuth, ValueSource } from './types.js';

const AUTH_MAP: [keyof RawAuth, keyof AuthOptions][] = [
  ['auth_url', 'authUrl'], ['username', 'username'], ['user_id', 'userId'], ['password', 'password'],
  ['project_name', 'projectName'], ['project_id', 'projectId'], ['tenant_name', 'projectName'], ['tenant_id', 'projectId'],
  ['user_domain_name', 'userDomainName'], ['user_domain_id', 'userDomainId'],
  ['project_domain_name', 'projectDomainName'], ['project_domain_id', 'projectDomainId'],
  ['domain_name', 'domainName'], ['domain_id', 'domainId'], ['system_scope', 'systemScope'], ['token', 'token'],
  ['application_credential_id', 'applicationCredentialId'], ['application_credential_name', 'applicationCredentialName'],
  ['application_credential_secret', 'applicationCredentialSecret'], ['trust_id', 'trustId'],
];

/**
 * Checks a merged layer and turns it into a CloudConfig. Every error names where the value came
 * from (flag, variable, or file and key) and what to set.
 */
export function finalizeConfig(layer: ConfigLayer): CloudConfig {
  const { values, sources } = layer;
  const files = layer.files ?? [];
  const auth: AuthOptions = {};
  for (const [raw, camel] of AUTH_MAP) {
    const v = values.auth?.[raw];
    if (v !== undefined && auth[camel] === undefined) auth[camel] = v;
  }
  const endpoint = values.endpoint ?? values.auth?.endpoint;
  const authType = inferAuthType(values.auth_type, sources.auth_type, auth, endpoint);
  const identityApiVersion = checkIdentityVersion(values.identity_api_version, sources.identity_api_version);
  // osc's --os-default-domain ('default') fills the domains of a v3 name-based login, as openstacksdk does.
  if (identityApiVersion !== '2.0' && !authType.startsWith('v2')) applyDefaultDomain(auth, sources);
  checkRequired(authType, auth, endpoint, layer);

  const config: CloudConfig = {
    local: false,
    authType,
    auth,
    interface: checkInterface(values.interface, sources.interface),
    verify: checkVerify(layer),
    keyring: checkKeyring(values.keyring, sources.keyring),
    files,
    sources,
  };
  if (layer.cloud !== undefined) config.cloud = layer.cloud;
  if (values.region_name) config.regionName = values.region_name;
  if (identityApiVersion) config.identityApiVersion = identityApiVersion;
  if (values.compute_api_version) config.computeApiVersion = values.compute_api_version;
  if (endpoint) config.endpoint = endpoint;
  if (values.proxy !== undefined) config.proxy = values.proxy;
  if (values.token_store) config.tokenStore = checkTokenStore(values.token_store, sources.token_store);
  if (values.cert) {
    checkFile(values.cert, sources.cert, 'client certificate');
    if (values.key) checkFile(values.key, sources.key, 'client key');
    config.cert = values.key ? { cert: values.cert, key: values.key } : values.cert;
  }
  return config;
}

function applyDefaultDomain(auth: AuthOptions, sources: Record<string, ValueSource>): void {
  const byName = auth.username !== undefined || auth.applicationCredentialName !== undefined;
  if (byName && auth.userId === undefined && !auth.userDomainName && !auth.userDomainId) {
    auth.userDomainId = 'default';
    sources['auth.user_domain_id'] = { kind: 'default', name: 'default domain' };
  }
  if (auth.projectName !== undefined && !auth.projectDomainName && !auth.projectDomainId) {
    auth.projectDomainId = 'default';
    sources['auth.project_domain_id'] = { kind: 'default', name: 'default domain' };
  }
}

function checkInterface(value: string | undefined, source: ValueSource | undefined): CloudConfig['interface'] {
  if (value === undefined || value === '') return 'public';
  const v = value.endsWith('URL') ? value.slice(0, -3) : value;
  if (v === 'public' || v === 'internal' || v === 'admin') return v;
  throw new ConfigError(`${describeSource(source, 'interface')} is ${JSON.stringify(value)}; use public, internal or admin`,
    { key: source?.name ?? 'interface', ...fileOf(source) });
}

function checkIdentityVersion(value: string | undefined, source: ValueSource | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const v = value.replace(/^v/i, '');
  if (v === '3' || v.startsWith('3.')) return '3';
  if (v === '2' || v === '2.0') return '2.0';
  throw new ConfigError(`${describeSource(source, 'identity_api_version')} is ${JSON.stringify(value)}; use 3 (or 2.0 for legacy clouds)`,
    { key: source?.name ?? 'identity_api_version', ...fileOf(source) });
}

function checkVerify(layer: ConfigLayer): boolean | string {
  const { values, sources } = layer;
  if (values.insecure === true) return false;
  if (values.verify === false) return false;
  if (values.cacert) {
    checkFile(values.cacert, sources.cacert, 'CA bundle');
    return values.cacert;
  }
  return true;
}

function checkKeyring(value: boolean | string | undefined, source: ValueSource | undefined): boolean {
  if (value === undefined) return true;
  const parsed = parseBool(value);
  if (parsed === undefined) {
    throw new ConfigError(`${describeSource(source, 'keyring')} is ${JSON.stringify(value)}; use true or false`,
      { key: source?.name ?? 'keyring', ...fileOf(source) });
  }
  return parsed;
}

/** The value is not quoted in the message: a Redis URL may carry a password. */
function checkTokenStore(value: string, source: ValueSource | undefined): RedisUrl {
  if (/^rediss?:\/\/[^/]/i.test(value)) return value as RedisUrl;
  throw new ConfigError(`${describeSource(source, 'token_store')} is not a Redis URL; use redis://host:port/db (or rediss:// for TLS)`, {
    key: source?.name ?? 'token_store', ...fileOf(source),
  });
}

function checkFile(path: string, source: ValueSource | undefined, what: string): void {
  if (!existsSync(path)) {
    throw new ConfigError(`${describeSource(source, what)}: the ${what} ${path} does not exist`, { key: source?.name ?? what, ...fileOf(source) });
  }
}
