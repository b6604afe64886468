import type { AuthPlugin } from '../auth-plugin.js';

export type AuthReason = 'initial' | 'unauthorized';

/** A failed authentication stays the answer for new callers this long (ms). */
const FAILURE_SHARED_MS = 1_000;
/** A token that looks expired on arrival is not renewed more often than this (ms). */
const EXPIRED_RENEWAL_INTERVAL_MS = 1_000;

/**
 * One authentication in flight per session, generation-aware (gophercloud's ProviderClient reauth):
 * - ensure(): any number of concurrent callers without valid auth share one authentication;
 * - afterUnauthorized(gen): callers whose 401 came from token generation `gen` share one re-authentication,
 *   and a caller whose token was already replaced (generation moved on) retries without authenticating again.
 *
 * A failure is shared too, so a 401 storm against a failing Keystone costs one attempt (issue 10 item 9):
 * every 401 of the generation whose re-authentication failed gets that failure, and for a second after a
 * failure new callers get it as well. Expiry is judged on the server's clock (`now`), and a token that
 * arrives expired anyway is renewed at most once a second: the service, not our clock, then judges it.
 */
export class AuthSingleFlight {
  readonly #plugin: AuthPlugin;
  readonly #authenticate: (reason: AuthReason) => Promise<void>;
  readonly #now: () => number;
  #inflight: Promise<void> | undefined;
  #failure: { generation: number; error: unknown; at: number } | undefined;
  #succeededAt = Number.NEGATIVE_INFINITY;

  constructor(plugin: AuthPlugin, authenticate: (reason: AuthReason) => Promise<void>, now: () => number = Date.now) {
    this.#plugin = plugin;
    this.#authenticate = authenticate;
    this.#now = now;
  }

  ensure(): Promise<void> {
    if (this.#inflight) return this.#inflight;
    if (this.#plugin.hasValidAuth(this.#now())) return Promise.resolve();
    const failure = this.#failure;
    if (failure && Date.now() - failure.at < FAILURE_SHARED_MS) return Promise.reject(failure.error);
    const holdsToken = this.#plugin.getToken?.() !== undefined;
    if (holdsToken && Date.now() - this.#succeededAt < EXPIRED_RENEWAL_INTERVAL_MS) return Promise.resolve();
    return this.#start('initial');
  }

  afterUnauthorized(staleGeneration: number): Promise<void> {
    if (this.#inflight) return this.#inflight;
    if (this.#failure?.generation === staleGeneration) return Promise.reject(this.#failure.error);
    if (this.#plugin.generation !== staleGeneration && this.#plugin.hasValidAuth(this.#now())) return Promise.resolve();
    return this.#start('unauthorized');
  }

  #start(reason: AuthReason): Promise<void> {
    const generation = this.#plugin.generation;
    const run = (async () => {
      if (reason === 'unauthorized') this.#plugin.invalidate();
      await this.#authenticate(reason);
    })();
    this.#inflight = run;
    const settle = (error?: unknown) => {
      if (this.#inflight === run) this.#inflight = undefined;
      if (error === undefined) {
        this.#failure = undefined;
        this.#succeededAt = Date.now();
      } else this.#failure = { generation, error, at: Date.now() };
    };
    run.then(() => settle(), (error: unknown) => settle(error ?? new Error('authentication failed')));
    return run;
  }
}
