import type { AuthContext, AuthHttpRequest, AuthPlugin, EndpointInterfaceInput } from '../auth-plugin.js';
import type { BaseClient } from '../base-client.js';
import { isHttpError, Unauthorized } from '../errors/http-errors.js';
import { ReauthenticationFailed } from '../errors/framework-errors.js';
import { RequestAborted } from '../errors/transport-errors.js';
import { exchange, type ExchangeContext } from '../transport/exchange.js';
import { createHttpLog } from '../log/http-log.js';
import { createLogger } from '../log/logger.js';
import { redactUrl } from '../log/redact.js';
import { appendQuery, type HttpResponse, type RequestOptions } from '../transport/request-options.js';
import { withRetry, type RetryOptions } from '../transport/retry.js';
import { AuthSingleFlight } from './single-flight.js';
import { TimingRecorder, type TimingRecord } from '../timings.js';
import { Transport, type TimeoutSetting } from '../transport/transport.js';
import { VERSION } from '../version.js';
import { SessionKeyring, type KeyringOption } from './keyring.js';

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
  cert?: string | { cert: string; key: string };
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
}

const RESERVED = new Set(['request', 'clientRequest', 'authenticate', 'addClient', 'getTimings', 'resetTimings', 'revoke', 'close', 'authPlugin', 'clients']);

/**
 * The one authenticated session that many service clients share.
 * @example
 * const http = new HTTPClient({ authPlugin: new V3Password({ authUrl, username, password, projectName, userDomainName: 'Default', projectDomainName: 'Default' }) });
 * new ComputeV2Client(http); new IdentityV3Client(http);
 * const servers = await http.compute!.servers.list();
 */
export class HTTPClient {
  readonly authPlugin: AuthPlugin | undefined;
  readonly regionName: string | undefined;
  readonly endpointType: EndpointInterfaceInput;
  readonly userAgent: string;
  readonly #options: HTTPClientOptions;
  readonly #transport: Transport;
  readonly #exchange: ExchangeContext;
  readonly #timings: TimingRecorder | undefined;
  readonly #clients = new Set<BaseClient>();
  readonly #auth: AuthSingleFlight | undefined;
  readonly #keyring: SessionKeyring | undefined;
  readonly #authLog = createLogger('auth');

