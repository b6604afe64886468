import { ConfigError } from '../errors/framework-errors.js';
import { describeError, keyringLog } from './debug-log.js';
import { FallbackStore } from './fallback-store.js';
import { FileStore } from './file-store.js';
import { KeyringError } from './keyring-error.js';
import { probeSecretService } from './dbus-probe.js';
import { createKeytarStore } from './keytar-store.js';
import { MemoryStore } from './memory-store.js';
import { RedisStore } from './redis/redis-store.js';
import { createNapiKeyringStore } from './napi-keyring-store.js';
import type { OsKeyringStore } from './os-keyring-store.js';
import type { AuthStateStore } from './store.js';

/** What the `keyring` option of HTTPClient accepts. `false` / undefined: no caching. */
export type KeyringOption = AuthStateStore | 'auto' | 'keytar' | 'napi' | 'file' | 'memory' | RedisUrl | false | undefined;

/** A Redis URL as the `keyring` option: a {@link RedisStore} on it, with default options. */
export type RedisUrl = `redis://${string}` | `rediss://${string}`;

/** Options of {@link resolveStore}: how long `'auto'` waits for the OS keyring. */
export interface ResolveStoreOptions {
  /** How long 'auto' waits for a Secret Service to answer before it picks the file store. @default 1500 */
  probeTimeoutMs?: number;
  /** Bound on each OS-keyring call after that. @default 3000 */
  timeoutMs?: number;
  /** Directory of the file store. @default `$XDG_CONFIG_HOME/stackclient` */
  dir?: string;
}

const KNOWN = ['auto', 'keytar', 'napi', 'file', 'memory'] as const;

/**
 * Turns the `keyring` option into a store.
 * - `'auto'`: the OS keyring (keytar if it loads, else @napi-rs/keyring) when a Secret Service
 *   answers a probe within `probeTimeoutMs` (on Linux: the session bus has it and its default
 *   collection is unlocked), behind a FallbackStore to the file store; otherwise the file store. Says which at debug
 *   level (`DEBUG=stackclient:keyring`). Never hangs or throws.
 * - `'keytar'` / `'napi'`: that library, with no fallback; KeyringError when it cannot be loaded.
 * - `'file'`, `'memory'`: those stores. A store object is used as it is.
 * - `'redis://host:port/db'` (or `rediss://`): a {@link RedisStore}, shared by every process on that Redis.
 * @example const store = await resolveStore('auto'); // FallbackStore('keytar' → 'file') or FileStore
 */
export async function resolveStore(option: KeyringOption, opts: ResolveStoreOptions = {}): Promise<AuthStateStore | undefined> {
  if (option === false || option === undefined) return undefined;
  if (typeof option === 'object' && option !== null) return option;
  if (typeof option === 'string' && /^rediss?:\/\//i.test(option)) return new RedisStore({ url: option });
  const osOptions = opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs };
  switch (option) {
    case 'memory': return new MemoryStore();
    case 'file': return new FileStore(opts.dir === undefined ? {} : { dir: opts.dir });
    case 'keytar':
    case 'napi': {
      const store = option === 'keytar' ? await createKeytarStore(osOptions) : await createNapiKeyringStore(osOptions);
      if (store) return store;
      const pkg = option === 'keytar' ? 'keytar' : '@napi-rs/keyring';
      throw new KeyringError(`keyring: '${option}' was asked for, but ${pkg} could not be loaded; install it, `
        + "or use keyring: 'auto' to fall back to the file store", { backend: option });
    }
    case 'auto': return resolveAuto(opts);
    default:
      throw new ConfigError(`Unknown keyring option ${JSON.stringify(option)}; use ${KNOWN.map((k) => `'${k}'`).join(', ')}, `
        + 'a redis:// URL, false, or a store object', { key: 'keyring' });
  }
}

async function resolveAuto(opts: ResolveStoreOptions): Promise<AuthStateStore> {
  const started = Date.now();
  const probeMs = opts.probeTimeoutMs ?? 1500;
  const file = new FileStore(opts.dir === undefined ? {} : { dir: opts.dir });
  const osOptions = opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs };
  const useFile = (why: string): AuthStateStore => {
    keyringLog('auto: %s after %d ms; using the file store %s', why, Date.now() - started, file.dir);
    return file;
  };
  // The Secret Service lives on D-Bus everywhere but macOS and Windows. Ask the bus in JavaScript
  // first: a native library facing a hung bus blocks a thread (keytar) or the main thread (napi).
  if (process.platform !== 'darwin' && process.platform !== 'win32') {
    const bus = await probeSecretService(probeMs);
    if (bus.verdict === 'unavailable') return useFile(bus.reason);
    if (bus.verdict === 'unknown') keyringLog('auto: %s; asking the keyring library', bus.reason);
  }
  let os: OsKeyringStore | undefined;
  try {
    os = (await createKeytarStore(osOptions)) ?? (await createNapiKeyringStore(osOptions));
  } catch (err) {
    keyringLog('auto: loading an OS keyring library failed: %s', describeError(err));
  }
  if (!os) return useFile('no OS keyring library loads (keytar, @napi-rs/keyring)');
  try {
    // Whatever is left of the bound: the library's own round trip to the service.
    await os.probe(Math.max(1, probeMs - (Date.now() - started)));
  } catch (err) {
    return useFile(`${os.name} failed its probe (${describeError(err)})`);
  }
  keyringLog('auto: using the OS keyring through %s (answered in %d ms), file store as fallback', os.name, Date.now() - started);
  return new FallbackStore(os, file);
}
