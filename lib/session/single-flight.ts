import type { AuthPlugin } from '../auth-plugin.js';

/**
 * One authentication in flight per session, generation-aware (gophercloud's ProviderClient reauth):
 * - ensure(): any number of concurrent callers without valid auth share one authentication;
 * - afterUnauthorized(gen): callers whose 401 came from token generation `gen` share one re-authentication,
 *   and a caller whose token was already replaced (generation moved on) retries without authenticating again.
 */
export class AuthSingleFlight {
  readonly #plugin: AuthPlugin;
  readonly #authenticate: (reason: 'initial' | 'unauthorized') => Promise<void>;
  #inflight: Promise<void> | undefined;

  constructor(plugin: AuthPlugin, authenticate: (reason: 'initial' | 'unauthorized') => Promise<void>) {
    this.#plugin = plugin;
    this.#authenticate = authenticate;
  }

  ensure(): Promise<void> {
    if (this.#inflight) return this.#inflight;
    if (this.#plugin.hasValidAuth()) return Promise.resolve();
    return this.#start('initial');
  }

  afterUnauthorized(staleGeneration: number): Promise<void> {
    if (this.#inflight) return this.#inflight;
    if (this.#plugin.generation !== staleGeneration && this.#plugin.hasValidAuth()) return Promise.resolve();
    return this.#start('unauthorized');
  }

  #start(reason: 'initial' | 'unauthorized'): Promise<void> {
    const run = (async () => {
      if (reason === 'unauthorized') this.#plugin.invalidate();
      await this.#authenticate(reason);
    })();
    this.#inflight = run;
    const clear = () => { if (this.#inflight === run) this.#inflight = undefined; };
    run.then(clear, clear);
    return run;
  }
}
