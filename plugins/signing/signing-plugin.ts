import type { HeldSecrets } from '../../lib/auth-plugin.js';
import type { SigningCredentials } from './signing-credentials.js';

/** Temporary credentials are fetched again this long before they expire. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * What every request-signing plugin does the same way: there is no token, only a key pair (static, or from a
 * `credentials` source that rotates it); `authenticate()` fetches it and each request is signed as it goes.
 */
export abstract class SigningPlugin {
  readonly kind = 'signing' as const;

  constructor(protected readonly keys: SigningCredentials) {}

  /** Grows when a credentials source hands out a new key or token; 0 for a static pair. */
  get generation(): number {
    return this.keys.generation;
  }

  /** Fetches the credentials from the `credentials` source (nothing to do for a static key pair). */
  async authenticate(): Promise<void> {
    await this.keys.get();
  }

  hasValidAuth(now = Date.now()): boolean {
    return this.keys.valid(now, EXPIRY_MARGIN_MS);
  }

  /** After a 401: credentials from a `credentials` chain are fetched anew (a static pair stays). */
  invalidate(): void {
    this.keys.forget();
  }

  secrets(): HeldSecrets {
    return this.keys.secrets();
  }

  /** Signing state is not cached: there is nothing to save. */
  cacheKey(): undefined {
    return undefined;
  }
}
