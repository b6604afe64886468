import type { HeldSecrets } from '../../lib/auth-plugin.js';
import { AuthPluginOptionsMissing } from '../../lib/errors/framework-errors.js';
import { hasKeyPair, type Credentials, type CredentialSource } from '../../lib/credentials/types.js';

/** The key options a signing plugin takes: a static pair, or a source (a credential chain) asked at each signature. */
export interface SigningKeyOptions {
  /** Called before each signature; a chain from `createCredentialChain` caches and refreshes temporary keys. */
  credentials?: CredentialSource;
}

/**
 * The credentials of one signing plugin: a static pair, or the latest answer of its source. The plugin's `generation`
 * grows when the access key or token changes, and `secrets()` reports every value it has signed with recently.
 */
export class SigningCredentials {
  readonly #static: Credentials | undefined;
  readonly #source: CredentialSource | undefined;
  #current: Credentials | undefined;
  #generation = 0;
  /** The values used before the current ones, so a log line of a request in flight stays redacted. */
  #previous: Credentials[] = [];
  #stale = false;

  /** `more`: other missing options of the plugin, reported in the same error. */
  constructor(plugin: string, pair: Partial<Credentials>, options: SigningKeyOptions, keyNames: [string, string], more: string[] = []) {
    if (options.credentials !== undefined && typeof options.credentials !== 'function') {
      throw new AuthPluginOptionsMissing(plugin, ['credentials', ...more], 'credentials must be a function returning a Promise of credentials');
    }
    this.#source = options.credentials;
    const missing = this.#source !== undefined || hasKeyPair(pair)
      ? []
      : [pair.accessKey ? undefined : keyNames[0], pair.secretKey ? undefined : keyNames[1]].filter((k): k is string => !!k);
    if (missing.length + more.length > 0) {
      throw new AuthPluginOptionsMissing(plugin, [...missing, ...more], 'give a key pair or a credentials source (createCredentialChain())');
    }
    if (this.#source === undefined) {
      this.#static = { ...pair } as Credentials;
      this.#current = this.#static;
    }
  }

  /**
   * The service refused the current credentials (a 401): the next `get()` asks a source that can refresh (a credential
   * chain) for new ones instead of its cached answer. Nothing to do for a static pair.
   */
  forget(): void {
    if (this.#source) this.#stale = true;
  }

  get generation(): number {
    return this.#generation;
  }

  /** The credentials to sign with now. */
  async get(): Promise<Credentials> {
    if (this.#static) return this.#static;
    const source = this.#source!;
    const refresh = this.#stale ? (source as { refresh?: CredentialSource }).refresh : undefined;
    this.#stale = false;
    const next = await (typeof refresh === 'function' ? refresh() : source());
    const current = this.#current;
    if (current === undefined || current.accessKey !== next.accessKey || current.securityToken !== next.securityToken) {
      if (current) this.#previous = [current, ...this.#previous].slice(0, 2);
      this.#current = next;
      this.#generation++;
    }
    return next;
  }

  /** True when credentials are held and do not expire within `marginMs`. */
  valid(now: number, marginMs: number): boolean {
    const c = this.#current;
    return c !== undefined && (c.expiresAt === undefined || c.expiresAt.getTime() - marginMs > now);
  }

  secrets(): HeldSecrets {
    const all = [this.#current, ...this.#previous].filter((c): c is Credentials => c !== undefined);
    return { secrets: all.map((c) => c.secretKey), tokens: all.map((c) => c.securityToken) };
  }
}
