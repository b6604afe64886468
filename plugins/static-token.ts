import type { AuthPlugin, EndpointFilter, HeldSecrets, RequestToAuthorize } from '../lib/auth-plugin.js';
import { AuthPluginOptionsMissing, EndpointNotFound } from '../lib/errors/framework-errors.js';
import { endpointOverride } from '../lib/session/endpoint-resolver.js';

/** Options of {@link StaticToken}: a token obtained elsewhere, and the endpoints to use it on. */
export interface StaticTokenOptions {
  token: string;
  /** One endpoint for every service, or one per service type. */
  endpoint?: string | Record<string, string>;
}

/**
 * A fixed token and endpoint overrides: the noauth / admin-token case. Nothing to authenticate, so a 401
 * surfaces as Unauthorized after one retry.
 * @example new StaticToken({ token: process.env.OS_TOKEN!, endpoint: { compute: 'http://127.0.0.1:8774/v2.1' } })
 */
export class StaticToken implements AuthPlugin {
  readonly name = 'token_endpoint';
  readonly kind = 'token' as const;
  readonly generation = 1;
  readonly #token: string;
  readonly #endpoint: string | Record<string, string> | undefined;

  constructor(options: StaticTokenOptions) {
    if (!options?.token) throw new AuthPluginOptionsMissing('StaticToken', ['token']);
    this.#token = options.token;
    this.#endpoint = options.endpoint;
  }

  async authenticate(): Promise<void> {}

  hasValidAuth(): boolean {
    return true;
  }

  invalidate(): void {}

  getToken(): string {
    return this.#token;
  }

  secrets(): HeldSecrets {
    return { tokens: [this.#token] };
  }

  getEndpoint(filter: EndpointFilter): string {
    const e = this.#endpoint;
    const url = endpointOverride(e, filter.serviceType);
    if (url) return url;
    const known = typeof e === 'object' ? Object.keys(e).join(', ') : 'none';
    throw new EndpointNotFound(`StaticToken has no endpoint for service "${filter.serviceType}"; it has: ${known || 'none'}. `
      + `Pass endpoint: { ${filter.serviceType}: 'https://…' }`);
  }

  authorize(req: RequestToAuthorize): string[] {
    req.headers['X-Auth-Token'] = this.#token;
    return ['X-Auth-Token'];
  }
}
