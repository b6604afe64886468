import type { Credentials } from './types.js';

/**
 * One link of a credential chain. `resolve` answers credentials, or undefined when it has none here (the chain then
 * asks the next provider); it throws only when what it found is wrong (half a key pair, a malformed answer).
 */
export interface CredentialProvider {
  /** Shown in debug lines and in CredentialsNotFound, e.g. `environment`, `clouds.yaml`, `metadata`. */
  readonly name: string;
  /** What it looks for, for the CredentialsNotFound message, e.g. `HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK`. */
  readonly lookedFor: string;
  resolve(signal?: AbortSignal): Promise<Credentials | undefined>;
}
