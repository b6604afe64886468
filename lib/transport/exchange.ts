import type { RequestToAuthorize } from '../auth-plugin.js';
import { fromResponse } from '../errors/from-response.js';
import { InvalidArgument } from '../errors/framework-errors.js';
import { InvalidResponse } from '../errors/transport-errors.js';
import { UnexpectedRedirect } from '../errors/response-errors.js';
import type { HttpLog } from '../log/http-log.js';
import type { KnownSecrets } from '../log/known-secrets.js';
import { redactUrl, TOKEN_HEADERS } from '../log/redact.js';
import { headerValue, requestIdOf, type HttpResponse } from './request-options.js';
import { phasesFromGot, type TimingRecorder } from '../timings.js';
import type { HttpTransport, TransportRequest, TransportResponse } from './transport.js';
import { redirectTarget, shownLocation } from './redirect-target.js';
import { sanitizeCause, type SanitizedCause } from './sanitized-cause.js';

export interface ExchangeRequest extends TransportRequest {
  logBody: boolean;
  /** Adds auth to the request (token header or signature); returns the names of the headers it set. */
  authorize?: (req: RequestToAuthorize) => string[] | Promise<string[]>;
  /** Called instead of following a redirect to another origin; it throws (credential-bearing auth requests). */
  onCrossOriginRedirect?: ((from: string, to: string) => never) | undefined;
}

export interface ExchangeContext {
  transport: HttpTransport;
  log: HttpLog;
  timings: TimingRecorder | undefined;
  maxRedirects: number;
  /** The session's secrets, hidden by exact value in the messages of errors built from responses. */
  knownSecrets?: KnownSecrets;
}

// Methods that are redirected, and that cannot carry a body.
const FOLLOWED = new Set(['GET', 'HEAD']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * One attempt of a request: authorize, send, log, time, follow redirects (GET/HEAD only, auth dropped across
 * origins), then a typed error for status >= 400 or the decoded response.
 */
export async function exchange(ctx: ExchangeContext, req: ExchangeRequest): Promise<HttpResponse> {
  if (req.body !== undefined && FOLLOWED.has(req.method)) {
    throw new InvalidArgument('body', `${req.method} ${redactUrl(req.url)}: a ${req.method} request cannot carry a body; `
      + 'send the data as query parameters, or use POST or PUT');
  }
  let url = req.url;
  let authorize = req.authorize;
  const headers = { ...req.headers };
  let secretHeaders: string[] = [];
  for (let hop = 0; ; hop++) {
    if (authorize) secretHeaders = await authorize({ method: req.method, url: new URL(url), headers, body: req.body });
    const res = await sendOnce(ctx, req, url, headers, secretHeaders);
    const location = headerValue(res.headers, 'location');
    if (REDIRECTS.has(res.status) && !FOLLOWED.has(req.method)) {
      const shown = location === undefined ? {} : { location: shownLocation(location) };
      throw new UnexpectedRedirect({ method: req.method, url: redactUrl(url), status: res.status, ...shown });
    }
    if (REDIRECTS.has(res.status) && location && FOLLOWED.has(req.method)) {
      if (hop >= ctx.maxRedirects) {
        throw new InvalidResponse(`${req.method} ${redactUrl(req.url)} redirected more than ${ctx.maxRedirects} times; check the endpoint URL`, { method: req.method, url: redactUrl(req.url), status: res.status });
      }
      const next = redirectTarget({ method: req.method, url, status: res.status, location });
      if (next.origin !== new URL(url).origin) {
        req.onCrossOriginRedirect?.(url, next.href);
        for (const name of Object.keys(headers)) {
          const lower = name.toLowerCase();
          if (TOKEN_HEADERS.has(lower) || secretHeaders.some((s) => s.toLowerCase() === lower)) delete headers[name];
        }
        secretHeaders = [];
        authorize = undefined;
      }
      url = next.href;
      continue;
    }
    return finish(req.method, res, ctx.knownSecrets);
  }
}

async function sendOnce(ctx: ExchangeContext, req: ExchangeRequest, url: string, headers: Record<string, string>, secretHeaders: string[]): Promise<TransportResponse> {
  const { log, timings } = ctx;
  if (log.enabled) {
    const proxy = ctx.transport.proxyFor?.(url);
    log.request({
      method: req.method, url, headers, body: req.logBody ? req.body : undefined, insecure: ctx.transport.insecure, secretHeaders, ...(proxy ? { proxy } : {}),
    });
  }
  const start = Date.now();
  let res: TransportResponse;
  try {
    res = await ctx.transport.send({
      method: req.method, url, headers, body: req.body, signal: req.signal, timeout: req.timeout,
      ...(req.maxResponseBytes === undefined ? {} : { maxResponseBytes: req.maxResponseBytes }),
    });
  } catch (error) {
    const e = error as Error & { code?: string; timings?: TransportResponse['timings'] };
    timings?.record({
      method: req.method, url: redactUrl(url), error: e.code ?? e.name, start, elapsed: Date.now() - start, phases: phasesFromGot(e.timings),
    });
    if (log.enabled) log.note(`${req.method} ${redactUrl(url)} failed: ${e.message}`);
    throw error;
  }
  timings?.record({ method: req.method, url: redactUrl(url), status: res.status, start, elapsed: Date.now() - start, phases: phasesFromGot(res.timings) });
  if (log.enabled) {
    log.response({ status: res.status, statusMessage: res.statusMessage, headers: res.headers, rawBody: res.rawBody, method: req.method, url, shortenCatalog: true, secretHeaders });
  }
  return res;
}

/** V8's JSON.parse message quotes the body ("…" is not valid JSON), which may echo a secret; keep only the position. */
function withoutQuotedBody(error: unknown): SanitizedCause | undefined {
  const cause = sanitizeCause(error);
  if (cause) cause.message = cause.message.replace(/"(?:[^"\\]|\\.)*"(?:\.\.\.)?/g, '"…"');
  if (cause) cause.stack = `${cause.name}: ${cause.message}`;
  return cause;
}

function finish(method: string, res: TransportResponse, knownSecrets?: KnownSecrets): HttpResponse {
  const url = redactUrl(res.url);
  const contentType = headerValue(res.headers, 'content-type') ?? '';
  const isJson = /[/+]json\b/i.test(contentType);
  let body: unknown;
  if (res.rawBody.length === 0) body = undefined;
  else if (isJson) {
    try {
      body = JSON.parse(res.rawBody.toString('utf8'));
    } catch (cause) {
      if (res.status < 400) {
        throw new InvalidResponse(`${method} ${url} returned HTTP ${res.status} with a body that is not valid JSON `
          + `(${res.rawBody.length} bytes of ${contentType}); the service or a proxy in front of it mangled the response`, {
          method, url, status: res.status, cause: withoutQuotedBody(cause),
        });
      }
      body = res.rawBody.toString('utf8');
    }
  } else body = res.rawBody.toString('utf8');
  if (res.status >= 400) throw fromResponse({ status: res.status, headers: res.headers, body, method, url }, { knownSecrets });
  const requestId = requestIdOf(res.headers);
  return { status: res.status, headers: res.headers, body, rawBody: res.rawBody, url: res.url, ...(requestId ? { requestId } : {}) };
}
