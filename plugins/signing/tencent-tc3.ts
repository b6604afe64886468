import type { AuthPlugin, EndpointFilter, RequestToAuthorize } from '../../lib/auth-plugin.js';
import { endpointOverride, type EndpointOverrides } from '../../lib/session/endpoint-resolver.js';
import { AuthPluginOptionsMissing, InvalidArgument } from '../../lib/errors/framework-errors.js';
import { redactUrl } from '../../lib/log/redact.js';
import { findHeader, replaceHeader } from './header-names.js';
import { SigningCredentials, type SigningKeyOptions } from './signing-credentials.js';
import { SigningPlugin } from './signing-plugin.js';
import { TC3_UNSIGNED_PAYLOAD, tc3Authorization } from './tc3-canonical.js';

/** Options of {@link TencentTC3}: a key pair (or a `credentials` source), the service and the region. */
export interface TencentTC3Options extends SigningKeyOptions {
  /** The SecretId (access key id). Not needed with `credentials`. */
  secretId?: string;
  /** The SecretKey. Not needed with `credentials`. */
  secretKey?: string;
  /** The security token of temporary credentials, sent as `X-TC-Token`. */
  token?: string;
  /** The service of the credential scope, e.g. `cvm` (the first label of `cvm.tencentcloudapi.com`). */
  service: string;
  /** Sent as `X-TC-Region` when a request has none (an ActionClient sets its own). */
  region?: string;
  /** Endpoint per service type, or one URL for all. @default `https://<service type>.tencentcloudapi.com` */
  endpoints?: EndpointOverrides;
  /** The clock for `X-TC-Timestamp`. @default () => new Date() */
  clock?: () => Date;
}

/**
 * Tencent Cloud API 3.0 request signing (`TC3-HMAC-SHA256`), as the official SDKs sign:
 * `X-TC-Timestamp` (Unix seconds) is set, and `X-TC-Token` with temporary credentials; the canonical request covers
 * the method, the path and query as sent, `content-type` and `host`, and the SHA-256 of the body; the signing key is
 * HMAC-SHA256 chained over `TC3<SecretKey>`, the UTC date, the service and `tc3_request`.
 * A request without a Content-Type gets the SDK's: `application/json` for POST, `application/x-www-form-urlencoded`
 * for GET. TC3 signs only GET and POST (the API accepts nothing else): other methods fail with InvalidArgument.
 * @example new TencentTC3({ secretId, secretKey, service: 'cvm', region: 'ap-guangzhou' })
 */
export class TencentTC3 extends SigningPlugin implements AuthPlugin {
  readonly name = 'tencent-tc3';
  readonly #o: TencentTC3Options;

  constructor(options: TencentTC3Options) {
    if (!options || typeof options !== 'object') throw new AuthPluginOptionsMissing('tencent-tc3', ['secretId', 'secretKey', 'service']);
    // The service names the credential scope, e.g. cvm.
    const noService = typeof options.service !== 'string' || options.service === '' ? ['service'] : [];
    const pair = { accessKey: options.secretId ?? '', secretKey: options.secretKey ?? '', ...(options.token ? { securityToken: options.token } : {}) };
    super(new SigningCredentials('tencent-tc3', pair, options, ['secretId', 'secretKey'], noService));
    this.#o = { ...options };
  }

  getEndpoint(filter: EndpointFilter): string {
    return endpointOverride(this.#o.endpoints, filter.serviceType) ?? `https://${filter.serviceType}.tencentcloudapi.com`;
  }

  async authorize(req: RequestToAuthorize): Promise<string[]> {
    const method = req.method.toUpperCase();
    if (method !== 'GET' && method !== 'POST') {
      throw new InvalidArgument('method', `${method} ${redactUrl(req.url.href)}: TC3-HMAC-SHA256 signs only GET and POST requests, `
        + 'the only methods Tencent Cloud API 3.0 accepts; send the action as a POST');
    }
    const keys = await this.keys.get();
    const timestamp = Math.floor((this.#o.clock ?? (() => new Date()))().getTime() / 1000);
    let contentType = findHeader(req.headers, 'content-type');
    if (contentType === undefined) {
      contentType = method === 'GET' ? 'application/x-www-form-urlencoded' : 'application/json';
      replaceHeader(req.headers, 'Content-Type', contentType);
    }
    const set = ['X-TC-Timestamp', 'Authorization'];
    replaceHeader(req.headers, 'X-TC-Timestamp', String(timestamp));
    if (keys.securityToken) {
      replaceHeader(req.headers, 'X-TC-Token', keys.securityToken);
      set.push('X-TC-Token');
    }
    if (this.#o.region && findHeader(req.headers, 'x-tc-region') === undefined) req.headers['X-TC-Region'] = this.#o.region;
    const body = req.streamedBody ? { unsignedPayload: true } : req.body === undefined ? {} : { body: req.body };
    if (req.streamedBody) replaceHeader(req.headers, 'X-TC-Content-SHA256', TC3_UNSIGNED_PAYLOAD);
    const parts = { method, url: req.url, contentType, timestamp, service: this.#o.service, ...body };
    replaceHeader(req.headers, 'Authorization', tc3Authorization(parts, keys.accessKey, keys.secretKey));
    return set;
  }
}
