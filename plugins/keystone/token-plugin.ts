import type { AuthContext, AuthPlugin, AuthState, EndpointFilter, HeldSecrets, RequestToAuthorize } from '../../lib/auth-plugin.js';
import { findEndpoint, isServiceCatalog, officialServiceType, type ServiceCatalog } from '../../lib/catalog/index.js';
import { endpointOverride } from '../../lib/session/endpoint-resolver.js';
import { AuthorizationFailure, EndpointNotFound } from '../../lib/errors/framework-errors.js';
import { isHttpError } from '../../lib/errors/http-errors.js';
import { authError, type AuthAbout } from './auth-call.js';
import type { IssuedToken, TokenScope } from './issued-token.js';
import { checkAuthUrl, checkMargin, type KeystoneCommonOptions } from './options.js';

const DEFAULT_MARGIN_MS = 120_000;
/** Replaced tokens kept for `secrets()`: a server may still echo one back (`Could not find token: …`). */
const PREVIOUS_TOKENS_KEPT = 3;

/**
 * The shared base of the Keystone token plugins: holds the token, its expiry, catalog and scope; decides
 * when it must be renewed; finds endpoints; authorizes requests; revokes; exports and imports its state.
 * A subclass only says how to get a token (`issueToken`) and who it authenticates (`identityParts`).
 */
export abstract class TokenPlugin implements AuthPlugin {
  abstract readonly name: string;
  readonly kind = 'token' as const;
  readonly authUrl: string;
  readonly #margin: number | undefined;
  readonly #overrides: string | Record<string, string> | undefined;
  #current: IssuedToken | undefined;
  readonly #previousTokens: string[] = [];
  #receivedAt = 0;
  #generation = 0;

  constructor(plugin: string, options: KeystoneCommonOptions) {
    this.authUrl = checkAuthUrl(plugin, options.authUrl);
    this.#margin = checkMargin(plugin, options.expiryMargin);
    this.#overrides = options.endpointOverride;
  }

  /** Authenticate once at Keystone and return the new token. Errors go through `authError`. */
  protected abstract issueToken(ctx: AuthContext): Promise<IssuedToken>;
  /** The auth method for exported state (`password`, `token`, `application_credential`). */
  protected abstract readonly method: string;
  /** Who and what scope this plugin authenticates, for the cache key: never a secret. */
  protected abstract identityParts(): string[];
  /** Who authenticates, for error messages. */
  protected abstract describeWho(): string;
  /** The password, secret or input token this plugin authenticates with: the keyring binds its entry to it. */
  abstract bindingSecret(): string;

  /** The credential this subclass authenticates with (a password, a secret, an input token), for `secrets()`. */
  protected abstract heldCredentials(): HeldSecrets;

  protected about(): AuthAbout {
    return { plugin: this.name, authUrl: this.authUrl, who: this.describeWho() };
  }