  constructor(options: HTTPClientOptions = {}) {
    this.#options = options;
    this.authPlugin = options.authPlugin;
    this.regionName = options.regionName;
    this.endpointType = options.endpointType ?? 'public';
    this.userAgent = options.userAgent ? `${options.userAgent} stackclient/${VERSION}` : `stackclient/${VERSION}`;
    this.#transport = new Transport(options);
    const limit = typeof options.timings === 'object' ? options.timings.limit : 1000;
    this.#timings = options.timings ? new TimingRecorder(limit) : undefined;
    this.#exchange = { transport: this.#transport, log: createHttpLog({ debug: options.debug }), timings: this.#timings, maxRedirects: options.maxRedirects ?? 5 };
    if (options.keyring && options.authPlugin) this.#keyring = new SessionKeyring(options.keyring, options.authPlugin);
    if (options.authPlugin) this.#auth = new AuthSingleFlight(options.authPlugin, (reason) => this.#runAuthentication(reason));
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

  get clients(): readonly BaseClient[] {
    return [...this.#clients];
  }

  /** An unauthenticated request to an absolute URL. */
  async request<T = any>(method: string, url: string, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    return this.#send(method.toUpperCase(), url, options, undefined);
  }

  /** A request for `client`: authenticated, relative to the client's endpoint, re-authenticated once on 401. */
  async clientRequest<T = any>(client: BaseClient, method: string, url: string, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    const plugin = this.#requirePlugin();
    const verb = method.toUpperCase();
    await abortable(this.#auth!.ensure(), options.signal, verb, url);
    const generation = plugin.generation;
    const headers = { ...client.defaultHeaders(), ...options.headers };
    try {
      return await this.#send(verb, HTTPClient.concatUrl(this.#endpointOf(client), url), { ...options, headers }, plugin);
    } catch (error) {
      if (!(error instanceof Unauthorized)) throw error;
      try {
        await abortable(this.#auth!.afterUnauthorized(generation), options.signal, verb, url);
      } catch (authError) {
        if (authError instanceof RequestAborted) throw authError;
        throw new ReauthenticationFailed(`${verb} ${error.url} got 401 and re-authentication failed: ${(authError as Error).message}`, { cause: authError });
      }
      this.#clearEndpoints();
      try {
        return await this.#send(verb, HTTPClient.concatUrl(this.#endpointOf(client), url), { ...options, headers }, plugin);
      } catch (second) {
        if (second instanceof Unauthorized) {
          second.message = `${second.message}; a freshly issued token was refused too, so the user lacks access to this service or project`;
        }
        throw second;
      }
    }
  }

  /** Authenticate now (from the keyring cache when it holds valid state). */
  async authenticate(): Promise<void> {
    this.#requirePlugin();
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

  /** Close idle keep-alive sockets. */
  close(): void {
    this.#transport.close();
  }

  #requirePlugin(): AuthPlugin {
    if (!this.authPlugin) throw new TypeError('This HTTPClient has no authPlugin; pass one, or use request() for unauthenticated calls');
    return this.authPlugin;
  }

  #endpointOf(client: BaseClient): string {
    if (client.cachedEndpoint) return client.cachedEndpoint;
    const endpoint = client.endpointOverride ?? this.#requirePlugin().getEndpoint({
      serviceType: client.serviceType,
      interface: client.endpointType ?? this.endpointType,
      ...((client.regionName ?? this.regionName) ? { regionName: client.regionName ?? this.regionName } : {}),
      ...(client.serviceName ? { serviceName: client.serviceName } : {}),
    });
    client.cachedEndpoint = endpoint;
    return endpoint;
  }

  #clearEndpoints(): void {
    for (const c of this.#clients) c.cachedEndpoint = undefined;
  }

  async #runAuthentication(reason: 'initial' | 'unauthorized'): Promise<void> {
    const plugin = this.authPlugin!;
    if (reason === 'initial' && this.#keyring && (await this.#keyring.load())) return;
    if (reason === 'unauthorized') await this.#keyring?.forget();
    this.#authLog(`authenticating with ${plugin.name} (${reason})`);
    await plugin.authenticate(this.#authContext());
    await this.#keyring?.save();
  }

  #authContext(): AuthContext {
    return {
      request: (req: AuthHttpRequest) => this.#send(req.method.toUpperCase(), req.url, { json: req.json, headers: req.headers, signal: req.signal, idempotent: true }, undefined),
      log: (message: string) => this.#authLog(message),
    };
  }

  async #send(method: string, url: string, options: RequestOptions, plugin: AuthPlugin | undefined): Promise<HttpResponse> {
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': this.userAgent };
    if (this.#options.originalIp) headers.Forwarded = `for=${this.#options.originalIp};by=${this.userAgent}`;
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['Content-Type'] = 'application/json';
    }
    Object.assign(headers, options.headers);
    const target = appendQuery(url, options.query);
    const authorize = plugin ? (req: Parameters<AuthPlugin['authorize']>[0]) => plugin.authorize(req) : undefined;
    const retry = options.retry === undefined ? this.#options.retry : options.retry;
    const log = this.#exchange.log;
    const signal = options.signal;
    if (signal?.aborted) throw new RequestAborted({ method, url: redactUrl(target), cause: signal.reason });
    return withRetry(method, () => exchange(this.#exchange, {
      method, url: target, headers, body, signal: options.signal, timeout: options.timeout, logBody: options.logBody ?? true, authorize,
    }), retry === false ? false : { ...this.#options.retry, ...retry }, {
      signal: options.signal,
      ...(options.idempotent === undefined ? {} : { idempotent: options.idempotent }),
      onRetry: (s) => { if (log.enabled) log.note(`retrying ${method} ${redactUrl(target)} after ${describe(s.error)} (attempt ${s.attempt + 1})`); },
    }).catch((error: unknown) => {
      if (signal?.aborted && !(error instanceof RequestAborted)) throw new RequestAborted({ method, url: redactUrl(target), cause: error });
      throw error;
    });
  }
}

function describe(error: Error): string {
  return isHttpError(error) ? `HTTP ${error.status}` : (error as { code?: string }).code ?? error.name;
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
