import type { AuthState } from '../../lib/auth-plugin.js';
import { resolveStore } from '../../lib/keyring/resolve-store.js';
import type { AuthStateStore } from '../../lib/keyring/store.js';

/**
 * The session's 'auto' token store (the OS keyring, else the file store), with one addition for start-up: once a
 * cached entry has been read, `afterRead` runs on the next turn of the event loop. The session checks the entry's
 * secret verifier right after the read (scrypt, ~36 ms on libuv's pool), so work started from `afterRead` (loading got,
 * ~40 ms on the main thread) overlaps with it instead of coming before or after it.
 */
export class OverlappingStore implements AuthStateStore {
  readonly #inner: Promise<AuthStateStore | undefined>;
  readonly #afterRead: () => void;
  #name = 'auto';

  constructor(afterRead: () => void) {
    this.#afterRead = afterRead;
    this.#inner = resolveStore('auto').then((store) => {
      if (store) this.#name = store.name;
      return store;
    }, () => undefined);
  }

  get name(): string {
    return this.#name;
  }

  async get(key: string): Promise<AuthState | undefined> {
    try {
      return await (await this.#inner)?.get(key);
    } finally {
      setImmediate(this.#afterRead);
    }
  }

  async set(key: string, state: AuthState): Promise<void> {
    await (await this.#inner)?.set(key, state);
  }

  async delete(key: string): Promise<void> {
    await (await this.#inner)?.delete(key);
  }

  async close(): Promise<void> {
    await (await this.#inner)?.close?.();
  }
}
