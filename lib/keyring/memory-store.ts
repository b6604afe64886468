import type { AuthState } from '../auth-plugin.js';
import { decodeEntry, encodeEntry } from './entry-codec.js';
import type { AuthStateStore } from './store.js';

/** Options of {@link MemoryStore}. */
export interface MemoryStoreOptions {
  /** Oldest entries are dropped past this many. @default 64 */
  maxEntries?: number;
}

/**
 * Keeps auth states in this process only (tests, or sharing one login between sessions of one process).
 * States are stored as text, so a caller mutating a returned state does not change the stored one.
 */
export class MemoryStore implements AuthStateStore {
  readonly name = 'memory';
  readonly #entries = new Map<string, string>();
  readonly #maxEntries: number;

  constructor(options: MemoryStoreOptions = {}) {
    this.#maxEntries = Math.max(1, options.maxEntries ?? 64);
  }

  async get(key: string): Promise<AuthState | undefined> {
    const text = this.#entries.get(key);
    if (text === undefined) return undefined;
    const decoded = decodeEntry(key, text);
    return decoded.ok ? decoded.state : undefined;
  }

  async set(key: string, state: AuthState): Promise<void> {
    this.#entries.delete(key);
    this.#entries.set(key, encodeEntry(key, state));
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }
}
