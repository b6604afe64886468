import type { AuthState } from '../auth-plugin.js';
import { keyringLog } from './debug-log.js';
import { decodeEntry, encodeEntry } from './entry-codec.js';
import { keyringAccount, type AuthStateStore } from './store.js';
import { withTimeout } from './with-timeout.js';

/** The few calls an OS-keyring library must offer: text secrets by account under one service. */
export interface SecretBackend {
  getPassword(account: string): Promise<string | null>;
  setPassword(account: string, secret: string): Promise<void>;
  deletePassword(account: string): Promise<boolean>;
}

/** Options of the OS keyring store (keytar or @napi-rs/keyring). */
export interface OsKeyringStoreOptions {
  /** Bound on each keyring call. @default 3000 */
  timeoutMs?: number;
}

export const DEFAULT_OS_TIMEOUT_MS = 3000;

/**
 * An AuthStateStore over an OS keyring library. Every call is bounded by a timeout and rejects
 * (KeyringError or the library's error) when the keyring is missing, locked or hung;
 * FallbackStore turns that into a switch to the file store.
 */
export class OsKeyringStore implements AuthStateStore {
  readonly name: string;
  readonly #backend: SecretBackend;
  readonly #timeoutMs: number;

  constructor(name: string, backend: SecretBackend, options: OsKeyringStoreOptions = {}) {
    this.name = name;
    this.#backend = backend;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_OS_TIMEOUT_MS;
  }

  async get(key: string): Promise<AuthState | undefined> {
    const account = keyringAccount(key);
    const text = await this.#bounded(this.#backend.getPassword(account), 'get');
    if (text === null) return undefined;
    const decoded = decodeEntry(key, text);
    if (!decoded.ok) {
      keyringLog('%s: entry %s ignored: %s', this.name, account, decoded.problem);
      return undefined;
    }
    return decoded.state;
  }

  async set(key: string, state: AuthState): Promise<void> {
    await this.#bounded(this.#backend.setPassword(keyringAccount(key), encodeEntry(key, state)), 'set');
  }

  async delete(key: string): Promise<void> {
    await this.#bounded(this.#backend.deletePassword(keyringAccount(key)), 'delete');
  }

  /** Reads a key nobody writes: answers (null) only when a keyring service responds. */
  async probe(timeoutMs: number): Promise<void> {
    await withTimeout(this.#backend.getPassword(keyringAccount('stackclient-probe')), timeoutMs, this.name, 'a probe');
  }

  #bounded<T>(work: Promise<T>, operation: string): Promise<T> {
    return withTimeout(work, this.#timeoutMs, this.name, operation);
  }
}
