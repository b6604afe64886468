/**
 * Shapes of the configuration as openstacksdk reads it: the raw form (clouds.yaml keys, snake_case,
 * credentials under `auth`) that every provider produces, and the resolved form a session is built from.
 */

import type { RedisUrl } from '../keyring/resolve-store.js';

/** Auth types stackclient understands, as clouds.yaml / `--os-auth-type` / `OS_AUTH_TYPE` spell them. */
export const AUTH_TYPES = [
  'password', 'token', 'v3password', 'v3token', 'v3applicationcredential', 'applicationcredential',
  'v2password', 'v2token', 'admin_token', 'token_endpoint', 'noauth', 'none',
] as const;
/** An `auth_type` stackclient knows (one of `AUTH_TYPES` in lib/config/types.ts). */
export type AuthType = (typeof AUTH_TYPES)[number];

/** The `auth:` mapping of a cloud in clouds.yaml. */
export interface RawAuth {
  auth_url?: string;
  username?: string;
  user_id?: string;
  password?: string;
  project_name?: string;
  project_id?: string;
  /** v2 names, accepted as aliases of project_name / project_id. */
  tenant_name?: string;
  tenant_id?: string;
  user_domain_name?: string;
  user_domain_id?: string;
  project_domain_name?: string;
  project_domain_id?: string;
  domain_name?: string;
  domain_id?: string;
  system_scope?: string;
  token?: string;
  application_credential_id?: string;
  application_credential_name?: string;
  application_credential_secret?: string;
  trust_id?: string;
  /** noauth / admin_token: the service endpoint. */
  endpoint?: string;
}

/** One cloud as clouds.yaml, `OS_*` variables and `--os-*` flags describe it (all optional until resolved). */
export interface RawCloud {
  auth?: RawAuth;
  auth_type?: string;
  region_name?: string;
  interface?: string;
  identity_api_version?: string;
  compute_api_version?: string;
  /** CA bundle path. */
  cacert?: string;
  /** false turns TLS verification off. */
  verify?: boolean;
  insecure?: boolean;
  /** Client certificate (and key) paths. */
  cert?: string;
  key?: string;
  /** An endpoint override for every service (`--os-endpoint`, `OS_ENDPOINT`). */
  endpoint?: string;
  /** stackclient extension: false disables the token cache. */
  keyring?: boolean | string;
  /** stackclient extension: a forward proxy URL for this cloud, or false for none (HTTPS_PROXY etc. otherwise). */
  proxy?: string | false;
  /** stackclient extension: a token store shared by many processes, `redis://host:port/db`. */
  token_store?: string;
}

/** Where a value came from, for error messages: `--os-auth-url`, `OS_AUTH_URL`, or `clouds.prod.auth.auth_url`. */
export interface ValueSource {
  kind: 'flag' | 'env' | 'file' | 'default';
  /** The flag, the variable or the dotted key in the file. */
  name: string;
  file?: string;
}

/** What a provider yields: values plus, per dotted key (`auth.auth_url`), where each one came from. */
export interface ConfigLayer {
  values: RawCloud;
  sources: Record<string, ValueSource>;
  /** The clouds.yaml / secure.yaml files read, when this layer came from files. */
  files?: string[];
  /** The cloud name this layer selected, if any. */
  cloud?: string;
}

/** Credentials and scope, camel-cased as the Keystone plugins name their options. */
export interface AuthOptions {
  authUrl?: string;
  username?: string;
  userId?: string;
  password?: string;
  projectName?: string;
  projectId?: string;
  userDomainName?: string;
  userDomainId?: string;
  projectDomainName?: string;
  projectDomainId?: string;
  domainName?: string;
  domainId?: string;
  systemScope?: string;
  token?: string;
  applicationCredentialId?: string;
  applicationCredentialName?: string;
  applicationCredentialSecret?: string;
  trustId?: string;
}

/** A cloud configuration, checked and ready to build a session from. */
export interface CloudConfig {
  /** The selected cloud name (`--os-cloud` / `OS_CLOUD`), undefined when built from variables and flags. */
  cloud?: string;
  /** True for the embedded fake cloud (`--os-cloud local`, or nothing configured with `whenUnconfigured: 'local'`). */
  local: boolean;
  authType: AuthType;
  auth: AuthOptions;
  regionName?: string;
  /** @default 'public' */
  interface: 'public' | 'internal' | 'admin';
  identityApiVersion?: string;
  computeApiVersion?: string;
  /** Endpoint override for every service; required by admin_token / noauth. */
  endpoint?: string;
  /** false, or a CA bundle path; true verifies against the system CAs. */
  verify: boolean | string;
  cert?: string | { cert: string; key: string };
  /** A forward proxy URL, or false for none; unset: the HTTPS_PROXY / HTTP_PROXY / NO_PROXY variables decide. */
  proxy?: string | false;
  /** Cache tokens between processes. */
  keyring: boolean;
  /** A shared token store (`redis://…`), used instead of the local keyring when `keyring` is on. */
  tokenStore?: RedisUrl;
  /** The files the values were read from. */
  files: string[];
  /** Where each value came from (dotted raw keys). */
  sources: Record<string, ValueSource>;
}
