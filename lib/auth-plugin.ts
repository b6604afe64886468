import type { SecretVerifier } from './keyring/secret-verifier.js';
import type { HeldSecrets } from './log/known-secrets.js';

export type { HeldSecrets };

/**
 * The auth plugin contract. The core owns it; plugins in `plugins/` implement it.
 * One contract fits token plugins (Keystone, static token) and request-signing plugins (AK/SK).
 */

/** Which endpoint of a catalog entry to use. `publicURL` style names are accepted and normalized. */
export type EndpointInterface = 'public' | 'internal' | 'admin';
/** An endpoint interface as users write it: `public`, or keystoneauth's `publicURL` style. */
export type EndpointInterfaceInput = EndpointInterface | 'publicURL' | 'internalURL' | 'adminURL';

/** Which endpoint of the catalog a request wants: service type, interface, region. */
export interface EndpointFilter {
  serviceType: string;
  /** @default 'public' */
  interface?: EndpointInterfaceInput;
  regionName?: string;
  serviceName?: string;
}

/** An unauthenticated request a plugin makes through the session (auth, discovery, revoke). */
export interface AuthHttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  json?: unknown;
  signal?: AbortSignal;
  /**
   * Called instead of following a redirect to another scheme, host or port; it throws the error to fail with.
   * Requests that carry or lead to credentials set it, so a redirect cannot steer them to another origin.
   */
  onCrossOriginRedirect?: (from: string, to: string) => never;
}

/** A response as auth plugins see it: status, headers and the decoded body. */
export interface AuthHttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Decoded JSON when the response is JSON, otherwise the text. */
  body: unknown;
  url: string;
}

/**
 * The narrow context a plugin gets: never the whole session.
 * `request` goes through the session's transport (TLS options, timings, redacted curl log, retries of
 * connection failures and 5xx) and rejects with a typed error for any status >= 400.
 */
export interface AuthContext {
  request(req: AuthHttpRequest): Promise<AuthHttpResponse>;
  log(message: string): void;
  signal?: AbortSignal;
}

/** A request about to be sent; `authorize` adds headers to it (a token, or a signature over it). */
export interface RequestToAuthorize {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** The body is streamed (a file, a Readable) and not given: sign it as an unsigned payload where the scheme has one. */
  streamedBody?: boolean;
}

/** What a plugin exports for the keyring and imports back. JSON only. */
export interface AuthState {
  version: 1;
  plugin: string;
  authUrl?: string;
  method?: string;
  identityVersion?: 'v2.0' | 'v3';
  token?: string;
  /** ISO-8601. */
  expiresAt?: string;
  issuedAt?: string;
  scope?: Record<string, unknown>;
  catalog?: unknown;
  extra?: Record<string, unknown>;
  /** Set by the keyring, not by plugins: a salted slow hash of the secret that obtained this state (see `bindingSecret`). */
  binding?: SecretVerifier;
}

/** The contract every auth plugin fulfils, token plugins (Keystone, static token) and request-signing plugins (AK/SK) alike. */
export interface AuthPlugin {
  /** Stable plugin name, e.g. `v3password`, `token_endpoint`, `aksk`. */
  readonly name: string;
  /** 'token' plugins hold a token after authenticate(); 'signing' plugins sign each request. */
  readonly kind: 'token' | 'signing';
  /** Grows by one with every new token (or credential). 401 handling compares it. */
  readonly generation: number;
  /** Keystone auth URL, when there is one. */
  readonly authUrl?: string;

  authenticate(ctx: AuthContext): Promise<void>;
  /** True when the plugin holds auth that can be used now (not expired, not within its expiry margin). */
  hasValidAuth(now?: number): boolean;
  /** Forget the current token; the next request authenticates. */
  invalidate(): void;
  /** An endpoint URL from the catalog or the plugin's override; throws EndpointNotFound / AmbiguousEndpoints. */
  getEndpoint(filter: EndpointFilter): string;
  /** Add auth to one request. Returns the names of the headers it set (dropped on cross-origin redirects). */
  authorize(req: RequestToAuthorize): string[] | Promise<string[]>;
  /** The token, for plugins that have one. */
  getToken?(): string | undefined;
  /**
   * The secret values this plugin holds now (password, secret key, its current token, an input token). The session
   * hides these exact values in its debug log and in the messages of errors built from responses, in case a server
   * echoes one back; it keeps the last few tokens after the plugin has replaced them.
   */
  secrets?(): HeldSecrets;
  /** Revoke the current token at the identity service. */
  revoke?(ctx: AuthContext): Promise<void>;
  /**
   * Identity of this auth for the keyring: auth URL, method, user, domain, scope. Never a secret.
   * undefined: this plugin's state is not cached.
   */
  cacheKey?(): string | undefined;
  /**
   * The secret this plugin authenticates with (password, application-credential secret, input token). The keyring
   * stores only a salted scrypt verifier of it, and uses a cached entry only when the secret presented matches.
   * undefined: nothing binds the entry (e.g. a plugin without a secret).
   */
  bindingSecret?(): string | undefined;
  exportState?(): AuthState | undefined;
  /** Adopt a cached state; returns false when it does not fit this plugin (other user, scope or URL). */
  importState?(state: AuthState): boolean;
}

/** True when `value` has the methods of an {@link AuthPlugin} (authenticate, authorize, getEndpoint). */
export function isAuthPlugin(value: unknown): value is AuthPlugin {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<AuthPlugin>;
  return typeof p.authenticate === 'function' && typeof p.authorize === 'function' && typeof p.getEndpoint === 'function';
}

/** `'publicURL'` → `'public'` (and internal, admin); undefined → `'public'`. Throws a TypeError naming the accepted values. */
export function normalizeInterface(value: EndpointInterfaceInput | undefined): EndpointInterface {
  if (value === undefined) return 'public';
  const v = value.endsWith('URL') ? value.slice(0, -3) : value;
  if (v === 'public' || v === 'internal' || v === 'admin') return v;
  throw new TypeError(`Unknown endpoint interface "${value}"; use public, internal or admin (or publicURL, internalURL, adminURL)`);
}
