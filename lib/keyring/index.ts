/**
 * Auth state between processes: a store contract, OS-keyring backends (keytar, @napi-rs/keyring),
 * a file store for headless machines, a memory store, `resolveStore('auto')` to pick one, and the
 * load / save / forget calls HTTPClient makes around authentication.
 */
export { KEYRING_SERVICE, keyringAccount } from './store.js';
export type { AuthStateStore, SharedAuthRequest } from './store.js';
export { MemoryStore } from './memory-store.js';
export type { MemoryStoreOptions } from './memory-store.js';
export { FileStore, defaultStoreDir } from './file-store.js';
export type { FileStoreOptions } from './file-store.js';
export { OsKeyringStore } from './os-keyring-store.js';
export type { OsKeyringStoreOptions, SecretBackend } from './os-keyring-store.js';
export { createKeytarStore } from './keytar-store.js';
export { createNapiKeyringStore } from './napi-keyring-store.js';
export { FallbackStore } from './fallback-store.js';
export { resolveStore } from './resolve-store.js';
export type { KeyringOption, ResolveStoreOptions, RedisUrl } from './resolve-store.js';
export { RedisStore } from './redis/redis-store.js';
export type { RedisStoreOptions } from './redis/redis-store.js';
export type { RedisConnectionOptions } from './redis/redis-connection.js';
export { KeyringError } from './keyring-error.js';
export { loadCachedAuth, saveAuth, forgetAuth } from './session-cache.js';
