import { UnsupportedRedirect } from '../errors/response-errors.js';
import { redactUrl } from '../log/redact.js';

const FOLLOWABLE_SCHEMES = new Set(['http:', 'https:']);

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
    throw new UnsupportedRedirect(`${where} answered HTTP ${r.status} with a redirect to a ${next.protocol} URL (${shown}); only http and https `
      + 'redirects are followed', details);
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
