import type { AuthPlugin, EndpointFilter, RequestToAuthorize } from '../../lib/auth-plugin.js';
import { endpointOverride } from '../../lib/session/endpoint-resolver.js';
import { AuthPluginOptionsMissing, EndpointNotFound } from '../../lib/errors/framework-errors.js';
import { AKSK_ALGORITHM, canonicalRequest, sdkDate, signature, signedHeaderNames } from './aksk-canonical.js';
import { findHeader, replaceHeader } from './header-names.js';
import { SigningCredentials, type SigningKeyOptions } from './signing-credentials.js';
import { SigningPlugin } from './signing-plugin.js';

/** Options of {@link AkSk}: the key pair (or a `credentials` source) and an endpoint per service type. */
export interface AkSkOptions extends SigningKeyOptions {
  /** The access key (AK). Not needed with `credentials`. */
  accessKey?: string;
  /** The secret key (SK). Not needed with `credentials`. */
  secretKey?: string;
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

/** The payload hash the Huawei SDK sends for a body that is not JSON (binary, form, stream): the body is not hashed. */
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/**
 * The SDK hashes a body only when its Content-Type is exactly `application/json`; we also hash JSON with parameters
 * (`application/json; charset=utf-8`): a signed body is the safer of the two, and the gateway checks either.
 */
function isJson(contentType: string): boolean {
  return contentType.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/**
 * AK/SK request signing, as Huawei Cloud / Open Telekom Cloud API gateways verify it and as the official
 * `@huaweicloud/huaweicloud-sdk-core` signs (`AKSKSigner`):
 *
 * 1. `X-Sdk-Date: YYYYMMDDTHHMMSSZ` (UTC) and `Host` are set, and `X-Project-Id`, `X-Domain-Id`, `X-Security-Token` when given.
 *    A request whose Content-Type is set and is not JSON gets `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`
 *    (the SDK's rule, so binary and streamed bodies need not be read twice).
 * 2. Canonical request = method, canonical URI (each segment RFC 3986-encoded, always ending in `/`), canonical query
 *    (sorted `k=v`), canonical headers (`name:value\n`, lower-case, sorted), signed header names (`;`-joined), payload
 *    hash (`X-Sdk-Content-Sha256`, else the hex SHA-256 of the body) — joined by `\n`. Every header the request has
 *    at signing time is signed, except a `multipart/form-data` Content-Type (as the SDK does).
 * 3. String to sign = `SDK-HMAC-SHA256\n<X-Sdk-Date>\n<hex sha256(canonical request)>`.
 * 4. `Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex HMAC-SHA256(SK, string to sign)>`.
 *
 * There is no token: authenticate() only fetches credentials from a `credentials` source, and each request is signed as it goes.
 * @example new AkSk({ accessKey, secretKey, projectId, endpoints: { compute: 'https://ecs.eu-de.otc.t-systems.com/v2.1/$(project_id)s' } })
 */
export class AkSk extends SigningPlugin implements AuthPlugin {
  readonly name = 'aksk';
  readonly #o: AkSkOptions;

  constructor(options: AkSkOptions) {
    if (!options || typeof options !== 'object') throw new AuthPluginOptionsMissing('aksk', ['accessKey', 'secretKey', 'endpoints']);
    const noEndpoints = !options.endpoints || typeof options.endpoints !== 'object' ? ['endpoints'] : [];
    const token = options.securityToken ? { securityToken: options.securityToken } : {};
    const pair = { accessKey: options.accessKey ?? '', secretKey: options.secretKey ?? '', ...token };
    // AK/SK signing has no catalog: an endpoint per service type is needed.
    super(new SigningCredentials('aksk', pair, options, ['accessKey', 'secretKey'], noEndpoints));
    this.#o = { ...options, endpoints: { ...options.endpoints } };
  }

  getEndpoint(filter: EndpointFilter): string {
    const url = endpointOverride(this.#o.endpoints, filter.serviceType, this.#o.projectId);
    if (url === undefined) {
      throw new EndpointNotFound(`Endpoint not found for service "${filter.serviceType}": the aksk plugin has endpoints for `
        + `${Object.keys(this.#o.endpoints).sort().join(', ') || 'no service'}; add one to its endpoints option`);
    }
    return url;
  }

  async authorize(req: RequestToAuthorize): Promise<string[]> {
    const o = this.#o;
    const keys = await this.keys.get();
    const date = sdkDate((o.clock ?? (() => new Date()))());
    const set: Record<string, string> = { Host: req.url.host, 'X-Sdk-Date': date };
    if (o.projectId) set['X-Project-Id'] = o.projectId;
    if (o.domainId) set['X-Domain-Id'] = o.domainId;
    if (keys.securityToken) set['X-Security-Token'] = keys.securityToken;
    const contentType = findHeader(req.headers, 'content-type');
    const unhashable = req.streamedBody || (contentType !== undefined && !isJson(contentType));
    if (unhashable && findHeader(req.headers, 'x-sdk-content-sha256') === undefined) {
      set['X-Sdk-Content-Sha256'] = UNSIGNED_PAYLOAD;
    }
    for (const [name, value] of Object.entries(set)) replaceHeader(req.headers, name, value);
    const signed: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      const lower = name.toLowerCase();
      if (lower === 'authorization' || (lower === 'content-type' && value.toLowerCase().includes('multipart/form-data'))) continue;
      signed[lower] = value;
    }
    const payloadHash = signed['x-sdk-content-sha256'];
    const canonical = canonicalRequest({
      method: req.method, url: req.url, headers: signed, ...(req.body === undefined ? {} : { body: req.body }), ...(payloadHash ? { payloadHash } : {}),
    });
    replaceHeader(req.headers, 'Authorization', `${AKSK_ALGORITHM} Access=${keys.accessKey}, SignedHeaders=${signedHeaderNames(signed)}, `
      + `Signature=${signature(keys.secretKey, date, canonical)}`);
    return [...Object.keys(set), 'Authorization'];
  }
}
