import http from 'node:http';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import got, { RequestError, type Got } from 'got';
import {
  ConnectionError, ConnectionRefused, ConnectionReset, ConnectTimeout, DnsLookupFailed, ReadTimeout,
  RequestAborted, TlsError,
} from '../errors/transport-errors.js';
import { redactUrl } from '../log/redact.js';
import type { RequestTimings } from '../timings.js';

/** Connect and read timeouts in milliseconds; a number sets both. */
export type TimeoutSetting = number | { connect?: number; read?: number };

/** TLS, certificate, proxy and timeout options of the transport. */
export interface TransportOptions {
  /** false: do not verify TLS certificates; a string: path of a CA bundle. @default true */
  verify?: boolean | string;
  /** A client certificate: a PEM path holding cert and key, or separate paths. */
  cert?: string | { cert: string; key: string };
  /** @default { connect: 10_000, read: 60_000 } */
  timeout?: TimeoutSetting;
}

export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal;
  timeout?: TimeoutSetting;
}

export interface TransportResponse {
  status: number;
  statusMessage: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
  url: string;
  /** got's timings, as our own type (got's types stay out of the public declarations). */
  timings: RequestTimings;
}

const DEFAULT_TIMEOUT = { connect: 10_000, read: 60_000 };

/** got with our defaults: one keep-alive agent per session, no retries (lib/retry owns them), no redirects. */
export class Transport {
  readonly #got: Got;
  readonly #agents: { http: http.Agent; https: https.Agent };
  readonly #timeout: { connect: number; read: number };

  constructor(options: TransportOptions = {}) {
    this.#agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
    this.#timeout = resolveTimeout(options.timeout, DEFAULT_TIMEOUT);
    this.#got = got.extend({
      agent: this.#agents,
      retry: { limit: 0 },
      followRedirect: false,
      throwHttpErrors: false,
      decompress: true,
      responseType: 'buffer',
      https: tlsOptions(options),
    });
  }

  get insecure(): boolean {
    return this.#got.defaults.options.https.rejectUnauthorized === false;
  }

  async send(req: TransportRequest): Promise<TransportResponse> {
    const t = req.timeout === undefined ? this.#timeout : resolveTimeout(req.timeout, this.#timeout);
    try {
      const res = await this.#got(req.url, {
        method: req.method as 'GET',
        headers: req.headers,
        body: req.body,
        signal: req.signal,
        timeout: { lookup: t.connect, connect: t.connect, secureConnect: t.connect, response: t.read, socket: t.read },
      });
      return {
        status: res.statusCode,
        statusMessage: res.statusMessage ?? '',
        headers: res.headers,
        rawBody: res.rawBody,
        url: res.url,
        timings: res.timings,
      };
    } catch (error) {
      throw toTransportError(error, req, t);
    }
  }

  /** Close idle keep-alive sockets; the session stays usable. */
  close(): void {
    this.#agents.http.destroy();
    this.#agents.https.destroy();
  }
}

function resolveTimeout(value: TimeoutSetting | undefined, base: { connect: number; read: number }) {
  if (value === undefined) return { ...base };
  if (typeof value === 'number') return { connect: value, read: value };
  return { connect: value.connect ?? base.connect, read: value.read ?? base.read };
}

function tlsOptions(options: TransportOptions) {
  const tls: { rejectUnauthorized?: boolean; certificateAuthority?: Buffer; certificate?: Buffer; key?: Buffer } = {};
  if (options.verify === false) tls.rejectUnauthorized = false;
  if (typeof options.verify === 'string') tls.certificateAuthority = readFileSync(options.verify);
  if (typeof options.cert === 'string') {
    tls.certificate = readFileSync(options.cert);
    tls.key = tls.certificate;
  } else if (options.cert) {
    tls.certificate = readFileSync(options.cert.cert);
    tls.key = readFileSync(options.cert.key);
  }
  return tls;
}

const TLS_CODES = /CERT|SSL|TLS|EPROTO|UNABLE_TO_VERIFY|SELF_SIGNED|DEPTH_ZERO/;

/** Map got's errors to ours, with messages built from the redacted URL only. */
export function toTransportError(error: unknown, req: TransportRequest, t: { connect: number; read: number }): Error {
  if (!(error instanceof RequestError)) return error instanceof Error ? error : new Error(String(error));
  const url = redactUrl(req.url);
  const where = `${req.method} ${url}`;
  const code = error.code;
  const connected = error.timings?.connect !== undefined;
  const base = { method: req.method, url, errno: code, cause: error };
  if (error.name === 'AbortError' || code === 'ERR_ABORTED') return new RequestAborted({ method: req.method, url, cause: error });
  if (error.name === 'TimeoutError') {
    const event = (error as RequestError & { event?: string }).event ?? '';
    const beforeConnect = ['lookup', 'connect', 'secureConnect'].includes(event) || (event === 'socket' && !connected);
    const err = beforeConnect
      ? new ConnectTimeout(`${where}: no connection within ${t.connect} ms (${event} timeout); check that the host is reachable`, { ...base, beforeSend: true })
      : new ReadTimeout(`${where}: no response within ${t.read} ms (${event} timeout); the service may be overloaded, or raise the read timeout`, base);
    err.phase = event;
    err.timeoutMs = beforeConnect ? t.connect : t.read;
    return err;
  }
  if (code === 'ECONNREFUSED') return new ConnectionRefused(`${where}: connection refused; check that the service is running and the URL and port are right`, { ...base, beforeSend: true });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new DnsLookupFailed(`${where}: the host name does not resolve (${code}); check the URL`, { ...base, beforeSend: true });
  if (TLS_CODES.test(code)) return new TlsError(`${where}: TLS failed (${code}); check the CA bundle (verify / --os-cacert) and the server certificate`, { ...base, beforeSend: true });
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE' || code.startsWith('HPE_')) {
    return new ConnectionReset(`${where}: the connection was closed before a complete response (${code}); the service or a proxy dropped it`, { ...base, beforeSend: !connected });
  }
  return new ConnectionError(`${where}: ${code || 'request failed'}; check the URL and the network`, { ...base, beforeSend: !connected });
}
