import type { AuthContext, AuthHttpRequest, AuthPlugin, EndpointInterfaceInput } from '../auth-plugin.js';
import type { BaseClient } from '../base-client.js';
import { Unauthorized } from '../errors/http-errors.js';
import { ReauthenticationFailed } from '../errors/framework-errors.js';
import { UnauthorizedAfterReauth } from '../errors/unauthorized-after-reauth.js';
import { RequestAborted } from '../errors/transport-errors.js';
import { CircuitOpen } from '../errors/circuit-open.js';
import { KnownSecrets } from '../log/known-secrets.js';
import { redactUrl } from '../log/redact.js';
import type { HttpResponse, RequestOptions } from '../transport/request-options.js';
import type { RetryOptions } from '../transport/retry.js';
import { send, type SendContext } from '../transport/send.js';
import { buildRequest } from './build-request.js';
import { EndpointResolver } from './endpoint-resolver.js';
import { ServerClock } from './server-clock.js';
import { AuthSingleFlight, type AuthReason } from './single-flight.js';
import { TimingRecorder, type TimingRecord } from '../timings.js';
import { checkTransport, Transport, type HttpTransport, type TimeoutSetting } from '../transport/transport.js';
import type { Agents } from '../transport/proxy-agents.js';
import type { ClientCertificate } from '../transport/tls-options.js';
import { VERSION } from '../version.js';
import { SessionKeyring, type KeyringOption } from './keyring.js';
import { mergeHooks, type Hooks } from '../hooks/types.js';
import type { HttpListener, HttpEventName } from '../hooks/http-events.js';
import type { Logger } from '../log/user-logger.js';
import type { AccessLogOption } from '../log/access-log.js';
import type { CircuitBreakerOptions } from '../breaker/circuit-breaker.js';
import { createSessionObservers, type SessionObservers } from './observers.js';
import { CircuitRouter, type BackupEndpoints } from '../breaker/circuit-router.js';
import type { GenericClient, GenericClientOptions } from '../generic/generic-client.js';
import { serviceClient } from '../generic/service-clients.js';
import { serviceConsumer, type TransferTarget } from '../transfer/target.js';
import { upload, type UploadOptions, type UploadSource } from '../transfer/upload.js';
import { download, type DownloadDestination, type DownloadOptions, type DownloadResult } from '../transfer/download.js';
import { serverSentEvents, type ServerSentEvent, type ServerSentEventsOptions } from '../transfer/server-sent-events.js';
import { uploadForm, type FormFields, type FormUploadOptions } from '../transfer/form-upload.js';
import { multipartUpload, type MultipartUploadOptions, type MultipartUploadResult } from '../transfer/multipart-upload.js';

