import type { ClientRequest, IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import type { ExtendOptions, Got } from 'got';
import { InvalidArgument } from '../errors/framework-errors.js';
import { ResponseTooLarge } from '../errors/response-errors.js';
import { redactUrl } from '../log/redact.js';
import { failedBeforeWriting, type PoolOptions } from './keep-alive-agents.js';
import { AgentRouter, type Agents } from './proxy-agents.js';
import { tlsOptions, type ClientCertificate } from './tls-options.js';
import type { TimingPhases } from '../timings.js';

/** Connect and read timeouts in milliseconds; a number sets both. */
export type TimeoutSetting = number | { connect?: number; read?: number };

/** TLS, certificate, proxy, pool and timeout options of the transport. */
export interface TransportOptions extends PoolOptions {
  /** false: do not verify TLS certificates; a string: path of a CA bundle. @default true */
  verify?: boolean | string;
  /** A client certificate: see {@link ClientCertificate}. */
  cert?: ClientCertificate;
  /**
   * A forward proxy URL (`http://user:password@host:port`) for every request, or false for none.
   * @default the environment: HTTPS_PROXY / HTTP_PROXY / ALL_PROXY and NO_PROXY, upper- or lower-case, per request URL
   */
  proxy?: string | false;
  /** Your own agents, used instead of the session's keep-alive pool (and of any proxy setting). */
  agent?: Agents;
  /** @default { connect: 10_000, read: 60_000 } */
  timeout?: TimeoutSetting;
  /**
   * The largest response body accepted, in bytes, counted after decompression as it arrives; past it the transfer
   * is aborted with ResponseTooLarge. A request's own `maxResponseBytes` wins; Infinity: no limit. @default 67_108_864 (64 MiB)
   */
  maxResponseBytes?: number;
}

/** One attempt of a request, as the session hands it to the transport: headers final (auth included), body encoded. */
export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** A Readable is sent as it comes (chunked unless the headers give a Content-Length) and cannot be sent twice. */
  body?: string | Buffer | Readable;
  signal?: AbortSignal;
  timeout?: TimeoutSetting;
  /** Overrides the session's maxResponseBytes for this request. */
  maxResponseBytes?: number;
  /** Called as the request body is written, with the bytes written so far. */
  onUploadProgress?: (transferred: number) => void;
}

/** A response whose body is left to the caller as a stream ({@link HttpTransport.open}); nothing of it is buffered. */
export interface TransportStream {
  status: number;
  statusMessage: string;
  headers: Record<string, string | string[] | undefined>;
  url: string;
  /** The body, decompressed; destroying it closes the connection. Fails with a typed error if the connection fails mid-body. */
  body: Readable;
  /** got's per-phase measurements (ms), complete once the body has ended. */
  timings(): { phases: TimingPhases };
}

/** What a transport returns for any status: the body undecoded (the session decodes JSON and raises errors for >= 400). */
export interface TransportResponse {
  status: number;
  statusMessage: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
  url: string;
  /** got's per-phase measurements (ms), in our own type: no got type leaves this module. */
  timings: { phases: TimingPhases };
}

const DEFAULT_TIMEOUT = { connect: 10_000, read: 60_000 };
/** 64 MiB: far above any API answer (a full Keystone catalog is well under 1 MiB), far below what kills node. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * What the session needs of a transport: the contract of stackclient's own got-based Transport, for users who bring their own (another
 * HTTP library, a recording double). The session's retry policy, auth, redirects, redaction, the curl log and the
 * timings all run around it: `send` makes one attempt of one request and resolves with any status (>= 400 included);
 * it rejects only when no response came, preferably with a ConnectionError subclass from stackclient's errors.
 * @example
 * const transport: HttpTransport = {
 *   insecure: false,
 *   close() {},
 *   async send(req) { ... return { status, statusMessage, headers, rawBody, url: req.url, timings: { phases: {} } }; },
 * };
 * const http = new HTTPClient({ transport, authPlugin });
 */
export interface HttpTransport {
  /** One attempt of `req`; redirects are not followed (the session follows them). */
  send(req: TransportRequest): Promise<TransportResponse>;
  /** Release pooled sockets; the session may still send afterwards. */
  close(): void;
  /** True when TLS certificates are not verified (the curl log then shows `--insecure`). */
  readonly insecure: boolean;
  /** The proxy a request to `url` goes through, credentials included (the curl log shows them redacted). */
  proxyFor?(url: string): string | undefined;
  /**
   * One attempt whose response body is streamed to the caller (downloads, server-sent events); resolves once the
   * headers have arrived, for any status. Without it, the session cannot stream responses through this transport.
   */
  open?(req: TransportRequest): Promise<TransportStream>;
}

