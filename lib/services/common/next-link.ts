import { InvalidResponse } from '../../errors/transport-errors.js';
import { redactUrl } from '../../log/redact.js';
import { isJsonRecord } from './types.js';

/** The `href` of the `rel: "next"` entry of a links list (Nova `servers_links`, Trove `links`), if any. */
export function findNextHref(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  for (const link of links) {
    if (isJsonRecord(link) && link.rel === 'next' && typeof link.href === 'string' && link.href.length > 0) return link.href;
  }
  return undefined;
}

/** A next page as a path under the catalog endpoint and its query. */
export interface RelativePage {
  path: string;
  query: URLSearchParams;
}

/**
 * Map a next link onto the catalog endpoint. Clouds behind a proxy advertise another host (or another
 * path prefix) in their links, and the token must only go where the catalog says, so only the path
 * below the endpoint and the query of the link are kept; scheme, host and port are always dropped.
 *
 * @param href the link as the service sent it (absolute or relative to `responseUrl`)
 * @param endpointPath the path of the catalog endpoint, e.g. `/compute/v2.1`
 * @param resourcePath the path the listing started from, relative to the endpoint, e.g. `/servers/detail`
 */
export function relativeNextPage(href: string, responseUrl: string, endpointPath: string, resourcePath: string): RelativePage {
  let next: URL;
  try {
    next = new URL(href, responseUrl);
  } catch (cause) {
    throw linkError(`its next link "${redactUrl(href)}" is no URL`, responseUrl, cause);
  }
  const path = next.pathname;
  const base = trimSlash(endpointPath);
  const resource = '/' + resourcePath.replace(/^\/+/, '').replace(/\?.*$/, '');
  let suffix: string | undefined;
  if (base !== '' && (path === base || path.startsWith(base + '/'))) suffix = path.slice(base.length);
  else if (base === '') suffix = path;
  else if (path === resource || path.endsWith(resource)) suffix = resource;
  if (suffix === undefined) {
    throw linkError(
      `its next link "${redactUrl(href)}" lies neither under the catalog endpoint path "${base}" nor at "${resource}"`,
      responseUrl,
    );
  }
  return { path: suffix === '' ? '/' : suffix, query: new URLSearchParams(next.search) };
}

/** The catalog endpoint's path: from the client once known, else from the first page's URL minus the listed path. */
export function endpointPathOf(cachedEndpoint: string | undefined, responseUrl: string, resourcePath: string): string {
  if (cachedEndpoint) {
    try {
      return trimSlash(new URL(cachedEndpoint).pathname);
    } catch {
      // fall through to the response URL
    }
  }
  const path = trimSlash(new URL(responseUrl).pathname);
  const resource = trimSlash('/' + resourcePath.replace(/^\/+/, '').replace(/\?.*$/, ''));
  return resource !== '' && path.endsWith(resource) ? trimSlash(path.slice(0, path.length - resource.length)) : '';
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '');
}

function linkError(what: string, responseUrl: string, cause?: unknown): InvalidResponse {
  const url = redactUrl(responseUrl);
  return new InvalidResponse(`GET ${url} cannot be paged further: ${what}`, { method: 'GET', url, cause });
}
