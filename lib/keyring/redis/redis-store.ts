import type { AuthState } from '../../auth-plugin.js';
import { keyringLog } from '../debug-log.js';
import { KeyringError } from '../keyring-error.js';
import { keyringAccount, type AuthStateStore, type SharedAuthRequest } from '../store.js';
import { coordinateAuth, type FleetKeys, type FleetTiming } from './fleet-single-flight.js';
import { connectRedis, type RedisCommands, type RedisConnectionOptions } from './redis-connection.js';
import { openEntry, sealEntry } from './sealed-entry.js';

/** Options of {@link RedisStore}: where Redis is (see {@link RedisConnectionOptions}), key names and timings. */
export interface RedisStoreOptions extends RedisConnectionOptions {
  /** Prefix of every key the store writes. @default 'stackclient:' */
  keyPrefix?: string;
  /** Lifetime of the authentication lock; a holder that dies frees it after this. @default 10000 */
  lockTtlMs?: number;
  /** How long a process waits for another's token before it authenticates by itself. @default 2 × lockTtlMs */
  waitTimeoutMs?: number;
  /** Entry lifetime for a token that states no expiry. @default 3600000 */
  entryTtlMs?: number;
  /**
   * After Keystone refuses the credentials (401), how long the other processes presenting the same ones fail at once
   * instead of asking in turn (a refusal is kept encrypted under those credentials). @default 10000
   */
  refusedTtlMs?: number;
}

/**
 * A token store shared by every process that points at one Redis: the first process to need a token takes a lock and
 * authenticates, the others wait for its entry; after a 401 the fleet re-authenticates once. Entries are encrypted
 * (AES-256-GCM, key by scrypt from the plugin's secret and a per-entry salt) under a hash of the cache key, with a TTL
 * that follows the token's expiry. ioredis (an optional dependency) is loaded on first use. Redis down or slow costs at
 * most `commandTimeoutMs` before the session authenticates by itself.
 * @example
 * const http = new HTTPClient({ authPlugin, keyring: new RedisStore({ url: 'redis://127.0.0.1:6379/0' }) });
 * // or: keyring: 'redis://127.0.0.1:6379/0'
 */
export class RedisStore implements AuthStateStore {
  readonly name = 'redis';
  readonly #options: RedisStoreOptions;
  readonly #prefix: string;
  readonly #timing: FleetTiming;
  #redis: Promise<RedisCommands> | undefined;

  constructor(options: RedisStoreOptions) {
    if (!options.url && !options.sentinels && !options.clusterNodes) {
      throw new KeyringError('RedisStore needs `url` (redis://host:port/db), `sentinels` or `clusterNodes`', { backend: 'redis' });
    }
    this.#options = options;
    this.#prefix = options.keyPrefix ?? 'stackclient:';
    const lockTtlMs = options.lockTtlMs ?? 10_000;
    this.#timing = { lockTtlMs, waitTimeoutMs: options.waitTimeoutMs ?? 2 * lockTtlMs, entryTtlMs: options.entryTtlMs ?? 3_600_000,
      refusedTtlMs: options.refusedTtlMs ?? 10_000 };
  }

  /** The Redis keys of a cache key: a hash only; `{…}` keeps entry and lock in one Cluster slot. */
  keysOf(cacheKey: string): FleetKeys {
    const account = keyringAccount(cacheKey);
    return { entry: `${this.#prefix}auth:{${account}}`, lock: `${this.#prefix}lock:{${account}}`, refused: `${this.#prefix}refused:{${account}}`, account };
  }

  /** The state under `key`, decrypted with `secret`; undefined without a secret, or when it does not open with it. */
  async get(key: string, secret?: string): Promise<AuthState | undefined> {
    if (secret === undefined) return undefined;
    const keys = this.keysOf(key);
    const text = await (await this.#connection()).get(keys.entry);
    if (text === null) return undefined;
    const opened = await openEntry(keys.account, secret, text);
    if (!opened.ok) keyringLog('redis: entry %s %s; not used', keys.account, opened.problem);
    return opened.ok ? opened.state : undefined;
  }

  /** Stores `state` encrypted under `secret`; a RedisStore keeps nothing it cannot encrypt. */
  async set(key: string, state: AuthState, secret?: string): Promise<void> {
    if (secret === undefined) {
      throw new KeyringError('RedisStore keeps only entries encrypted under the plugin\'s secret, and none was given', { backend: 'redis' });
    }
    const keys = this.keysOf(key);
    const expires = state.expiresAt === undefined ? Number.NaN : Date.parse(state.expiresAt);
    const ttl = Number.isNaN(expires) ? this.#timing.entryTtlMs : expires - Date.now();
    if (ttl > 0) await (await this.#connection()).setPx(keys.entry, await sealEntry(keys.account, secret, state), ttl);
  }

  async delete(key: string): Promise<void> {
    await (await this.#connection()).del(this.keysOf(key).entry);
  }

  /** One authentication across every process on this Redis (see the class doc). Never fails for Redis' sake. */
  async coordinate(request: SharedAuthRequest): Promise<void> {
    let redis: RedisCommands;
    try {
      redis = await this.#connection();
    } catch (err) {
      keyringLog('redis: %s; authenticating without sharing', err instanceof Error ? err.message : 'no client');
      await request.authenticate();
      return;
    }
    await coordinateAuth(redis, this.keysOf(request.key), request, this.#timing);
  }

  /** Closes the connection; the store connects again if used after. */
  async close(): Promise<void> {
    const redis = this.#redis;
    this.#redis = undefined;
    if (redis) await (await redis.catch(() => undefined))?.close();
  }

  #connection(): Promise<RedisCommands> {
    this.#redis ??= connectRedis(this.#options);
    const redis = this.#redis;
    redis.catch(() => { if (this.#redis === redis) this.#redis = undefined; });
    return redis;
  }
}
