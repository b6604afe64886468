import type { AuthOptions } from './types.js';

/**
 * One row per setting: its dotted clouds.yaml key, its `OS_*` variables (first set wins) and its `--os-*` flag,
 * as python-openstackclient and openstacksdk name them.
 */
export interface SettingKey {
  path: string;
  env: string[];
  flag: string;
  /** The camel-cased property of ConfigArgs. */
  arg: keyof ConfigArgs;
  bool?: boolean;
}

/** Values from `--os-*` flags (commander camel-cases `--os-auth-url` to `osAuthUrl`; these drop the `os`). */
export interface ConfigArgs extends AuthOptions {
  cloud?: string;
  regionName?: string;
  interface?: string;
  authType?: string;
  endpoint?: string;
  cacert?: string;
  cert?: string;
  key?: string;
  insecure?: boolean;
  identityApiVersion?: string;
  computeApiVersion?: string;
  /** false: do not cache tokens (`--no-keyring`). */
  keyring?: boolean;
  /** A shared token store, `redis://host:port/db` (`--os-token-store`, `OS_TOKEN_STORE`, `token_store`). */
  tokenStore?: string;
}

const row = (path: string, env: string[], flag: string, arg: keyof ConfigArgs, bool = false): SettingKey =>
  ({ path, env, flag, arg, ...(bool ? { bool } : {}) });

export const SETTINGS: SettingKey[] = [
  row('auth.auth_url', ['OS_AUTH_URL'], '--os-auth-url', 'authUrl'),
  row('auth.username', ['OS_USERNAME'], '--os-username', 'username'),
  row('auth.user_id', ['OS_USER_ID'], '--os-user-id', 'userId'),
  row('auth.password', ['OS_PASSWORD'], '--os-password', 'password'),
  row('auth.project_name', ['OS_PROJECT_NAME', 'OS_TENANT_NAME'], '--os-project-name', 'projectName'),
  row('auth.project_id', ['OS_PROJECT_ID', 'OS_TENANT_ID'], '--os-project-id', 'projectId'),
  row('auth.user_domain_name', ['OS_USER_DOMAIN_NAME'], '--os-user-domain-name', 'userDomainName'),
  row('auth.user_domain_id', ['OS_USER_DOMAIN_ID'], '--os-user-domain-id', 'userDomainId'),
  row('auth.project_domain_name', ['OS_PROJECT_DOMAIN_NAME'], '--os-project-domain-name', 'projectDomainName'),
  row('auth.project_domain_id', ['OS_PROJECT_DOMAIN_ID'], '--os-project-domain-id', 'projectDomainId'),
  row('auth.domain_name', ['OS_DOMAIN_NAME'], '--os-domain-name', 'domainName'),
  row('auth.domain_id', ['OS_DOMAIN_ID'], '--os-domain-id', 'domainId'),
  row('auth.system_scope', ['OS_SYSTEM_SCOPE'], '--os-system-scope', 'systemScope'),
  row('auth.token', ['OS_TOKEN'], '--os-token', 'token'),
  row('auth.application_credential_id', ['OS_APPLICATION_CREDENTIAL_ID'], '--os-application-credential-id', 'applicationCredentialId'),
  row('auth.application_credential_name', ['OS_APPLICATION_CREDENTIAL_NAME'], '--os-application-credential-name', 'applicationCredentialName'),
  row('auth.application_credential_secret', ['OS_APPLICATION_CREDENTIAL_SECRET'], '--os-application-credential-secret', 'applicationCredentialSecret'),
  row('auth.trust_id', ['OS_TRUST_ID'], '--os-trust-id', 'trustId'),
  row('region_name', ['OS_REGION_NAME'], '--os-region-name', 'regionName'),
  row('interface', ['OS_INTERFACE', 'OS_ENDPOINT_TYPE'], '--os-interface', 'interface'),
  row('auth_type', ['OS_AUTH_TYPE'], '--os-auth-type', 'authType'),
  row('endpoint', ['OS_ENDPOINT', 'OS_URL'], '--os-endpoint', 'endpoint'),
  row('cacert', ['OS_CACERT'], '--os-cacert', 'cacert'),
  row('cert', ['OS_CERT'], '--os-cert', 'cert'),
  row('key', ['OS_KEY'], '--os-key', 'key'),
  row('insecure', ['OS_INSECURE'], '--insecure', 'insecure', true),
  row('identity_api_version', ['OS_IDENTITY_API_VERSION'], '--os-identity-api-version', 'identityApiVersion'),
  row('compute_api_version', ['OS_COMPUTE_API_VERSION'], '--os-compute-api-version', 'computeApiVersion'),
  row('token_store', ['OS_TOKEN_STORE'], '--os-token-store', 'tokenStore'),
];

/** The flag and variables that set a dotted key, for "set --os-auth-url or OS_AUTH_URL" hints. */
export function howToSet(path: string): string {
  const s = SETTINGS.find((k) => k.path === path);
  return s ? `${s.flag} or ${s.env[0]}` : path;
}
