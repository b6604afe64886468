import { ConfigError } from '../errors/framework-errors.js';
import { describeFile } from './load-file.js';
import type { RawAuth, RawCloud, ValueSource } from './types.js';

const AUTH_KEYS: (keyof RawAuth)[] = [
  'auth_url', 'username', 'user_id', 'password', 'project_name', 'project_id', 'tenant_name', 'tenant_id',
  'user_domain_name', 'user_domain_id', 'project_domain_name', 'project_domain_id', 'domain_name', 'domain_id',
  'system_scope', 'token', 'application_credential_id', 'application_credential_name', 'application_credential_secret',
  'trust_id', 'endpoint',
];
const STRING_KEYS = [
  'auth_type', 'region_name', 'interface', 'identity_api_version', 'compute_api_version', 'cacert', 'cert', 'key', 'endpoint', 'token_store',
] as const;
const BOOL_KEYS = ['verify', 'insecure'] as const;

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads one cloud's mapping from a clouds.yaml / secure.yaml into `into`, recording each value's source.
 * `prefix` is the dotted path of the mapping in the file (`clouds.prod`), used in every message.
 */
export function readCloudMapping(mapping: unknown, prefix: string, file: string, into: RawCloud, sources: Record<string, ValueSource>): void {
  const fail = (key: string, what: string) =>
    new ConfigError(`${describeFile(file)}: ${prefix}.${key} ${what}`, { file, key: `${prefix}.${key}` });
  if (!isMapping(mapping)) throw new ConfigError(`${describeFile(file)}: ${prefix} must be a mapping of settings`, { file, key: prefix });
  const record = (key: string) => { sources[key] = { kind: 'file', name: `${prefix}.${key}`, file }; };

  if (mapping.auth !== undefined && mapping.auth !== null) {
    if (!isMapping(mapping.auth)) throw fail('auth', 'must be a mapping (auth_url, username, password, ...)');
    const auth: RawAuth = { ...into.auth };
    for (const key of AUTH_KEYS) {
      const value = mapping.auth[key];
      if (value === undefined || value === null) continue;
      auth[key] = scalar(value, () => fail(`auth.${key}`, `must be a string, not ${describeType(value)}`));
      record(`auth.${key}`);
    }
    into.auth = auth;
  }
  for (const key of STRING_KEYS) {
    const value = mapping[key];
    if (value === undefined || value === null) continue;
    into[key] = scalar(value, () => fail(key, `must be a string, not ${describeType(value)}`));
    record(key);
  }
  for (const key of BOOL_KEYS) {
    const value = mapping[key];
    if (value === undefined || value === null) continue;
    const parsed = parseBool(value);
    if (parsed === undefined) throw fail(key, `must be true or false, not ${JSON.stringify(value)}`);
    into[key] = parsed;
    record(key);
  }
  if (mapping.proxy !== undefined && mapping.proxy !== null) {
    const v = mapping.proxy;
    if (typeof v !== 'string' && v !== false) throw fail('proxy', 'must be a proxy URL (http://[user:password@]host:port) or false');
    into.proxy = v;
    record('proxy');
  }
  if (mapping.keyring !== undefined && mapping.keyring !== null) {
    const v = mapping.keyring;
    if (typeof v !== 'boolean' && typeof v !== 'string') throw fail('keyring', 'must be true, false or a store name');
    into.keyring = v;
    record('keyring');
  }
  // openstacksdk: with no region_name, the first entry of `regions` is the default region.
  if (into.region_name === undefined && Array.isArray(mapping.regions) && mapping.regions.length > 0) {
    const first = mapping.regions[0];
    const name = isMapping(first) ? first.name : first;
    if (typeof name !== 'string') throw fail('regions[0]', 'must be a region name or a mapping with a name');
    into.region_name = name;
    sources.region_name = { kind: 'file', name: `${prefix}.regions[0]`, file };
  }
}

function scalar(value: unknown, error: () => ConfigError): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw error();
}

/** true/false, yes/no, 1/0, on/off, as oslo's bool_from_string reads them. */
export function parseBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (['1', 't', 'true', 'on', 'y', 'yes'].includes(v)) return true;
  if (['0', 'f', 'false', 'off', 'n', 'no', ''].includes(v)) return false;
  return undefined;
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isMapping(value)) return 'a mapping';
  return typeof value;
}
