import type { AuthPlugin } from '../auth-plugin.js';
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

  constructor(option: KeyringOption, plugin: AuthPlugin) {
    this.#option = option;
    this.#plugin = plugin;
  }

  store(): Promise<AuthStateStore | undefined> {
    this.#store ??= resolveStore(this.#option).catch(() => undefined);
    return this.#store;
  }

  /** The next load() finds nothing: a fresh token is wanted, and what it brings is saved over the entry. */
  skipNextLoad(): void {
    this.#skipLoad = true;
  }

  async load(): Promise<boolean> {
    if (this.#skipLoad) {
      this.#skipLoad = false;
      return false;
    }
    const store = await this.store();
    return store ? loadCachedAuth(store, this.#plugin) : false;
  }

  async save(): Promise<void> {
    const store = await this.store();
    if (store) await saveAuth(store, this.#plugin);
  }

  async forget(): Promise<void> {
    const store = await this.store();
    if (store) await forgetAuth(store, this.#plugin);
  }
}
