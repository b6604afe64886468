import { ConfigError } from '../errors/framework-errors.js';
import type { CredentialProvider } from './provider.js';

/** The names of one set of environment variables holding a key pair. */
export interface EnvCredentialNames {
  accessKey: string;
  secretKey: string;
  securityToken?: string;
}

/** The variables of the vendors' SDKs and openstacksdk-style `OS_*` ones, tried in this order. */
export const DEFAULT_ENV_NAMES: readonly EnvCredentialNames[] = [
  { accessKey: 'OS_ACCESS_KEY', secretKey: 'OS_SECRET_KEY', securityToken: 'OS_SECURITY_TOKEN' },
  { accessKey: 'HUAWEICLOUD_SDK_AK', secretKey: 'HUAWEICLOUD_SDK_SK', securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN' },
  { accessKey: 'TENCENTCLOUD_SECRET_ID', secretKey: 'TENCENTCLOUD_SECRET_KEY', securityToken: 'TENCENTCLOUD_SESSION_TOKEN' },
];

/** Options of {@link credentialsFromEnv}. */
export interface CredentialsFromEnvOptions {
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default DEFAULT_ENV_NAMES */
  names?: readonly EnvCredentialNames[];
}

/**
 * Credentials from environment variables: the first set of names whose access key is set. An access key without its
 * secret key (or the reverse) is a ConfigError, not a reason to look further.
 */
export function credentialsFromEnv(options: CredentialsFromEnvOptions = {}): CredentialProvider {
  const names = options.names ?? DEFAULT_ENV_NAMES;
  return {
    name: 'environment',
    lookedFor: names.map((n) => `${n.accessKey} / ${n.secretKey}`).join(', '),
    async resolve() {
      const env = options.env ?? process.env;
      for (const n of names) {
        const accessKey = env[n.accessKey];
        const secretKey = env[n.secretKey];
        if (!accessKey && !secretKey) continue;
        if (!accessKey || !secretKey) {
          const [set, unset] = accessKey ? [n.accessKey, n.secretKey] : [n.secretKey, n.accessKey];
          throw new ConfigError(`${set} is set but ${unset} is not; set both, or neither`, { key: unset });
        }
        const token = n.securityToken ? env[n.securityToken] : undefined;
        return { accessKey, secretKey, ...(token ? { securityToken: token } : {}) };
      }
      return undefined;
    },
  };
}
