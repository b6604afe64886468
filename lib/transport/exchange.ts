import type { RequestToAuthorize } from '../auth-plugin.js';
import { fromResponse } from '../errors/from-response.js';
import { InvalidResponse } from '../errors/transport-errors.js';
import type { HttpLog } from '../log/http-log.js';
import { redactUrl, TOKEN_HEADERS } from '../log/redact.js';
import { headerValue, requestIdOf, type HttpResponse } from './request-options.js';
import { phasesFromGot, type TimingRecorder } from '../timings.js';
import type { Transport, TransportRequest, TransportResponse } from './transport.js';

export interface ExchangeRequest extends TransportRequest {
  logBody: boolean;
  /** Adds auth to the request (token header or signature); returns the names of the headers it set. */
  authorize?: (req: RequestToAuthorize) => string[] | Promise<string[]>;
  /** Called instead of following a redirect to another origin; it throws (credential-bearing auth requests). */
  onCrossOriginRedirect?: ((from: string, to: string) => never) | undefined;
}

export interface ExchangeContext {
  transport: Transport;
  log: HttpLog;
  timings: TimingRecorder | undefined;
  maxRedirects: number;
}

const FOLLOWED = new Set(['GET', 'HEAD']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * One attempt of a request: authorize, send, log, time, follow redirects (GET/HEAD only, auth dropped across
 * origins), then a typed error for status >= 400 or the decoded response.
 */
export async function exchange(ctx: ExchangeContext, req: ExchangeRequest): Promise<HttpResponse> {
  let url = req.url;
  let authorize = req.authorize;
  const headers = { ...req.headers };
  let secretHeaders: string[] = [];
  for (let hop = 0; ; hop++) {
    if (authorize) secretHeaders = await authorize({ method: req.method, url: new URL(url), headers, body: req.body });
    const res = await sendOnce(ctx, req, url, headers, secretHeaders);
    const location = headerValue(res.headers, 'location');
    if (REDIRECTS.has(res.status) && location && FOLLOWED.has(req.method)) {
      if (hop >= ctx.maxRedirects) {
        throw new InvalidResponse(`${req.method} ${redactUrl(req.url)} redirected more than ${ctx.maxRedirects} times; check the endpoint URL`, { method: req.method, url: redactUrl(req.url), status: res.status });
      }
      const next = new URL(location, url);
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
    return finish(req.method, res);
  }
}

async function sendOnce(ctx: ExchangeContext, req: ExchangeRequest, url: string, headers: Record<string, string>, secretHeaders: string[]): Promise<TransportResponse> {
  const { log, timings } = ctx;
  if (log.enabled) {
    log.request({ method: req.method, url, headers, body: req.logBody ? req.body : undefined, insecure: ctx.transport.insecure, secretHeaders });
  }
  const start = Date.now();
  let res: TransportResponse;
  try {
    res = await ctx.transport.send({ method: req.method, url, headers, body: req.body, signal: req.signal, timeout: req.timeout });
  } catch (error) {
    const e = error as Error & { code?: string; cause?: { timings?: TransportResponse['timings'] } };
    timings?.record({ method: req.method, url: redactUrl(url), error: e.code ?? e.name, start, elapsed: Date.now() - start, phases: phasesFromGot(e.cause?.timings) });
    if (log.enabled) log.note(`${req.method} ${redactUrl(url)} failed: ${e.message}`);
    throw error;
  }
  timings?.record({ method: req.method, url: redactUrl(url), status: res.status, start, elapsed: Date.now() - start, phases: phasesFromGot(res.timings) });
  if (log.enabled) {
    log.response({ status: res.status, statusMessage: res.statusMessage, headers: res.headers, rawBody: res.rawBody, method: req.method, url, shortenCatalog: true, secretHeaders });
  }
  return res;
}

function finish(method: string, res: TransportResponse): HttpResponse {
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
        throw new InvalidResponse(`${method} ${url} returned HTTP ${res.status} with a body that is not valid JSON (${res.rawBody.length} bytes of ${contentType}); the service or a proxy in front of it mangled the response`, { method, url, status: res.status, cause });
      }
      body = res.rawBody.toString('utf8');
    }
  } else body = res.rawBody.toString('utf8');
  if (res.status >= 400) throw fromResponse({ status: res.status, headers: res.headers, body, method, url });
  const requestId = requestIdOf(res.headers);
  return { status: res.status, headers: res.headers, body, rawBody: res.rawBody, url: res.url, ...(requestId ? { requestId } : {}) };
}
