import type { AuthPlugin, EndpointFilter, HeldSecrets, RequestToAuthorize } from '../../lib/auth-plugin.js';
import { endpointOverride } from '../../lib/session/endpoint-resolver.js';
import { AuthPluginOptionsMissing, EndpointNotFound } from '../../lib/errors/framework-errors.js';
import { AKSK_ALGORITHM, canonicalRequest, sdkDate, signature, signedHeaderNames } from './aksk-canonical.js';

/** Options of {@link AkSk}: the key pair and an endpoint per service type. */
export interface AkSkOptions {
  accessKey: string;
  secretKey: string;
  /** Endpoint per service type (aliases match: `volumev3` serves `block-storage`). There is no catalog. */
  endpoints: Record<string, string>;
  /** Sent as `X-Project-Id` (and signed): the project the request acts in. Fills `$(project_id)s` in endpoints. */
  projectId?: string;
  /** Sent as `X-Domain-Id` (and signed), for global services that act in a domain. */
  domainId?: string;
  /** Sent as `X-Security-Token` (and signed) with temporary AK/SK. */
  securityToken?: string;
  /** The clock for `X-Sdk-Date`. @default () => new Date() */
  clock?: () => Date;
}

/** Optional request headers that are signed when present (lower-case). */
const SIGNED_WHEN_PRESENT = ['content-type'];

/**
 * AK/SK request signing, as Huawei Cloud / Open Telekom Cloud API gateways verify it ("APIG" signing):
 *
 * 1. `X-Sdk-Date: YYYYMMDDTHHMMSSZ` (UTC) and `Host` are set on the request.
 * 2. Canonical request = method, canonical URI (each segment RFC 3986-encoded, always ending in `/`),
 *    canonical query (sorted `k=v`), canonical headers (`name:value\n`, lower-case, sorted), signed header
 *    names (`;`-joined), hex SHA-256 of the body — joined by `\n`. Signed: host, x-sdk-date, content-type,
 *    and x-project-id / x-domain-id / x-security-token when set.
 * 3. String to sign = `SDK-HMAC-SHA256\n<X-Sdk-Date>\n<hex sha256(canonical request)>`.
 * 4. `Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex HMAC-SHA256(SK, string to sign)>`.
 *
 * There is no token: authenticate() does nothing, auth is always valid, and each request is signed as it goes.
 * @example new AkSk({ accessKey, secretKey, projectId, endpoints: { compute: 'https://ecs.eu-de.otc.t-systems.com/v2.1/$(project_id)s' } })
 */
export class AkSk implements AuthPlugin {
  readonly name = 'aksk';
  readonly kind = 'signing' as const;
  /** Never changes: there is no token to renew. */
  readonly generation = 0;
  readonly #o: AkSkOptions;

  constructor(options: AkSkOptions) {
    const missing: string[] = (['accessKey', 'secretKey'] as const).filter((k) => typeof options?.[k] !== 'string' || options[k].length === 0);
    if (!options?.endpoints || typeof options.endpoints !== 'object') missing.push('endpoints');
    if (missing.length > 0) throw new AuthPluginOptionsMissing('aksk', missing, 'AK/SK signing has no catalog: give an endpoint per service type');
    this.#o = { ...options, endpoints: { ...options.endpoints } };
  }

  async authenticate(): Promise<void> {}

  hasValidAuth(): boolean {
    return true;
  }

  invalidate(): void {}

  getEndpoint(filter: EndpointFilter): string {
    const url = endpointOverride(this.#o.endpoints, filter.serviceType, this.#o.projectId);
    if (url === undefined) {
      throw new EndpointNotFound(`Endpoint not found for service "${filter.serviceType}": the aksk plugin has endpoints for `
        + `${Object.keys(this.#o.endpoints).sort().join(', ') || 'no service'}; add one to its endpoints option`);
    }
    return url;
  }

  authorize(req: RequestToAuthorize): string[] {
    const o = this.#o;
    const date = sdkDate((o.clock ?? (() => new Date()))());
    const set: Record<string, string> = { Host: req.url.host, 'X-Sdk-Date': date };
    if (o.projectId) set['X-Project-Id'] = o.projectId;
    if (o.domainId) set['X-Domain-Id'] = o.domainId;
    if (o.securityToken) set['X-Security-Token'] = o.securityToken;
    for (const name of Object.keys(req.headers)) {
      if (Object.keys(set).some((s) => s.toLowerCase() === name.toLowerCase())) delete req.headers[name];
    }
    Object.assign(req.headers, set);
    const signed: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      const lower = name.toLowerCase();
      if (name in set || SIGNED_WHEN_PRESENT.includes(lower)) signed[lower] = value;
    }
    const canonical = canonicalRequest({ method: req.method, url: req.url, headers: signed, ...(req.body === undefined ? {} : { body: req.body }) });
    req.headers['Authorization'] = `${AKSK_ALGORITHM} Access=${o.accessKey}, SignedHeaders=${signedHeaderNames(signed)}, `
      + `Signature=${signature(o.secretKey, date, canonical)}`;
    return [...Object.keys(set), 'Authorization'];
  }

  secrets(): HeldSecrets {
    return { secrets: [this.#o.secretKey], tokens: [this.#o.securityToken] };
  }

  /** Signing state is not cached: there is nothing to save. */
  cacheKey(): undefined {
    return undefined;
  }
}
