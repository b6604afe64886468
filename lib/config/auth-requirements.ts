import { ConfigError } from '../errors/framework-errors.js';
import { describeSource, fileOf } from './describe-source.js';
import { howToSet } from './keys.js';
import { describeFile } from './load-file.js';
import { AUTH_TYPES, type AuthOptions, type AuthType, type ConfigLayer, type ValueSource } from './types.js';

/**
 * The auth type as given, or inferred as python-openstackclient does when none is given:
 * a token with an endpoint and no auth URL is admin_token, a token is token, an application
 * credential is v3applicationcredential, anything else password.
 */
export function inferAuthType(given: string | undefined, source: ValueSource | undefined, auth: AuthOptions, endpoint: string | undefined): AuthType {
  if (given !== undefined && given !== '') {
    const v = given.toLowerCase().replace(/-/g, '_');
    if ((AUTH_TYPES as readonly string[]).includes(v)) return v as AuthType;
    throw new ConfigError(`${describeSource(source, 'auth_type')}: auth type ${JSON.stringify(given)} is not supported; `
      + `use one of ${AUTH_TYPES.join(', ')}`, { key: source?.name ?? 'auth_type', ...fileOf(source) });
  }
  if (auth.token && endpoint && !auth.authUrl) return 'admin_token';
  if (auth.token && !auth.password) return 'token';
  if (auth.applicationCredentialId || auth.applicationCredentialSecret) return 'v3applicationcredential';
  return 'password';
}

/** One requirement: a key, or alternatives of which one must be set. */
type Need = string | string[];

function needs(type: AuthType): Need[] {
  switch (type) {
    case 'password': case 'v3password': case 'v2password':
      return ['auth.auth_url', ['auth.username', 'auth.user_id'], 'auth.password'];
    case 'token': case 'v3token': case 'v2token':
      return ['auth.auth_url', 'auth.token'];
    case 'v3applicationcredential': case 'applicationcredential':
      return ['auth.auth_url', ['auth.application_credential_id', 'auth.application_credential_name'], 'auth.application_credential_secret'];
    case 'admin_token': case 'token_endpoint':
      return ['auth.token', 'endpoint'];
    case 'noauth': case 'none':
      return ['endpoint'];
  }
}

const CAMEL: Record<string, keyof AuthOptions> = {
  'auth.auth_url': 'authUrl', 'auth.username': 'username', 'auth.user_id': 'userId', 'auth.password': 'password',
  'auth.token': 'token', 'auth.application_credential_id': 'applicationCredentialId',
  'auth.application_credential_name': 'applicationCredentialName', 'auth.application_credential_secret': 'applicationCredentialSecret',
};

/** Throws a ConfigError naming the file and key (or the flag and variable) of the first missing setting. */
export function checkRequired(type: AuthType, auth: AuthOptions, endpoint: string | undefined, layer: ConfigLayer): void {
  const has = (path: string) => (path === 'endpoint' ? !!endpoint : !!auth[CAMEL[path]!]);
  const list = needs(type);
  for (const need of list) {
    const options = Array.isArray(need) ? need : [need];
    if (options.some(has)) continue;
    throw missing(type, options, list, layer);
  }
  // An application credential by name belongs to a user, who must be named too.
  if ((type === 'v3applicationcredential' || type === 'applicationcredential') && !auth.applicationCredentialId && !auth.username && !auth.userId) {
    throw missing(type, ['auth.username', 'auth.user_id'], list, layer);
  }
}

function missing(type: AuthType, options: string[], list: Need[], layer: ConfigLayer): ConfigError {
  const wanted = list.map((n) => (Array.isArray(n) ? n.map(short).join(' or ') : short(n))).join(', ');
  const hint = options.map(howToSet).join(', or ');
  const what = `auth type "${type}" needs ${wanted}`;
  const cloudsFile = layer.cloud !== undefined ? layer.files?.[0] : undefined;
  if (cloudsFile) {
    const key = `clouds.${layer.cloud}.${options[0]}`;
    const alt = options.length > 1 ? ` (or ${options.slice(1).map((o) => `clouds.${layer.cloud}.${o}`).join(', ')})` : '';
    return new ConfigError(`${describeFile(cloudsFile)}: ${key} is missing${alt}; ${what}; it can also be given as ${hint}`, { file: cloudsFile, key });
  }
  return new ConfigError(`${options.map(short).join(' or ')} is missing: set ${hint}, or choose a cloud from clouds.yaml with --os-cloud; ${what}`,
    { key: options[0]! });
}

function short(path: string): string {
  return path.replace(/^auth\./, '');
}

