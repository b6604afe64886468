import { createHash } from 'node:crypto';
import type { AuthState } from '../auth-plugin.js';

/** The service name every OS-keyring entry is stored under. */
export const KEYRING_SERVICE = 'stackclient';

/**
 * Where a plugin's exported auth state is kept between processes.
 * `key` is the plugin's `cacheKey()` (auth URL, method, user, domain, scope; never a secret).
 * A store returns a state only for the exact key it was saved under.
 */
export interface AuthStateStore {
  /** Backend name for debug lines, e.g. `keytar`, `napi`, `file`, `memory`. */
  readonly name: string;
  /** The state saved under `key`, or undefined when there is none (or it is unreadable or foreign). */
  get(key: string): Promise<AuthState | undefined>;
  set(key: string, state: AuthState): Promise<void>;
  /** Removes the entry; a missing entry is not an error. */
  delete(key: string): Promise<void>;
}

/**
 * The account name an entry is stored under: the sha256 hex of the cache key, so the keyring
 * listing and the file names show no user, project or URL. Also the only form of the key a log shows.
 * @example keyringAccount('v3password|https://keystone/v3|alice|Default|project:demo')
 */
export function keyringAccount(cacheKey: string): string {
  return createHash('sha256').update(cacheKey, 'utf8').digest('hex');
}
