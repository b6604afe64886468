import { BaseClient } from '../base-client.js';
import { fromActionResponse } from '../errors/from-response.js';
import { KnownSecrets } from '../log/known-secrets.js';
import type { HTTPClient } from '../session/http-client.js';
import type { TimeoutSetting } from '../transport/transport.js';

/** Options of an {@link ActionClient}. */
export interface ActionClientOptions {
  /** The service, e.g. `cvm`: its catalog service type, and the first label of its host name. */
  service: string;
  /** The API version, sent as `X-TC-Version`, e.g. `2017-03-12`. */
  version: string;
  /** Sent as `X-TC-Region`, e.g. `ap-guangzhou`; also the region of the catalog lookup. */
  region?: string;
  /** The service's URL, e.g. `https://cvm.tencentcloudapi.com`. @default the auth plugin's endpoint for `service` */
  endpoint?: string;
  /** Registered on the session as `http[attributeName]`. @default `action:<service>` */
  attributeName?: string;
}

/** Options of one {@link ActionClient.call}. */
export interface ActionCallOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeout?: TimeoutSetting;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A client for action-style APIs, as Tencent Cloud's `CommonClient` calls them: every call is a POST of JSON
 * parameters to the service's root, naming the action, API version and region in `X-TC-Action`, `X-TC-Version` and
 * `X-TC-Region`. The session's auth plugin signs it (`TencentTC3`, `AkSk`). Errors that arrive in the body, even with
 * HTTP 200 (Tencent's `Response.Error`, Huawei's `error_code` / `error_msg`), throw {@link ActionFailed} with the
 * vendor's code, message and request id; other HTTP errors throw the session's typed errors.
 * @example
 * const http = new HTTPClient({ authPlugin: new TencentTC3({ secretId, secretKey, service: 'cvm' }) });
 * const cvm = new ActionClient(http, { service: 'cvm', version: '2017-03-12', region: 'ap-guangzhou' });
 * const { InstanceSet } = await cvm.call('DescribeInstances', { Limit: 10 });
 */
export class ActionClient extends BaseClient {
  /** The API version sent as `X-TC-Version`. */
  readonly version: string;
  /** The region sent as `X-TC-Region`. */
  readonly region: string | undefined;
  readonly #known: KnownSecrets;

  constructor(http: HTTPClient, options: ActionClientOptions) {
    const missing = (['service', 'version'] as const).filter((k) => typeof options?.[k] !== 'string' || options[k] === '');
    if (missing.length > 0) throw new TypeError(`ActionClient needs ${missing.join(' and ')}, e.g. { service: 'cvm', version: '2017-03-12' }`);
    super(http, { ...(options.endpoint ? { endpointOverride: options.endpoint } : {}), ...(options.region ? { regionName: options.region } : {}) },
      { serviceType: options.service, attributeName: options.attributeName ?? `action:${options.service}` });
    this.version = options.version;
    this.region = options.region;
    this.#known = new KnownSecrets(() => http.authPlugin?.secrets?.());
  }

  /**
   * Calls `action` with `params` and resolves with the answer: the contents of Tencent's `Response` envelope, or the
   * whole body of an answer without one.
   * @throws ActionFailed when the body holds an error, whatever the HTTP status
   */
  async call<T = Obj>(action: string, params: Obj = {}, options: ActionCallOptions = {}): Promise<T> {
    const headers = { 'X-TC-Action': action, 'X-TC-Version': this.version, ...(this.region ? { 'X-TC-Region': this.region } : {}), ...options.headers };
    const res = await this.clientRequest('POST', '', {
      json: params, headers, ...(options.signal ? { signal: options.signal } : {}), ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    });
    const answer = { status: res.status, headers: res.headers, body: res.body, method: 'POST', url: res.url };
    const failed = fromActionResponse(answer, action, { knownSecrets: this.#known });
    if (failed) throw failed;
    return (isObj(res.body) && isObj(res.body.Response) ? res.body.Response : res.body) as T;
  }
}
