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

  constructor(option: KeyringOption, plugin: AuthPlugin) {
    this.#option = option;
    this.#plugin = plugin;
  }

  store(): Promise<AuthStateStore | undefined> {
    this.#store ??= resolveStore(this.#option).catch(() => undefined);
    return this.#store;
  }

  async load(): Promise<boolean> {
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
