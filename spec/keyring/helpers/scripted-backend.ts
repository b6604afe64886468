import type { SecretBackend } from '../../../lib/keyring/index.js';

/**
 * A SecretBackend standing in for a native keyring library in-process: it keeps secrets in a map,
 * and can be switched to reject like a locked collection, or to never answer like a hung D-Bus.
 */
export class ScriptedBackend implements SecretBackend {
  readonly secrets = new Map<string, string>();
  mode: 'ok' | 'locked' | 'hung' = 'ok';
  calls = 0;

  async getPassword(account: string): Promise<string | null> {
    await this.#gate();
    return this.secrets.get(account) ?? null;
  }
  async setPassword(account: string, secret: string): Promise<void> {
    await this.#gate();
    this.secrets.set(account, secret);
  }
  async deletePassword(account: string): Promise<boolean> {
    await this.#gate();
    return this.secrets.delete(account);
  }
  #gate(): Promise<void> {
    this.calls += 1;
    if (this.mode === 'locked') return Promise.reject(new Error('Cannot create an item in a locked collection'));
    if (this.mode === 'hung') return new Promise(() => undefined);
    return Promise.resolve();
  }
}
