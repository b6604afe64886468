import type { EndpointInterfaceInput } from './auth-plugin.js';
import { mountExtensions, type ClientExtension } from './client-extensions.js';
import type { HTTPClient } from './session/http-client.js';
import type { HttpResponse, RequestOptions } from './transport/request-options.js';
import { getClass, type VersionMap } from './version-map.js';
import type { Hooks } from './hooks/types.js';

/** Options of one service client; unset values fall back to the session's. */
export interface BaseClientOptions {
  /** Overrides the session's endpoint type for this client. */
  endpointType?: EndpointInterfaceInput;
  regionName?: string;
  serviceName?: string;
  /** Use this URL instead of the catalog's. */
  endpointOverride?: string;
  /**
   * Managers mounted as `client.<name>`, each built with the client (oslo apiclient's extensions).
   * @example new ComputeV2Client(http, { extensions: [{ name: 'consoles', manager: ConsolesManager }] }).consoles
   */
  extensions?: readonly ClientExtension[];
  /** This client's hooks, run after the session's. */
  hooks?: Hooks;
}

/** The service type a client speaks to and the name it is registered under on the session (`http.<attributeName>`). */
export interface ClientIdentity {
  serviceType: string;
  attributeName: string;
}

/** What {@link BaseClient.prepare} is told about the request the session is about to build. */
export interface PrepareState {
  method: string;
  /** The URL as the caller gave it, relative to the client's endpoint. */
  url: string;
  /** The caller's options object itself (not a copy), so a client can recognise requests it made. */
  options: RequestOptions;
}

/**
 * A service client riding on the shared session. Subclasses name their service with statics, so the
 * constructor can register the client as `http.<attributeName>`:
 * @example
 * class ComputeV2Client extends BaseClient {
 *   static override readonly serviceType = 'compute';
 *   static override readonly attributeName = 'compute';
 * }
 * const compute = new ComputeV2Client(http);   // http.compute === compute
 */
export abstract class BaseClient {
  static readonly serviceType: string = '';
  static readonly attributeName: string = '';
  /** Set by clients whose service is chosen per instance (GenericClient, ActionClient) instead of by statics. */
  readonly #identity: ClientIdentity | undefined;

  readonly http: HTTPClient;
  endpointType: EndpointInterfaceInput | undefined;
  regionName: string | undefined;
  serviceName: string | undefined;
  readonly endpointOverride: string | undefined;
  /** This client's hooks, run after the session's. */
  readonly hooks: Hooks | undefined;
  /** The endpoint the session's resolver found (override or catalog); cleared when the session re-authenticates. */
  cachedEndpoint: string | undefined;

  /** `identity`: the service type and attribute name of this instance, for clients that do not declare them as statics. */
  constructor(http: HTTPClient, options: BaseClientOptions = {}, identity?: ClientIdentity) {
    const statics = this.constructor as typeof BaseClient;
    this.#identity = identity;
    if (!this.serviceType || !this.attributeName) {
      throw new TypeError(`${statics.name} must declare static serviceType and attributeName`);
    }
    this.http = http;
    this.endpointType = options.endpointType;
    this.regionName = options.regionName;
    this.serviceName = options.serviceName;
    this.endpointOverride = options.endpointOverride?.replace(/\/+$/, '');
    this.hooks = options.hooks;
    mountExtensions(this, options.extensions);
    http.addClient(this);
  }

  get serviceType(): string {
    return this.#identity?.serviceType ?? (this.constructor as typeof BaseClient).serviceType;
  }

  get attributeName(): string {
    return this.#identity?.attributeName ?? (this.constructor as typeof BaseClient).attributeName;
  }

  /** Headers sent with every request of this client (e.g. a microversion). */
  defaultHeaders(): Record<string, string> {
    return {};
  }

  /**
   * A hook for subclasses: the session awaits it once per {@link clientRequest}, after authentication and before it
   * resolves the endpoint and builds the request (a 401 replay does not call it again). The compute client settles
   * its microversion here. Requests the hook itself makes come back through it; it must let them pass.
   */
  async prepare(state: PrepareState): Promise<void> {}

  /** A request to this client's endpoint, through the session (see {@link HTTPClient.clientRequest}). */
  clientRequest<T = any>(method: string, url: string, options?: RequestOptions): Promise<HttpResponse<T>> {
    return this.http.clientRequest<T>(this, method, url, options);
  }

  head<T = any>(url: string, options?: RequestOptions) { return this.clientRequest<T>('HEAD', url, options); }
  get<T = any>(url: string, options?: RequestOptions) { return this.clientRequest<T>('GET', url, options); }
  post<T = any>(url: string, options?: RequestOptions) { return this.clientRequest<T>('POST', url, options); }
  put<T = any>(url: string, options?: RequestOptions) { return this.clientRequest<T>('PUT', url, options); }
  patch<T = any>(url: string, options?: RequestOptions) { return this.clientRequest<T>('PATCH', url, options); }
  delete<T = any>(url: string, options?: RequestOptions) { return this.clientRequest<T>('DELETE', url, options); }

  /** The class for `version` in `versionMap` ('2', '2.0' and 'v2' are the same); UnsupportedVersion names the known ones. */
  static getClass<T>(apiName: string, version: string | number, versionMap: VersionMap<T>): T {
    return getClass(apiName, version, versionMap);
  }
}