  /** Grows by one with every new token (authentication or imported state). */
  get generation(): number { return this.#generation; }
  get token(): string | undefined { return this.#current?.token; }
  get expiresAt(): Date | undefined { return this.#current?.expiresAt === undefined ? undefined : new Date(this.#current.expiresAt); }
  get catalog(): ServiceCatalog { return this.#current?.catalog ?? []; }
  get scope(): TokenScope | undefined { return this.#current?.scope; }
  get identityVersion(): 'v3' | 'v2.0' | undefined { return this.#current?.identityVersion; }

  async authenticate(ctx: AuthContext): Promise<void> {
    const issued = await this.issueToken(ctx);
    this.#adopt(issued, Date.now());
  }

  /**
   * The margin, in ms, before expiry at which the token counts as expired: the `expiryMargin` option, or
   * min(120 s, a quarter of the lifetime); never more than half the lifetime.
   */
  get effectiveMargin(): number {
    const t = this.#current;
    if (!t || t.expiresAt === undefined) return 0;
    const lifetime = t.expiresAt - (t.issuedAt ?? this.#receivedAt);
    if (lifetime <= 0) return this.#margin ?? 0;
    return Math.min(this.#margin ?? Math.min(DEFAULT_MARGIN_MS, lifetime / 4), lifetime / 2);
  }

  hasValidAuth(now = Date.now()): boolean {
    const t = this.#current;
    if (!t) return false;
    return t.expiresAt === undefined || now < t.expiresAt - this.effectiveMargin;
  }

  invalidate(): void {
    this.#retire();
    this.#current = undefined;
  }

  getToken(): string | undefined {
    return this.#current?.token;
  }

  secrets(): HeldSecrets {
    const own = this.heldCredentials();
    return { secrets: own.secrets ?? [], tokens: [...(own.tokens ?? []), ...this.#previousTokens, this.#current?.token] };
  }

  getEndpoint(filter: EndpointFilter): string {
    const projectId = this.#current?.scope.project?.id;
    const override = endpointOverride(this.#overrides, filter.serviceType, projectId);
    if (override !== undefined) return override;
    const opts = projectId === undefined ? {} : { projectId };
    if (!this.#current) {
      throw new EndpointNotFound(`Endpoint for service "${filter.serviceType}" is unknown before authentication; authenticate first`);
    }
    const identity = this.#current.identityUrl;
    const catalog = this.#current.catalog;
    // keystoneauth1 too answers identity lookups with the auth URL when the catalog has no identity entry.
    if (officialServiceType(filter.serviceType) === 'identity' && !catalog.some((s) => s.type === 'identity')) return identity;
    return findEndpoint(catalog, filter, opts);
  }

  authorize(req: RequestToAuthorize): string[] {
    const token = this.#current?.token;
    if (token === undefined) throw new AuthorizationFailure(`Auth plugin ${this.name} holds no token; authenticate first`);
    req.headers['X-Auth-Token'] = token;
    return ['X-Auth-Token'];
  }

  /**
   * Revoke the token at Keystone (v3: `DELETE /v3/auth/tokens` with `X-Subject-Token`; v2.0:
   * `DELETE /v2.0/tokens/{id}`) and forget it. A token Keystone already refuses (401/404) counts as revoked.
   */
  async revoke(ctx: AuthContext): Promise<void> {
    const t = this.#current;
    if (!t) return;
    const v3 = t.identityVersion === 'v3';
    try {
      await ctx.request({
        method: 'DELETE',
        url: v3 ? `${t.identityUrl}/auth/tokens` : `${t.identityUrl}/tokens/${encodeURIComponent(t.token)}`,
        headers: v3 ? { 'X-Auth-Token': t.token, 'X-Subject-Token': t.token } : { 'X-Auth-Token': t.token },
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
    } catch (err) {
      if (!(isHttpError(err) && (err.status === 401 || err.status === 404))) throw authError(err, this.about());
    }
    if (this.#current === t) { this.#retire(); this.#current = undefined; }
  }

  cacheKey(): string {
    return JSON.stringify([this.name, this.authUrl, ...this.identityParts()]);
  }

  exportState(): AuthState | undefined {
    const t = this.#current;
    if (!t) return undefined;
    const state: AuthState = {
      version: 1, plugin: this.name, authUrl: this.authUrl, method: this.method, identityVersion: t.identityVersion,
      token: t.token, scope: { ...t.scope }, catalog: t.catalog,
      extra: { cacheKey: this.cacheKey(), identityUrl: t.identityUrl, methods: t.methods, ...(t.user ? { user: t.user } : {}) },
    };
    if (t.expiresAt !== undefined) state.expiresAt = new Date(t.expiresAt).toISOString();
    if (t.issuedAt !== undefined) state.issuedAt = new Date(t.issuedAt).toISOString();
    return state;
  }

  /** Adopt state exported by a plugin with the same cache key; refuses any other, malformed or expired state. */
  importState(state: AuthState): boolean {
    const extra = state?.extra;
    if (state?.version !== 1 || state.plugin !== this.name || state.authUrl !== this.authUrl) return false;
    if (!extra || extra['cacheKey'] !== this.cacheKey() || typeof extra['identityUrl'] !== 'string') return false;
    if (typeof state.token !== 'string' || !state.token || !isServiceCatalog(state.catalog)) return false;
    if (state.identityVersion !== 'v3' && state.identityVersion !== 'v2.0') return false;
    const scope = state.scope as TokenScope | undefined;
    if (!scope || typeof scope.kind !== 'string') return false;
    const expiresAt = state.expiresAt === undefined ? undefined : Date.parse(state.expiresAt);
    const issuedAt = state.issuedAt === undefined ? undefined : Date.parse(state.issuedAt);
    if (expiresAt !== undefined && (Number.isNaN(expiresAt) || expiresAt <= Date.now())) return false;
    const issued: IssuedToken = {
      token: state.token, catalog: state.catalog, scope, identityVersion: state.identityVersion,
      identityUrl: extra['identityUrl'], methods: Array.isArray(extra['methods']) ? extra['methods'] as string[] : [],
    };
    if (expiresAt !== undefined) issued.expiresAt = expiresAt;
    if (issuedAt !== undefined && !Number.isNaN(issuedAt)) issued.issuedAt = issuedAt;
    if (extra['user'] && typeof extra['user'] === 'object') issued.user = extra['user'] as NonNullable<IssuedToken['user']>;
    this.#adopt(issued, Date.now());
    return true;
  }

  #retire(): void {
    const token = this.#current?.token;
    if (token === undefined || this.#previousTokens.includes(token)) return;
    this.#previousTokens.push(token);
    if (this.#previousTokens.length > PREVIOUS_TOKENS_KEPT) this.#previousTokens.shift();
  }

  #adopt(issued: IssuedToken, receivedAt: number): void {
    this.#retire();
    this.#current = issued;
    this.#receivedAt = receivedAt;
    this.#generation += 1;
  }
}
