import { InvalidArgument } from '../errors/framework-errors.js';
import { InvalidResponse } from '../errors/transport-errors.js';
import { UnexpectedRedirect, UnsupportedRedirect } from '../errors/response-errors.js';
import { redactUrl, TOKEN_HEADERS } from '../log/redact.js';
import { exchange, type ExchangeContext, type ExchangeRequest } from './exchange.js';
import { headerValue } from './request-options.js';
import type { TransportResponse, TransportStream } from './transport.js';

/** What the redirect step needs besides one exchange: how many hops it follows. */
export interface RedirectContext extends ExchangeContext {
  maxRedirects: number;
}

/** A request as the redirect step takes it: one exchange's request, and what to do before leaving its origin. */
export interface RedirectingRequest extends ExchangeRequest {
  /** Called instead of following a redirect to another origin; it throws (credential-bearing auth requests). */
  onCrossOriginRedirect?: ((from: string, to: string) => never) | undefined;
}

// Methods that are redirected, and that cannot carry a body.
const FOLLOWED = new Set(['GET', 'HEAD']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const FOLLOWABLE_SCHEMES = new Set(['http:', 'https:']);

/**
 * One attempt of a request, redirects included: an exchange per hop; GET/HEAD follow up to `maxRedirects` hops,
 * dropping auth (token headers, the headers the plugin set, the plugin itself) when the next hop is on another origin;
 * any other method answered with a redirect is an UnexpectedRedirect. Returns the last hop's response, undecoded.
 */
export async function followRedirects(ctx: RedirectContext, req: RedirectingRequest): Promise<TransportResponse | TransportStream> {
  if (req.body !== undefined && FOLLOWED.has(req.method)) {
    throw new InvalidArgument('body', `${req.method} ${redactUrl(req.url)}: a ${req.method} request cannot carry a body; `
      + 'send the data as query parameters, or use POST or PUT');
  }
  const hop = { url: req.url, headers: { ...req.headers }, authorize: req.authorize };
  for (let count = 0; ; count++) {
    const { response: res, secretHeaders } = await exchange(ctx, req, hop);
    const location = headerValue(res.headers, 'location');
    if (!REDIRECTS.has(res.status)) return res;
    if ('body' in res) res.body.destroy(); // a streamed redirect's body is not read
    if (!FOLLOWED.has(req.method)) {
      const shown = location === undefined ? {} : { location: shownLocation(location) };
      throw new UnexpectedRedirect({ method: req.method, url: redactUrl(hop.url), status: res.status, ...shown });
    }
    if (!location) return res;
    if (count >= ctx.maxRedirects) {
      throw new InvalidResponse(`${req.method} ${redactUrl(req.url)} redirected more than ${ctx.maxRedirects} times; check the endpoint URL`,
        { method: req.method, url: redactUrl(req.url), status: res.status });
    }
    const next = redirectTarget({ method: req.method, url: hop.url, status: res.status, location });
    if (next.origin !== new URL(hop.url).origin) {
      req.onCrossOriginRedirect?.(hop.url, next.href);
      for (const name of Object.keys(hop.headers)) {
        const lower = name.toLowerCase();
        if (TOKEN_HEADERS.has(lower) || secretHeaders.some((s) => s.toLowerCase() === lower)) delete hop.headers[name];
      }
      hop.authorize = undefined;
    }
    hop.url = next.href;
  }
}

/**
 * The URL a redirect points to, resolved against the request's URL; a Location that does not parse, or that names
 * another scheme than http(s) (file:, ftp:, data:, javascript:, …), is an UnsupportedRedirect and is not followed.
 */
export function redirectTarget(r: { method: string; url: string; status: number; location: string }): URL {
  const where = `${r.method} ${redactUrl(r.url)}`;
  const shown = JSON.stringify(shownLocation(r.location));
  const details = { method: r.method, url: redactUrl(r.url), status: r.status, location: shownLocation(r.location) };
  let next: URL;
  try {
    next = new URL(r.location, r.url);
  } catch {
    throw new UnsupportedRedirect(`${where} answered HTTP ${r.status} with a Location that is not a URL (${shown}); `
      + 'the service or a proxy in front of it is misconfigured', details);
  }
  if (!FOLLOWABLE_SCHEMES.has(next.protocol)) {
    throw new UnsupportedRedirect(`${where} answered HTTP ${r.status} with a redirect to a ${next.protocol} URL (${shown}); `
      + 'only http and https redirects are followed', details);
  }
  return next;
}

/** A Location header as errors show it: redacted, at most 200 characters. */
export function shownLocation(location: string): string {
  return cut(redactUrl(location));
}

function cut(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
