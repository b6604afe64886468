import { ConfigError } from '../errors/framework-errors.js';
import { readCloudsFiles } from '../config/from-clouds-yaml.js';
import type { SearchPathOptions } from '../config/search-path.js';
import type { CredentialProvider } from './provider.js';
import type { Credentials } from './types.js';

/** Options of {@link credentialsFromCloudsYaml}. */
export interface CredentialsFromCloudsYamlOptions extends SearchPathOptions {
  /** The profile (cloud name). @default env OS_CLOUD */
  cloud?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Credentials from a clouds.yaml profile (merged with secure.yaml, on openstacksdk's search path): the cloud's `auth`
 * keys `access_key` / `secret_key` / `security_token`, or `ak` / `sk` as otcextensions writes them.
 * No cloud named (option or OS_CLOUD) or no key pair in it: nothing here. A named cloud that does not exist is a ConfigError.
 */
export function credentialsFromCloudsYaml(options: CredentialsFromCloudsYamlOptions = {}): CredentialProvider {
  return {
    name: 'clouds.yaml',
    lookedFor: 'auth.access_key / auth.secret_key of the OS_CLOUD profile',
    async resolve() {
      const cloud = options.cloud ?? (options.env ?? process.env).OS_CLOUD;
      if (!cloud) return undefined;
      const files = await readCloudsFiles(options);
      const entry = files.clouds?.clouds[cloud];
      if (entry === undefined) {
        throw new ConfigError(`Cloud "${cloud}" is not in clouds.yaml (${files.clouds?.path ?? `none found in ${files.searched.join(', ')}`}); `
          + `it has: ${files.names.join(', ') || 'no cloud'}`, { key: 'OS_CLOUD' });
      }
      const secure = files.secure?.clouds[cloud];
      const auth = { ...(isObj(entry) && isObj(entry.auth) ? entry.auth : {}), ...(isObj(secure) && isObj(secure.auth) ? secure.auth : {}) };
      const accessKey = text(auth.access_key) ?? text(auth.ak);
      const secretKey = text(auth.secret_key) ?? text(auth.sk);
      if (!accessKey && !secretKey) return undefined;
      if (!accessKey || !secretKey) {
        throw new ConfigError(`Cloud "${cloud}" has ${accessKey ? 'an access key but no secret_key' : 'a secret_key but no access_key'} in its auth section`,
          { ...(files.clouds ? { file: files.clouds.path } : {}), key: `clouds.${cloud}.auth` });
      }
      const token = text(auth.security_token);
      const found: Credentials = { accessKey, secretKey, ...(token ? { securityToken: token } : {}) };
      return found;
    },
  };
}
