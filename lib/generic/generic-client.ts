import { BaseClient, type BaseClientOptions, type PrepareState } from '../base-client.js';
import type { HTTPClient } from '../session/http-client.js';
import { normalizeVersion } from '../version-map.js';
import { discoverVersion } from './discover-version.js';
import type { ApiVersion } from './version-document.js';
import type { HttpResponse } from '../transport/request-options.js';
import type { UploadOptions, UploadSource } from '../transfer/upload.js';
import type { DownloadDestination, DownloadOptions, DownloadResult } from '../transfer/download.js';
import type { ServerSentEvent, ServerSentEventsOptions } from '../transfer/server-sent-events.js';
import type { FormFields, FormUploadOptions } from '../transfer/form-upload.js';

/** Options of a {@link GenericClient}: which service, which API version, and the usual client options. */
export interface GenericClientOptions extends BaseClientOptions {
  /** The catalog service type, e.g. `image`, `object-store`, `network` (aliases match as in the catalog). */
  serviceType: string;
  /** The API version: `2`, `2.1`, `v3`. Found through the endpoint's version document. @default the catalog URL as is */
  version?: string | number;
  /** Registered on the session as `http[attributeName]`. @default `service:<serviceType>` (with `@<version>` when given) */
  attributeName?: string;
}

/**
 * A client for any catalog service, with no service class: `head`, `get`, `post`, `put`, `patch`, `delete` relative to
 * the service's endpoint, each taking the call options (`signal`, `timeout`, `headers`, `json`, `query`, …). Auth,
 * endpoint resolution (through the session's one resolver), retries, redaction and typed errors are the session's.
 * With a `version`, the first request finds that version's URL in the endpoint's version document (keystoneauth1's
 * discovery) and every request goes there.
 * @example
 * const image = http.service('image', '2');          // or new GenericClient(http, { serviceType: 'image', version: '2' })
 * const { body } = await image.get('images', { query: { limit: 5 } });
 */
export class GenericClient extends BaseClient {
  /** The version asked for, as `M.m`; undefined: the catalog URL as is. */
  readonly version: string | undefined;
  /** catalog URL → the URL of the chosen version. */
  readonly #versionUrls = new Map<string, string>();
  #discovered: ApiVersion | undefined;
  #discovering: Promise<ApiVersion | undefined> | undefined;

  constructor(http: HTTPClient, options: GenericClientOptions) {
    const version = options?.version === undefined ? undefined : normalizeVersion(options.version);
    const type = options?.serviceType;
    if (typeof type !== 'string' || type === '') throw new TypeError('GenericClient needs a serviceType, e.g. { serviceType: "image" }');
    super(http, options, { serviceType: type, attributeName: options.attributeName ?? `service:${type}${version ? `@${version}` : ''}` });
    this.version = version;
  }

  /** The version the version document offered for {@link version} (after the first request or {@link discover}). */
  get discovered(): ApiVersion | undefined {
    return this.#discovered;
  }

  /**
   * The URL this client's requests go to: the catalog's (through the session's endpoint resolver, authenticating
   * first when needed), then the chosen version's. Requests made with {@link clientRequest} go to the same place.
   */
  async endpoint(signal?: AbortSignal): Promise<string> {
    await this.discover(signal);
    return this.http.endpointFor(this);
  }

  /** Finds the asked-for version in the version document now (once; concurrent callers share it). */
  async discover(signal?: AbortSignal): Promise<ApiVersion | undefined> {
    if (this.version === undefined) return undefined;
    const current = await this.http.endpointFor(this);
    if ([...this.#versionUrls.values()].includes(current) && this.#discovered) return this.#discovered;
    this.#discovering ??= discoverVersion(this.http, { serviceType: this.serviceType, endpoint: current, wanted: this.version, signal })
      .then((found) => {
        this.#versionUrls.set(current, found.url!);
        this.#discovered = found;
        this.cachedEndpoint = undefined;
        return found;
      })
      .finally(() => { this.#discovering = undefined; });
    return this.#discovering;
  }

  /** The session's resolver found `url` in the catalog: requests go to the discovered version's URL once known. */
  adaptEndpoint(url: string): string {
    return this.#versionUrls.get(url) ?? url;
  }

  override async prepare(state: PrepareState): Promise<void> {
    await this.discover(state.options.signal);
  }

  /**
   * Streams `source` to `path` under this service's endpoint (see {@link HTTPClient.upload}).
   * @example await http.service('image', '2').upload(`images/${id}/file`, { file: 'disk.raw' }, { method: 'PUT' });
   */
  upload(path: string, source: UploadSource, options?: UploadOptions): Promise<HttpResponse> {
    return this.http.upload({ client: this, path }, source, options);
  }

  /** Streams the body of `path` under this service's endpoint to a Writable or `{ file }` (see {@link HTTPClient.download}). */
  download(path: string, to: DownloadDestination, options?: DownloadOptions): Promise<DownloadResult> {
    return this.http.download({ client: this, path }, to, options);
  }

  /** The server-sent events of `path` under this service's endpoint (see {@link HTTPClient.events}). */
  events(path: string, options?: ServerSentEventsOptions): AsyncGenerator<ServerSentEvent> {
    return this.http.events({ client: this, path }, options);
  }

  /** Sends `fields` to `path` under this service's endpoint as `multipart/form-data` (see {@link HTTPClient.uploadForm}). */
  uploadForm(path: string, fields: FormFields, options?: FormUploadOptions): Promise<HttpResponse> {
    return this.http.uploadForm({ client: this, path }, fields, options);
  }
}
