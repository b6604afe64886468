import { KeyringError } from '../keyring-error.js';
import { describeError, keyringLog } from '../debug-log.js';

/** Where the Redis is, and how long any one call to it may take. */
export interface RedisConnectionOptions {
  /** `redis://[user:password@]host:port/db` or `rediss://…` (TLS). Ignored when `sentinels` or `clusterNodes` is set. */
  url?: string;
  /** Redis Sentinel: the sentinels, and `sentinelName` the master's name (passed to ioredis as they are). */
  sentinels?: { host: string; port: number }[];
  sentinelName?: string;
  /** Redis Cluster: its seed nodes (passed to ioredis' Cluster as they are). */
  clusterNodes?: (string | { host: string; port: number })[];
  /** More ioredis options, merged over ours (e.g. `password`, `tls`, `username`). */
  clientOptions?: Record<string, unknown>;
  /** Bound on each command; past it the call fails and the session authenticates by itself. @default 500 */
  commandTimeoutMs?: number;
  /**
   * Bound on connecting (a refused connection fails at once). Longer than a command's: a process that has just
   * started (50 of them at once on 2 cores, in the fleet spec) can take more than 500 ms to finish its handshake.
   * @default 2000
   */
  connectTimeoutMs?: number;
}

/** The few commands the store uses, each bounded; all reject when Redis is down or slow. */
export interface RedisCommands {
  get(key: string): Promise<string | null>;
  setPx(key: string, value: string, ttlMs: number): Promise<void>;
  /** SET key value NX PX ttl: true when this call set it. */
  setNxPx(key: string, value: string, ttlMs: number): Promise<boolean>;
  evalScript(script: string, keys: string[], args: string[]): Promise<unknown>;
  del(key: string): Promise<void>;
  close(): Promise<void>;
}

interface IoRedisLike {
  status: string;
  connect(): Promise<void>;
  get(key: string): Promise<string | null>;
  set(...args: unknown[]): Promise<string | null>;
  eval(...args: unknown[]): Promise<unknown>;
  del(key: string): Promise<number>;
  disconnect(): void;
  on(event: string, fn: (...args: unknown[]) => void): unknown;
  once(event: string, fn: (...args: unknown[]) => void): unknown;
  off(event: string, fn: (...args: unknown[]) => void): unknown;
}

/** Loads ioredis (an optional dependency) and makes an unconnected client; it connects on first use. */
export async function connectRedis(options: RedisConnectionOptions): Promise<RedisCommands> {
  let mod: { Redis: new (...args: unknown[]) => IoRedisLike; Cluster: new (...args: unknown[]) => IoRedisLike };
  try {
    mod = (await import('ioredis')) as unknown as typeof mod;
  } catch (err) {
    const why = describeError(err);
    throw new KeyringError(`A Redis token store was asked for, but ioredis could not be loaded (${why}); npm install ioredis`, { backend: 'redis' });
  }
  const bound = options.commandTimeoutMs ?? 500;
  const connectBound = options.connectTimeoutMs ?? 2_000;
  const ours = {
    lazyConnect: true, enableOfflineQueue: false, enableReadyCheck: false, maxRetriesPerRequest: 0, commandTimeout: bound, connectTimeout: connectBound,
    retryStrategy: (times: number) => Math.min(100 * times, 2_000),
  };
  let client: IoRedisLike;
  if (options.clusterNodes) {
    client = new mod.Cluster(options.clusterNodes, { lazyConnect: true, enableOfflineQueue: false, redisOptions: { ...ours, ...options.clientOptions } });
  } else if (options.sentinels) {
    client = new mod.Redis({ ...ours, sentinels: options.sentinels, name: options.sentinelName ?? 'mymaster', ...options.clientOptions });
  } else if (options.url) {
    client = new mod.Redis(options.url, { ...ours, ...options.clientOptions });
  } else {
    throw new KeyringError('RedisStore needs `url`, `sentinels` or `clusterNodes`', { backend: 'redis' });
  }
  return new BoundedCommands(client, connectBound);
}

class BoundedCommands implements RedisCommands {
  readonly #client: IoRedisLike;
  readonly #bound: number;
  #lastError = '';
  /** Set once a connection failed, until one is ready again: calls then fail at once instead of waiting. */
  #lost = false;

  constructor(client: IoRedisLike, bound: number) {
    this.#client = client;
    this.#bound = bound;
    // An 'error' without a listener would crash the process; an outage is a debug line, once per kind.
    client.on('error', (err) => {
      const line = describeError(err);
      if (line !== this.#lastError) keyringLog('redis: %s', line);
      this.#lastError = line;
    });
    // Only a closed connection counts as lost: a command that timed out also emits 'error'.
    client.on('close', () => { this.#lost = true; });
    client.on('ready', () => { this.#lost = false; });
  }

  async get(key: string): Promise<string | null> {
    await this.#ready();
    return this.#client.get(key);
  }

  async setPx(key: string, value: string, ttlMs: number): Promise<void> {
    await this.#ready();
    await this.#client.set(key, value, 'PX', Math.max(1, Math.round(ttlMs)));
  }

  async setNxPx(key: string, value: string, ttlMs: number): Promise<boolean> {
    await this.#ready();
    return (await this.#client.set(key, value, 'PX', Math.max(1, Math.round(ttlMs)), 'NX')) === 'OK';
  }

  async evalScript(script: string, keys: string[], args: string[]): Promise<unknown> {
    await this.#ready();
    return this.#client.eval(script, keys.length, ...keys, ...args);
  }

  async del(key: string): Promise<void> {
    await this.#ready();
    await this.#client.del(key);
  }

  /** Drops the connection at once: every command of ours has been answered or timed out, and QUIT would wait on a hung server. */
  async close(): Promise<void> {
    this.#client.disconnect();
  }

  /** Resolves when connected; rejects after the bound (the client goes on reconnecting in the background). */
  #ready(): Promise<void> {
    const client = this.#client;
    if (client.status === 'ready') return Promise.resolve();
    if (this.#lost) return Promise.reject(new KeyringError(`Redis is unreachable (${this.#lastError}); reconnecting in the background`, { backend: 'redis' }));
    if (client.status === 'wait') client.connect().catch(() => undefined);
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        client.off('ready', onReady);
        client.off('error', onError);
        if (error) reject(error); else resolve();
      };
      const onReady = () => done();
      // A refused connection need not cost the whole bound.
      const onError = (err: unknown) => done(new KeyringError(`Redis is unreachable (${describeError(err)})`, { backend: 'redis' }));
      const late = () => done(new KeyringError(`Redis did not answer within ${this.#bound} ms (${this.#lastError || client.status})`, { backend: 'redis' }));
      // setImmediate: let socket events that are already in (a busy process sees them late) be handled first.
      const timer = setTimeout(() => setImmediate(late), this.#bound);
      client.on('ready', onReady);
      client.on('error', onError);
    });
  }
}