/** Options of an {@link HTTPClient} session; per-request options win over these. */
export interface HTTPClientOptions {
  /** The auth plugin this session authenticates with. Without one, only `request()` (unauthenticated) works. */
  authPlugin?: AuthPlugin;
  regionName?: string;
  /** @default 'public' */
  endpointType?: EndpointInterfaceInput;
  /** The end user's IP, sent as `Forwarded: for=<ip>;by=<userAgent>` by services acting for a user. */
  originalIp?: string;
  /** false: skip TLS verification; a string: path of a CA bundle. @default true */
  verify?: boolean | string;
  /** A TLS client certificate: a PEM path with cert and key, or `{ cert, key, passphrase }` (paths or PEM text). */
  cert?: ClientCertificate;
  /**
   * A forward proxy URL (`http://user:password@host:port`) for every request, or false for none; the password is shown
   * as `***` in logs, errors and the curl line.
   * @default the environment: HTTPS_PROXY / HTTP_PROXY / ALL_PROXY and NO_PROXY (upper- or lower-case), per request URL
   */
  proxy?: string | false;
  /** Sockets open at once per host (per target host through a proxy). @default Infinity */
  maxSockets?: number;
  /** How long an idle keep-alive socket is kept for the next request, in ms. @default 4_000 */
  freeSocketTimeout?: number;
  /**
   * Your own `{ http, https }` agents instead of the session's pool (e.g. a custom DNS lookup); `proxy` then does not
   * apply. A scheme without one goes direct on the pool.
   */
  agent?: Agents;
  /**
   * Your own transport instead of the got-based one (see {@link HttpTransport}); retry, auth, redirects, redaction,
   * the curl log and timings still run around it. `verify`, `cert`, `timeout`, `proxy`, `agent` and the pool options are its business then.
   */
  transport?: HttpTransport;
  /** ms; a number sets connect and read. @default { connect: 10_000, read: 60_000 } */
  timeout?: TimeoutSetting;
  /** Record per-request timings; `{ limit }` bounds how many are kept. @default false (limit 1000) */
  timings?: boolean | { limit: number };
  /** Where auth state is cached between processes. @default false */
  keyring?: KeyringOption;
  /** Force the curl-style log on `stackclient:http` (otherwise DEBUG=stackclient:* turns it on). */
  debug?: boolean;
  /** A prefix for `User-Agent: <prefix> stackclient/<version>`. */
  userAgent?: string;
  /** The session's retry policy; false: one attempt. */
  retry?: RetryOptions | false;
  /** @default 5 */
  maxRedirects?: number;
  /** The largest response body accepted, in bytes after decompression; past it, ResponseTooLarge. @default 67_108_864 (64 MiB) */
  maxResponseBytes?: number;
  /**
   * Functions run at points of every request (got/ky style), before a client's own: `beforeRequest` may change headers
   * (it runs before the auth plugin signs, so a signature covers them); the others see a redacted view. A hook that
   * throws ends that request with its error.
   */
  hooks?: Hooks;
  /** Where the debug lines (curl log, auth, retries) go at debug level, and breaker state changes at warn/info: console, pino, … */
  logger?: Logger;
  /** One line per request (method, redacted URL, status or error code, bytes, ms, request id, attempts) to a stream or `{ file }`. */
  accessLog?: AccessLogOption;
  /** A circuit breaker per endpoint host for service requests; false or unset: none. @default false */
  circuitBreaker?: CircuitBreakerOptions | false;
  /** Where a service's requests go while its endpoint's circuit is open: a URL, or `{ region }` of the catalog, by service type. */
  backupEndpoints?: BackupEndpoints;
}

const RESERVED = new Set([
  'request', 'clientRequest', 'endpointFor', 'authenticate', 'addClient', 'getTimings', 'resetTimings', 'revoke', 'close', 'authPlugin', 'clients',
  'on', 'off', 'service', 'upload', 'download', 'events', 'uploadForm', 'multipartUpload',
]);

/**
 * The one authenticated session that many service clients share.
 * @example
 * const http = new HTTPClient({
 *   authPlugin: new V3Password({ authUrl, username, password, projectName, userDomainName: 'Default', projectDomainName: 'Default' }),
 * });
 * new ComputeV2Client(http); new IdentityV3Client(http);
 * const servers = await http.compute!.servers.list();
 */
export class HTTPClient {
  readonly authPlugin: AuthPlugin | undefined;
  readonly regionName: string | undefined;
  readonly endpointType: EndpointInterfaceInput;
  readonly userAgent: string;
  readonly #options: HTTPClientOptions;
  readonly #transport: HttpTransport;
  readonly #exchange: SendContext;
  readonly #timings: TimingRecorder | undefined;
  readonly #clients = new Set<BaseClient>();
  readonly #auth: AuthSingleFlight | undefined;
  readonly #resolver: EndpointResolver;
  readonly #serverClock = new ServerClock();
  readonly #keyring: SessionKeyring | undefined;
  readonly #observers: SessionObservers;
  readonly #router: CircuitRouter<BaseClient> | undefined;