let gotModule: Promise<typeof import('got')> | undefined;

/**
 * Starts loading got (a third of a CLI's start-up) without sending anything, so that a caller can overlap it with
 * other waiting (the token cache's scrypt check runs on libuv's pool meanwhile). The first request loads it anyway.
 */
export function preloadTransport(): Promise<void> {
  gotModule ??= import('got');
  return gotModule.then(() => undefined);
}

/** got with our defaults: one keep-alive agent per session, no retries (lib/retry owns them), no redirects. */
export class Transport implements HttpTransport {
  #got: Got | undefined;
  readonly #gotOptions: ExtendOptions;
  readonly #insecure: boolean;
  readonly #agents: AgentRouter;
  readonly #timeout: { connect: number; read: number };
  readonly #maxResponseBytes: number;

  constructor(options: TransportOptions = {}) {
    const https = tlsOptions(options);
    this.#maxResponseBytes = checkLimit(options.maxResponseBytes, 'maxResponseBytes') ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.#timeout = resolveTimeout(options.timeout, DEFAULT_TIMEOUT);
    this.#agents = new AgentRouter({ ...options, connectTimeout: this.#timeout.connect });
    this.#insecure = https.rejectUnauthorized === false;
    this.#gotOptions = {
      retry: { limit: 0 },
      followRedirect: false,
      throwHttpErrors: false,
      decompress: true,
      responseType: 'buffer',
      https,
    };
  }

  get insecure(): boolean {
    return this.#insecure;
  }

  /** The proxy a request to `url` goes through (from the `proxy` option or the environment), or undefined. */
  proxyFor(url: string): string | undefined {
    return this.#agents.proxyFor(url);
  }

  /**
   * One request. Sent a second time only when it failed on a reused keep-alive socket that the server had closed
   * before a byte of it was written (see keep-alive-agents.ts): then the server cannot have seen it, whatever the method.
   */
  async send(req: TransportRequest): Promise<TransportResponse> {
    const t = req.timeout === undefined ? this.#timeout : resolveTimeout(req.timeout, this.#timeout);
    const limit = checkLimit(req.maxResponseBytes, 'maxResponseBytes') ?? this.#maxResponseBytes;
    try {
      return await this.#attempt(req, t, limit);
    } catch (error) {
      if (!(error instanceof Unsent)) throw error;
    }
    return this.#attempt(req, t, limit, true);
  }

  async #attempt(req: TransportRequest, t: { connect: number; read: number }, limit: number, isResend = false): Promise<TransportResponse> {
    let clientRequest: ClientRequest | undefined;
    let tooLarge: ResponseTooLarge | undefined;
    const promise = (await this.#loadGot())(req.url, this.#requestOptions(req, t));
    let status: number | undefined;
    let contentEncoding: string | undefined;
    const stop = (declared?: number) => {
      tooLarge ??= new ResponseTooLarge({
        method: req.method, url: redactUrl(req.url), limit, ...(status === undefined ? {} : { status }), ...(declared === undefined ? {} : { declared }),
      });
      promise.cancel();
    };
    promise.on('request', (r: ClientRequest) => {
      clientRequest = r;
      // got's own 'response' event comes after the whole body; the native one comes with the headers.
      r.once('response', (res: IncomingMessage) => {
        status = res.statusCode;
        contentEncoding = res.headers['content-encoding'];
        const declared = Number(res.headers['content-length']);
        if (req.method.toUpperCase() !== 'HEAD' && !res.headers['content-encoding'] && declared > limit) stop(declared);
      });
    });
    promise.on('downloadProgress', ({ transferred }: { transferred: number }) => {
      if (transferred > limit) stop();
    });
    const onUpload = req.onUploadProgress;
    if (onUpload) promise.on('uploadProgress', ({ transferred }: { transferred: number }) => onUpload(transferred));
    try {
      const res = await promise;
      return {
        status: res.statusCode,
        statusMessage: res.statusMessage ?? '',
        headers: res.headers,
        rawBody: res.rawBody,
        url: res.url,
        timings: res.timings,
      };
    } catch (error) {
      if (tooLarge) throw tooLarge;
      // A stream body may have been read into got's buffers already: the session re-opens it instead, if it can.
      const streamed = typeof (req.body as Readable | undefined)?.pipe === 'function';
      if (!isResend && !streamed && !req.signal?.aborted && failedBeforeWriting(clientRequest)) throw new Unsent();
      const proxy = this.proxyFor(req.url);
      const { toTransportError } = await import('./transport-error-map.js');
      throw toTransportError(error, req, t, { ...(contentEncoding === undefined ? {} : { contentEncoding }), ...(proxy === undefined ? {} : { proxy }) });
    }
  }

  /**
   * One request whose body comes back as a stream: resolves at the response headers. The limit is the request's own
   * `maxResponseBytes` only (nothing is held in memory, so the session's limit does not apply); the stream fails
   * with ResponseTooLarge past it, and with the mapped transport error when the connection fails mid-body.
   */
  async open(req: TransportRequest): Promise<TransportStream> {
    const t = req.timeout === undefined ? this.#timeout : resolveTimeout(req.timeout, this.#timeout);
    const limit = checkLimit(req.maxResponseBytes, 'maxResponseBytes') ?? Infinity;
    const { toTransportError } = await import('./transport-error-map.js');
    const source = (await this.#loadGot()).stream(req.url, this.#requestOptions(req, t));
    const proxy = this.proxyFor(req.url);
    const mapped = (error: unknown) => toTransportError(error, req, t, proxy === undefined ? {} : { proxy });
    const onUpload = req.onUploadProgress;
    if (onUpload) source.on('uploadProgress', ({ transferred }: { transferred: number }) => onUpload(transferred));
    return new Promise((resolve, reject) => {
      source.once('error', (error) => reject(mapped(error)));
      source.once('response', (res: IncomingMessage & { url: string }) => {
        const body = new PassThrough();
        let received = 0;
        if (limit !== Infinity) {
          source.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received > limit) body.destroy(new ResponseTooLarge({ method: req.method, url: redactUrl(req.url), limit, status: res.statusCode ?? 0 }));
          });
        }
        source.on('error', (error) => body.destroy(mapped(error)));
        source.pipe(body);
        // The consumer stopped reading (break, return, abort, an error): the connection goes with it.
        body.once('close', () => { if (!source.destroyed) source.destroy(); });
        resolve({
          status: res.statusCode ?? 0, statusMessage: res.statusMessage ?? '', headers: res.headers, url: res.url, body,
          timings: () => ({ phases: { ...source.timings?.phases } }),
        });
      });
    });
  }

  #requestOptions(req: TransportRequest, t: { connect: number; read: number }) {
    return {
      method: req.method as 'GET',
      headers: req.headers,
      body: req.body,
      signal: req.signal,
      agent: this.#agents.agentsFor(req.url),
      timeout: { lookup: t.connect, connect: t.connect, secureConnect: t.connect, response: t.read, socket: t.read },
    };
  }

  /** got is loaded with the first request: `--help`, usage errors and config errors never pay for it. */
  async #loadGot(): Promise<Got> {
    this.#got ??= (await (gotModule ??= import('got'))).default.extend(this.#gotOptions);
    return this.#got;
  }

  /** Close idle keep-alive sockets; the session stays usable. */
  close(): void {
    this.#agents.close();
  }
}

