import type { AuthState } from '../auth-plugin.js';
import { describeError, keyringLog } from './debug-log.js';
import { keyringAccount, type AuthStateStore } from './store.js';

/**
 * The OS keyring first, the file store after it fails. A failure found late (a locked collection
 * refuses the first write, D-Bus goes away) switches this store to the fallback for the rest of the
 * process, with one debug line. A miss in the keyring also looks in the fallback, where an earlier
 * process that had to fall back may have saved the entry.
 */
export class FallbackStore implements AuthStateStore {
  readonly #primary: AuthStateStore;
  readonly #fallback: AuthStateStore;
  #degraded = false;

  constructor(primary: AuthStateStore, fallback: AuthStateStore) {
    this.#primary = primary;
    this.#fallback = fallback;
  }

  /** The backend in use now. */
  get name(): string {
    return this.#degraded ? this.#fallback.name : this.#primary.name;
  }

  /** True once the primary failed and the fallback took over. */
  get degraded(): boolean {
    return this.#degraded;
  }

  async get(key: string): Promise<AuthState | undefined> {
    if (!this.#degraded) {
      try {
        const state = await this.#primary.get(key);
        if (state !== undefined) return state;
      } catch (err) {
        this.#degrade('get', key, err);
      }
    }
    return this.#fallback.get(key);
  }

  async set(key: string, state: AuthState): Promise<void> {
    if (!this.#degraded) {
      try {
        await this.#primary.set(key, state);
        return;
      } catch (err) {
        this.#degrade('set', key, err);
      }
    }
    await this.#fallback.set(key, state);
  }

  async delete(key: string): Promise<void> {
    if (!this.#degraded) {
      try {
        await this.#primary.delete(key);
      } catch (err) {
        this.#degrade('delete', key, err);
      }
    }
    // Always: the entry may sit in the fallback from an earlier process.
    await this.#fallback.delete(key);
  }

  #degrade(operation: string, key: string, err: unknown): void {
    this.#degraded = true;
    keyringLog('%s: %s %s failed (%s); using %s from now on', this.#primary.name, operation, keyringAccount(key), describeError(err), this.#fallback.name);
  }
}