  constructor(options: HTTPClientOptions = {}) {
    this.#options = options;
    this.authPlugin = options.authPlugin;
    this.regionName = options.regionName;
    this.endpointType = options.endpointType ?? 'public';
    this.userAgent = options.userAgent ? `${options.userAgent} stackclient/${VERSION}` : `stackclient/${VERSION}`;
    this.#transport = options.transport === undefined ? new Transport(options) : checkTransport(options.transport);
    const limit = typeof options.timings === 'object' ? options.timings.limit : 1000;
    this.#timings = options.timings ? new TimingRecorder(limit) : undefined;
    const knownSecrets = new KnownSecrets(() => options.authPlugin?.secrets?.());
    this.#observers = createSessionObservers(options, knownSecrets);
    this.#exchange = {
      transport: this.#transport, log: this.#observers.log, timings: this.#timings, maxRedirects: options.maxRedirects ?? 5, knownSecrets,
    };
    if (options.circuitBreaker) {
      const inRegion = (client: BaseClient, region: string) => this.#resolver.endpointInRegion(client, region);
      this.#router = new CircuitRouter(options.circuitBreaker, options.backupEndpoints, inRegion, (t) => this.#observers.circuitChanged(t));
    }
    if (options.keyring && options.authPlugin) this.#keyring = new SessionKeyring(options.keyring, options.authPlugin);
    this.#resolver = new EndpointResolver(this, () => this.#requirePlugin());
    if (options.authPlugin) {
      this.#auth = new AuthSingleFlight(options.authPlugin, (reason) => this.#runAuthentication(reason), () => this.#serverClock.now());
    }
  }

  /** scheme://host/path + url, with exactly one slash between; an absolute url is returned as is. */
  static concatUrl(endpoint: string, url: string): string {
    if (/^https?:\/\//i.test(url)) return url;
    if (!url) return endpoint;
    return `${endpoint.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
  }

  /** Registers a service client as `http.<attributeName>`. */
  addClient(client: BaseClient): void {
    const name = client.attributeName;
    if (RESERVED.has(name)) throw new TypeError(`A client cannot use the attribute name "${name}": it is a method of HTTPClient`);
    this.#clients.add(client);
    Object.defineProperty(this, name, { value: client, enumerable: true, configurable: true, writable: true });
  }

  /**
   * A {@link GenericClient} for any catalog service, with no service class: the same one for the same type and version.
   * @example const images = (await http.service('image', '2').get('images')).body.images;
   */
  service(serviceType: string, version?: string | number, options?: Omit<GenericClientOptions, 'serviceType' | 'version'>): GenericClient {
    return serviceClient(this, serviceType, version, options);
  }

  get clients(): readonly BaseClient[] {
    return [...this.#clients];
  }

  /** An unauthenticated request to an absolute URL. */
  async request<T = any>(method: string, url: string, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    return send(this.#exchange, this.#build(method, url, options));
  }

  /**
   * A request for `client`, in order: authenticated (single-flight), the client's `prepare` hook awaited, endpoint
   * resolved, request built, sent through the transport pipeline; on 401, one shared re-authentication and one more send.
   */
  async clientRequest<T = any>(client: BaseClient, method: string, url: string, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    const plugin = this.#requirePlugin();
    const verb = method.toUpperCase();
    await abortable(this.#auth!.ensure(), options.signal, verb, url);
    // `?.`: a client object shaped like a BaseClient without extending it (no prepare) is still accepted.
    await client.prepare?.({ method: verb, url, options });
    const generation = plugin.generation;
    try {
      return await this.#routed(client, verb, url, options, plugin);
    } catch (error) {
      if (!(error instanceof Unauthorized)) throw error;
      await this.#reauthenticate(generation, error, options.signal);
      return await this.#routed(client, verb, url, options, plugin).catch(explainSecondUnauthorized);
    }
  }

  /**
   * Adds a listener, for metrics and tracing: it sees redacted views and cannot change or break a request (what it
   * throws is logged at debug level). Events: `request`, `response`, `retry`, `error`, `circuit`.
   * @example http.on('response', ({ exchange }) => histogram.observe(exchange.elapsed));
   */
  on<E extends HttpEventName>(event: E, listener: HttpListener<E>): this {
    this.#observers.events.on(event, listener);
    return this;
  }

  /** Removes a listener added with {@link HTTPClient.on}. */
  off<E extends HttpEventName>(event: E, listener: HttpListener<E>): this {
    this.#observers.events.off(event, listener);
    return this;
  }

  /**
   * Uploads `source` (a Buffer, a Readable, or `{ file }`) as `application/octet-stream`, streamed, with progress.
   * @example await http.upload({ serviceType: 'image', path: `/v2/images/${id}/file` }, { file: 'disk.qcow2' }, { onProgress });
   */
  upload(target: TransferTarget, source: UploadSource, options?: UploadOptions): Promise<HttpResponse> {
    return upload(this.#targetRequest, target, source, options);
  }

  /**
   * Streams a GET response to a Writable or `{ file }`: progress, `range`, resumption after a break, checksums checked.
   * @example const { bytes } = await http.download({ serviceType: 'image', path: `/v2/images/${id}/file` }, { file: 'disk.qcow2' });
   */
  download(target: TransferTarget, to: DownloadDestination, options?: DownloadOptions): Promise<DownloadResult> {
    return download(this.#targetRequest, target, to, options);
  }

  /**
   * The server-sent events of a `text/event-stream` response, as an async iterator; leaving the loop closes the connection.
   * @example for await (const { event, data } of http.events({ serviceType: 'ai', path: '/v1/chat' })) console.log(event, data);
   */
  events(target: TransferTarget, options?: ServerSentEventsOptions): AsyncGenerator<ServerSentEvent> {
    return serverSentEvents(this.#targetRequest, target, options);
  }

  /** Sends fields and files as `multipart/form-data`, streamed (files are read from disk as the form is sent). */
  uploadForm(target: TransferTarget, fields: FormFields, options?: FormUploadOptions): Promise<HttpResponse> {
    return uploadForm(this.#targetRequest, target, fields, options);
  }

  /** An initiate / upload-part / complete upload: parts checksummed, sent with bounded concurrency, each retried alone. */
  multipartUpload<T = unknown>(source: UploadSource, options: MultipartUploadOptions<T>): Promise<MultipartUploadResult<T>> {
    return multipartUpload(this.#targetRequest, source, options);
  }

  /** The endpoint URL `client` resolves to (override, else catalog), authenticating first when needed. */
  async endpointFor(client: BaseClient): Promise<string> {
    await this.authenticate();
    return this.#resolver.endpointFor(client);
  }

  /**
   * Authenticate now (from the keyring cache when it holds valid state).
   * `fresh`: ask the identity service for a new token even when one is held or cached (as `openstack token issue`
   * does), and cache it.
   */
  async authenticate(options: { fresh?: boolean } = {}): Promise<void> {
    const plugin = this.#requirePlugin();
    if (options.fresh) {
      plugin.invalidate();
      this.#keyring?.skipNextLoad();
    }
    await this.#auth!.ensure();
  }

  /** Revoke the session's token at the identity service and forget it (keyring included). */
  async revoke(): Promise<void> {
    const plugin = this.#requirePlugin();
    if (!plugin.revoke) throw new TypeError(`Auth plugin ${plugin.name} cannot revoke tokens`);
    await plugin.revoke(this.#authContext());
    plugin.invalidate();
    await this.#keyring?.forget();
  }

  getTimings(): TimingRecord[] {
    return this.#timings?.list() ?? [];
  }

  resetTimings(): void {
    this.#timings?.reset();
  }

  /** Close idle keep-alive sockets, and the connection of a token store the session made from a URL (`redis://…`). */
  close(): void {
    this.#transport.close();
    this.#observers.accessLog?.close();
    void this.#keyring?.close();
  }

  /** One request of a transfer: an absolute URL goes unauthenticated, a client or service target through clientRequest. */
  readonly #targetRequest = (method: string, target: TransferTarget, options: RequestOptions): Promise<HttpResponse> => {
    if (typeof target === 'string') return this.request(method, target, options);
    if ('client' in target) return this.clientRequest(target.client, method, target.path ?? '', options);
    return this.clientRequest(serviceConsumer(target) as unknown as BaseClient, method, target.path ?? '', options);
  };

  #requirePlugin(): AuthPlugin {
    if (!this.authPlugin) throw new TypeError('This HTTPClient has no authPlugin; pass one, or use request() for unauthenticated calls');
    return this.authPlugin;
  }

  /** To the client's endpoint, or through the circuit breaker (which may pick the backup endpoint). */
  #routed(client: BaseClient, method: string, url: string, options: RequestOptions, plugin: AuthPlugin): Promise<HttpResponse> {
    const endpoint = this.#resolver.endpointFor(client);
    if (!this.#router) return this.#sendFor(client, method, endpoint, url, options, plugin);
    const start = Date.now();
    return this.#router.run(client, endpoint, method, url, (chosen, chosenUrl) => this.#sendFor(client, method, chosen, chosenUrl, options, plugin))
      .catch((error: unknown) => {
        if (error instanceof CircuitOpen) this.#observers.circuitRefused(error, Date.now() - start);
        throw error;
      });
  }

  #sendFor(client: BaseClient, method: string, endpoint: string, url: string, options: RequestOptions, plugin: AuthPlugin): Promise<HttpResponse> {
    const headers = { ...client.defaultHeaders(), ...options.headers };
    const req = this.#build(method, HTTPClient.concatUrl(endpoint, url), { ...options, headers }, plugin);
    return send(this.#exchange, { ...req, hooks: mergeHooks(this.#options.hooks, client.hooks) });
  }

  /** The one shared re-authentication after `unauthorized`; its failure is the caller's ReauthenticationFailed. */
  async #reauthenticate(generation: number, unauthorized: Unauthorized, signal: AbortSignal | undefined): Promise<void> {
    try {
      await abortable(this.#auth!.afterUnauthorized(generation), signal, unauthorized.method, unauthorized.url);
    } catch (authError) {
      if (authError instanceof RequestAborted) throw authError;
      const message = `${unauthorized.method} ${unauthorized.url} got 401 and re-authentication failed: ${(authError as Error).message}`;
      throw new ReauthenticationFailed(message, { cause: authError });
    }
    this.#resolver.forget(this.#clients);
  }

  #build(method: string, url: string, options: RequestOptions & Pick<AuthHttpRequest, 'onCrossOriginRedirect'>, plugin?: AuthPlugin) {
    const defaults = { userAgent: this.userAgent, originalIp: this.#options.originalIp, retry: this.#options.retry };
    const req = buildRequest(method, url, options, defaults, plugin ? (r) => plugin.authorize(r) : undefined);
    return { ...req, hooks: this.#options.hooks, observers: this.#observers };
  }

  async #runAuthentication(reason: AuthReason): Promise<void> {
    const plugin = this.authPlugin!;
    const run = async () => {
      this.#observers.authLog(`authenticating with ${plugin.name} (${reason})`);
      await plugin.authenticate(this.#authContext());
    };
    await (this.#keyring ? this.#keyring.authenticate(reason, run) : run());
  }

  /** The plugin's narrow context; auth answers teach the session Keystone's clock (token expiry is in its time). */
  #authContext(): AuthContext {
    return {
      request: async (req: AuthHttpRequest) => {
        const options = { json: req.json, headers: req.headers, signal: req.signal, idempotent: true, onCrossOriginRedirect: req.onCrossOriginRedirect };
        const res = await send(this.#exchange, this.#build(req.method, req.url, options));
        this.#serverClock.observe(res.headers);
        return res;
      },
      log: (message: string) => this.#observers.authLog(message),
    };
  }
}

/** A second 401, with a fresh token, means no access rather than a stale token. */
function explainSecondUnauthorized(error: unknown): never {
  if (error instanceof Unauthorized) throw new UnauthorizedAfterReauth(error);
  throw error;
}

/** Wait for `promise` unless `signal` aborts first; the shared work goes on for the other waiters. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, method: string, url: string): Promise<T> {
  if (!signal) return promise;
  const aborted = () => new RequestAborted({ method, url: redactUrl(url), cause: signal.reason });
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e) => { signal.removeEventListener('abort', onAbort); reject(e); },
    );
  });
}
