import { InvalidResponse } from '../../errors/transport-errors.js';
import { InvalidArgument } from './errors.js';
import { redactUrl } from '../../log/redact.js';
import { endpointPathOf, findNextHref, relativeNextPage } from './next-link.js';
import { expectStatus, DEFAULT_OK_CODES } from './ok-codes.js';
import { isJsonRecord, type QueryInput, type RequestClient, type ResponseLike } from './types.js';

/** @default 1000 */
export const DEFAULT_PAGE_CAP = 1000;

/** What `onPage` hears after each page. */
export interface PageState {
  /** 1 for the first page. */
  page: number;
  /** Items on this page. */
  count: number;
  /** The page's URL (redacted). */
  url: string;
}

/** How {@link paginate} reads a listing: the list key, the links key, the page cap. */
export interface PaginateOptions {
  /** The key of the list in each page's body, e.g. `servers`. */
  responseKey: string;
  /** The key of the links list. @default `${responseKey}_links` (Nova); Trove uses `links` */
  linksKey?: string;
  /** Filters of the listing; kept on every page (a next link carries them itself). */
  query?: QueryInput;
  /** Sent as `limit`; also the page size for marker paging when the service sends no links. */
  pageSize?: number;
  /** Stop with InvalidResponse after this many pages (a server that never ends). @default 1000 */
  pageCap?: number;
  /** Start after this marker. */
  marker?: string;
  /** The marker of an item for marker/limit paging. @default item.id */
  markerOf?: (item: unknown) => string | undefined;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  onPage?: (state: PageState) => void;
}

/**
 * Iterate a paginated collection one page at a time: follows the `rel: "next"` link of each page, or,
 * for services without links, marker/limit. A page is fetched only when the previous one is used up.
 * Next links are re-applied to the catalog endpoint (see `relativeNextPage`). A page cap and a
 * repeated-page check end a listing that would not.
 * @example
 * for await (const s of paginate(compute, '/servers/detail', { responseKey: 'servers', pageSize: 100 })) console.log(s);
 */
export async function* paginate<T = unknown>(client: RequestClient, url: string, opts: PaginateOptions): AsyncGenerator<T, void, undefined> {
  const pageCap = opts.pageCap ?? DEFAULT_PAGE_CAP;
  if (!Number.isInteger(pageCap) || pageCap < 1) throw new InvalidArgument('pageCap', `pageCap must be a positive integer, got ${String(opts.pageCap)}`);
  if (opts.pageSize !== undefined && (!Number.isInteger(opts.pageSize) || opts.pageSize < 1)) {
    throw new InvalidArgument('pageSize', `pageSize must be a positive integer, got ${String(opts.pageSize)}`);
  }
  const linksKey = opts.linksKey ?? `${opts.responseKey}_links`;
  const markerOf = opts.markerOf ?? defaultMarker;
  const resourcePath = url.replace(/\?.*$/, '');
  const seen = new Set<string>();
  const lastMarkers = new Set<string>();
  let path = resourcePath;
  let query = firstQuery(url, opts);
  let endpointPath: string | undefined;

  for (let page = 1; ; page++) {
    if (page > pageCap) {
      throw stop(`it still had more after ${pageCap} pages (the page cap); raise pageCap if the list is really that long`, path, query);
    }
    const key = `${path}?${sortedQuery(query)}`;
    if (seen.has(key)) throw stop('the service sent a next page that was already fetched (a repeated marker)', path, query);
    seen.add(key);

    const res = await client.get(path, pageRequest(query, opts));
    expectStatus(res, DEFAULT_OK_CODES.list, 'GET');
    const items = pageItems(res, opts.responseKey);
    opts.onPage?.({ page, count: items.length, url: redactUrl(res.url) });

    const last = items.length > 0 ? markerOf(items[items.length - 1]) : undefined;
    if (last !== undefined) {
      if (lastMarkers.has(last)) throw stop(`the service repeated a page (it ends again with marker "${last}")`, path, query);
      lastMarkers.add(last);
    }
    for (const item of items) yield item as T;

    const body = res.body as Record<string, unknown>;
    const href = findNextHref(body[linksKey]);
    if (href !== undefined) {
      endpointPath ??= endpointPathOf(client.cachedEndpoint, res.url, resourcePath);
      const next = relativeNextPage(href, res.url, endpointPath, resourcePath);
      path = next.path;
      query = next.query;
    } else if (!(linksKey in body) && opts.pageSize !== undefined && items.length >= opts.pageSize && last !== undefined) {
      query = new URLSearchParams(query);
      query.set('marker', last);
      query.set('limit', String(opts.pageSize));
    } else {
      return;
    }
  }
}

/** The collecting form of `paginate`: every item of every page in one array. */
export async function listAll<T = unknown>(client: RequestClient, url: string, opts: PaginateOptions): Promise<T[]> {
  const all: T[] = [];
  for await (const item of paginate<T>(client, url, opts)) all.push(item);
  return all;
}

function defaultMarker(item: unknown): string | undefined {
  if (!isJsonRecord(item)) return undefined;
  const id = item.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function firstQuery(url: string, opts: PaginateOptions): URLSearchParams {
  const q = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
  const extra = opts.query instanceof URLSearchParams ? opts.query : undefined;
  if (extra) for (const [k, v] of extra) q.append(k, v);
  else if (opts.query) {
    for (const [k, v] of Object.entries(opts.query)) {
      if (v === undefined) continue;
      if (Array.isArray(v)) for (const one of v) q.append(k, String(one));
      else q.set(k, String(v));
    }
  }
  if (opts.pageSize !== undefined && !q.has('limit')) q.set('limit', String(opts.pageSize));
  if (opts.marker !== undefined) q.set('marker', opts.marker);
  return q;
}

function sortedQuery(q: URLSearchParams): string {
  const copy = new URLSearchParams(q);
  copy.sort();
  return copy.toString();
}

function pageRequest(query: URLSearchParams, opts: PaginateOptions) {
  return {
    query,
    ...(opts.headers ? { headers: opts.headers } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
}

function pageItems(res: ResponseLike, key: string): unknown[] {
  const items = isJsonRecord(res.body) ? res.body[key] : undefined;
  if (Array.isArray(items)) return items;
  const url = redactUrl(res.url);
  throw new InvalidResponse(`GET ${url} answered a page without a "${key}" list`, { method: 'GET', url, status: res.status });
}

function stop(why: string, path: string, query: URLSearchParams): InvalidResponse {
  const url = redactUrl(`${path}?${query.toString()}`);
  return new InvalidResponse(`Stopped listing ${path}: ${why}`, { method: 'GET', url });
}
