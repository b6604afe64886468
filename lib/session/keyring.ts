import type { AuthPlugin, AuthState } from '../auth-plugin.js';
import { forgetAuth, loadCachedAuth, saveAuth } from '../keyring/session-cache.js';
import { resolveStore } from '../keyring/resolve-store.js';
import type { KeyringOption } from '../keyring/resolve-store.js';
import type { AuthStateStore } from '../keyring/store.js';

export type { KeyringOption };

/** The session's view of its keyring: resolved on first use, and never failing a request. */
export class SessionKeyring {
  readonly #option: KeyringOption;
  readonly #plugin: AuthPlugin;
  #store: Promise<AuthStateStore | undefined> | undefined;
  #skipLoad = false;
  /** The token this session last got through the keyring: after a 401, the one that failed. */
  #lastToken: string | undefined;

  constructor(option: KeyringOption, plugin: AuthPlugin) {
    this.#option = option;
    this.#plugin = plugin;
  }

  store(): Promise<AuthStateStore | undefined> {
    this.#store ??= resolveStore(this.#option).catch(() => undefined);
    return this.#store;
  }

  /** The next authentication finds nothing cached: a fresh token is wanted, and what it brings is saved over the entry. */
  skipNextLoad(): void {
    this.#skipLoad = true;
  }

  /**
   * Authentication through the keyring: `run` authenticates the plugin. A coordinating store (RedisStore) runs it
   * under its cross-process single-flight; any other store is read first ('initial'), cleared after a 401, and
   * written after `run`.
   */
  async authenticate(reason: 'initial' | 'unauthorized', run: () => Promise<void>): Promise<void> {
    const fresh = this.#skipLoad;
    this.#skipLoad = false;
    const plugin = this.#plugin;
    const store = await this.store();
    const key = plugin.cacheKey?.();
    if (store?.coordinate && key) {
      await store.coordinate({
        key, secret: plugin.bindingSecret?.(), reason: fresh ? 'fresh' : reason, failedToken: this.#lastToken,
        adopt: (state) => this.#adopt(state),
        authenticate: async () => {
          await run();
          return plugin.exportState?.();
        },
      });
      this.#lastToken = plugin.getToken?.();
      return;
    }
    if (reason === 'initial' && !fresh && store && (await loadCachedAuth(store, plugin))) return;
    if (reason === 'unauthorized' && store) await forgetAuth(store, plugin);
    await run();
    if (store) await saveAuth(store, plugin);
  }

  async forget(): Promise<void> {
    const store = await this.store();
    if (store) await forgetAuth(store, this.#plugin);
  }

  /** Closes a store this session resolved from a name or URL (a store object passed in belongs to its owner). */
  async close(): Promise<void> {
    if (typeof this.#option === 'object' || !this.#store) return;
    await (await this.#store)?.close?.();
  }

  #adopt(state: AuthState): boolean {
    const p = this.#plugin;
    if (state.plugin !== p.name || !p.importState) return false;
    let imported = false;
    try {
      imported = p.importState(state);
    } catch {
      imported = false;
    }
    if (!imported) return false;
    if (p.hasValidAuth(Date.now())) return true;
    p.invalidate();
    return false;
  }
}
