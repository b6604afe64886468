import { RequestError } from 'got';
import { defineHidden } from '../errors/client-error.js';
import { InvalidArgument } from '../errors/framework-errors.js';
import { ProxyAuthenticationRequired } from '../errors/http-errors.js';
import { ProtocolError } from '../errors/response-errors.js';
import {
  ConnectionError, ConnectionRefused, ConnectionReset, ConnectTimeout, DnsLookupFailed, ReadTimeout, RequestAborted, TlsError,
} from '../errors/transport-errors.js';
import { shownProxy } from '../log/proxy-url.js';
import { redactUrl } from '../log/redact.js';
import { ProxyTunnelFailed } from './proxy-agents.js';
import { sanitizeCause } from './sanitized-cause.js';

const TLS_CODES = /CERT|SSL|TLS|EPROTO|UNABLE_TO_VERIFY|SELF_SIGNED|DEPTH_ZERO/;
// The server wanted a client certificate, or refused the one sent (TLS alerts 116, 42, 40, 48, 49).
const CLIENT_CERT_CODES = /CERTIFICATE_REQUIRED|BAD_CERTIFICATE|HANDSHAKE_FAILURE|UNKNOWN_CA|ACCESS_DENIED|CERTIFICATE_UNKNOWN/;
const DECODING_CODES = /^(Z_|ERR_ZLIB|ERR_BROTLI|ERR__ERROR_FORMAT|ERR_ZSTD)/;

const PARSER_HINTS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: 'the response headers are larger than node accepts (16 KiB; --max-http-header-size)',
  HPE_INVALID_CHUNK_SIZE: 'a chunk of the chunked body has an invalid size',
  HPE_INVALID_HEADER_TOKEN: 'a response header has an invalid name or value',
};

/**
 * got's error as ours. The message is built from the redacted URL only, and the cause is a SanitizedCause:
 * got's RequestError (its options hold the request's headers and body) never leaves this function.
 */
export function toTransportError(
  error: unknown, req: { method: string; url: string }, t: { connect: number; read: number }, seen: TransportSeen = {},
): Error {
  if (!(error instanceof RequestError)) {
    if (error instanceof Error && (error as { isStackClientError?: boolean }).isStackClientError) return error;
    const what = error instanceof Error ? error.name : 'request failed';
    return new ConnectionError(`${req.method} ${redactUrl(req.url)}: ${what}; check the URL and the network`, {
      method: req.method, url: redactUrl(req.url), cause: sanitizeCause(error),
    });
  }
  const mapped = mapRequestError(error, req, t, seen);
  if (error.timings) defineHidden(mapped, 'timings', error.timings);
  return mapped;
}

/** What the transport saw of the exchange, for the message. */
export interface TransportSeen {
  contentEncoding?: string;
  /** The proxy the request went through (credentials are redacted here). */
  proxy?: string;
}

