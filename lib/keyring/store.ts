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
  /**
   * Optional: the store runs the session's authentication itself, so that processes sharing it authenticate once
   * between them (RedisStore: a lock, a published entry the others wait for). The session then calls this instead
   * of get / set / delete. It never fails for the store's sake: a store that cannot coordinate runs `authenticate`.
   */
  coordinate?(request: SharedAuthRequest): Promise<void>;
  /** Optional: frees the store's connections (a session closes the stores it resolved from a string). */
  close?(): Promise<void>;
}

/** What a session hands a coordinating store (see {@link AuthStateStore.coordinate}). */
export interface SharedAuthRequest {
  /** The plugin's cacheKey(): the entry's identity, never a secret. */
  key: string;
  /** The plugin's bindingSecret(): what the entry is bound to (or encrypted under). */
  secret: string | undefined;
  /** 'initial': no valid auth in this process; 'unauthorized': `failedToken` got a 401; 'fresh': a new token is wanted. */
  reason: 'initial' | 'unauthorized' | 'fresh';
  failedToken?: string | undefined;
  /** Imports a found state into the plugin: true when it fits and is valid now. */
  adopt(state: AuthState): boolean;
  /** Authenticates this process; resolves to the state to share (undefined: nothing to share). */
  authenticate(): Promise<AuthState | undefined>;
}

/**
 * The account name an entry is stored under: the sha256 hex of the cache key, so the keyring
 * listing and the file names show no user, project or URL. Also the only form of the key a log shows.
 * @example keyringAccount('v3password|https://keystone/v3|alice|Default|project:demo')
 */
export function keyringAccount(cacheKey: string): string {
  return createHash('sha256').update(cacheKey, 'utf8').digest('hex');
}