/** `value` when it has the {@link HttpTransport} shape; else an InvalidArgument naming what is missing. */
export function checkTransport(value: unknown): HttpTransport {
  const t = value as Partial<HttpTransport> | null;
  const missing = typeof t !== 'object' || t === null ? ['send', 'close', 'insecure']
    : [typeof t.send === 'function' ? '' : 'send', typeof t.close === 'function' ? '' : 'close', typeof t.insecure === 'boolean' ? '' : 'insecure']
      .filter(Boolean);
  if (missing.length) throw new InvalidArgument('transport', `transport must have send(req), close() and insecure (boolean); it lacks ${missing.join(', ')}`);
  return value as HttpTransport;
}

/** Internal: the attempt provably sent nothing on a stale pooled socket. */
class Unsent extends Error {}

function checkLimit(value: unknown, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (value === Infinity) return value;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new InvalidArgument(option, `${option} must be a positive whole number of bytes (or Infinity), not ${JSON.stringify(value)}`);
  }
  return value;
}

function resolveTimeout(value: TimeoutSetting | undefined, base: { connect: number; read: number }) {
  if (value === undefined) return { ...base };
  if (typeof value === 'number') return { connect: value, read: value };
  return { connect: value.connect ?? base.connect, read: value.read ?? base.read };
}