function mapRequestError(error: RequestError, req: { method: string; url: string }, t: { connect: number; read: number }, seen: TransportSeen): Error {
  const url = redactUrl(req.url);
  const where = `${req.method} ${url}${seen.proxy === undefined ? '' : ` (via proxy ${shownProxy(seen.proxy)})`}`;
  const code = error.code;
  const connected = error.timings?.connect !== undefined;
  const cause = sanitizeCause(error);
  const base = { method: req.method, url, errno: code, cause };
  const unsent = { ...base, beforeSend: true };
  if (error.cause instanceof ProxyTunnelFailed) return proxyError(error.cause, req.method, url, where, t, unsent);
  if (error.name === 'AbortError' || code === 'ERR_ABORTED') return new RequestAborted({ method: req.method, url, cause });
  if (error.name === 'TimeoutError') {
    const event = (error as RequestError & { event?: string }).event ?? '';
    const beforeConnect = ['lookup', 'connect', 'secureConnect'].includes(event) || (event === 'socket' && !connected);
    const err = beforeConnect
      ? new ConnectTimeout(`${where}: no connection within ${t.connect} ms (${event} timeout); check that the host is reachable`, unsent)
      : new ReadTimeout(`${where}: no response within ${t.read} ms (${event} timeout); the service may be overloaded, or raise the read timeout`, base);
    err.phase = event;
    err.timeoutMs = beforeConnect ? t.connect : t.read;
    return err;
  }
  if (code === 'ECONNREFUSED') {
    return new ConnectionRefused(`${where}: connection refused; check that the service is running and the URL and port are right`, unsent);
  }
  if (code === 'ENOTFOUND') {
    return new DnsLookupFailed(`${where}: the host name ${hostOf(req.url)} does not exist (ENOTFOUND); check the host in the URL or the catalog`, unsent);
  }
  if (code === 'EAI_AGAIN') {
    return new DnsLookupFailed(`${where}: the DNS server did not answer for ${hostOf(req.url)} (EAI_AGAIN); check the resolver, or retry`, unsent);
  }
  if (CLIENT_CERT_CODES.test(code)) {
    return new TlsError(`${where}: TLS failed (${code}): the server wants a client certificate it accepts; `
      + 'check cert / --os-cert and --os-key', unsent);
  }
  if (TLS_CODES.test(code)) {
    return new TlsError(`${where}: TLS failed (${code}); check the CA bundle (verify / --os-cacert) and the server certificate`, unsent);
  }
  if (code.startsWith('HPE_')) {
    const reason = PARSER_HINTS[code] ?? (error.cause as { reason?: string } | undefined)?.reason ?? 'the response is not valid HTTP';
    return new ProtocolError(`${where}: the response is not valid HTTP (${code}: ${reason}); `
      + 'the service or a proxy in front of it sent a malformed answer', base);
  }
  if (DECODING_CODES.test(code)) {
    const encoding = seen.contentEncoding !== undefined && /^[\w.,\s-]{1,40}$/.test(seen.contentEncoding) ? seen.contentEncoding : 'its Content-Encoding';
    return new ProtocolError(`${where}: the response body failed decompression (${encoding}, ${code}); `
      + 'the service or a proxy corrupted the compressed body', base);
  }
  if (/method cannot be used with a body/.test(error.message)) {
    return new InvalidArgument('body', `${where}: a ${req.method} request cannot carry a body; `
      + 'send the data as query parameters, or use POST or PUT');
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new ConnectionReset(`${where}: the connection was closed before a complete response (${code}); the service or a proxy dropped it`, {
      ...base, beforeSend: !connected,
    });
  }
  return new ConnectionError(`${where}: ${code || 'request failed'}; check the URL and the network`, { ...base, beforeSend: !connected });
}

/** A CONNECT the proxy refused: 407 is ProxyAuthenticationRequired, anything else a ConnectionError; no answer: ConnectTimeout. */
function proxyError(
  failure: ProxyTunnelFailed, method: string, url: string, where: string, t: { connect: number }, unsent: { method: string; url: string; cause: unknown },
): Error {
  if (failure.code === 'ERR_PROXY_TIMEOUT') {
    const err = new ConnectTimeout(`${where}: the proxy did not open a tunnel within ${t.connect} ms; check the proxy's address and health`, unsent);
    err.phase = 'connect';
    err.timeoutMs = t.connect;
    return err;
  }
  // Only the proxy answers a CONNECT: its 401 (tinyproxy's answer to a wrong password) means the same as its 407.
  if (failure.status === 407 || failure.status === 401) {
    const refused = failure.status === 407 ? 'asked for credentials or refused them' : 'refused the credentials (HTTP 401 to CONNECT)';
    return new ProxyAuthenticationRequired({ status: 407, method, url, cause: unsent.cause }, `${where} failed with HTTP 407 from the proxy: `
      + `it ${refused}; check the user and password in the proxy URL (proxy option, clouds.yaml proxy, or HTTPS_PROXY / HTTP_PROXY)`);
  }
  return new ConnectionError(`${where}: the proxy refused the tunnel with HTTP ${failure.status}; check the proxy's access rules, `
    + 'or bypass it for this host with NO_PROXY', { ...unsent, beforeSend: true });
}

function hostOf(url: string): string {
  try {
    return JSON.stringify(new URL(url).hostname);
  } catch {
    return 'of the URL';
  }
}
