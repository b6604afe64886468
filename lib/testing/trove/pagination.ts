import type { FakeRequest } from '../router.js';
import { fail } from './faults.js';

export interface PageOptions {
  pageSize: number;
  /** Origin advertised in next links; undefined → Trove's own habit (see below). */
  linkBaseUrl?: string;
}

export interface Page<T> {
  items: T[];
  /** `[{rel: 'next', href}]`, or `[]` on the last page. */
  links: { rel: string; href: string }[];
}

/**
 * One page the way trove/common/pagination.py makes it: `limit` is capped at the page size, items
 * come after `marker` (the key of the last item of the previous page), and the next link is the
 * request URL with `marker` replaced. Trove forces `https` on that link whatever the request used,
 * which is why a client must apply the marker to its catalog endpoint instead of following it.
 */
export function paginate<T>(req: FakeRequest, items: T[], keyOf: (item: T) => string, opts: PageOptions): Page<T> {
  const rawLimit = req.query.get('limit');
  let limit = opts.pageSize;
  if (rawLimit !== null) {
    const n = Number(rawLimit);
    if (!Number.isInteger(n) || n < 1) fail(400, `Invalid limit: '${rawLimit}'. The limit must be a positive integer.`);
    limit = Math.min(n, opts.pageSize);
  }
  const marker = req.query.get('marker');
  let start = 0;
  if (marker !== null) {
    const at = items.findIndex((item) => keyOf(item) === marker);
    if (at < 0) fail(400, `Invalid marker: '${marker}'.`);
    start = at + 1;
  }
  const page = items.slice(start, start + limit);
  const last = page[page.length - 1];
  if (start + limit >= items.length || last === undefined) return { items: page, links: [] };
  const query = new URLSearchParams(req.query);
  query.set('marker', keyOf(last));
  const origin = opts.linkBaseUrl ?? req.baseUrl.replace(/^http:/, 'https:');
  return { items: page, links: [{ rel: 'next', href: `${origin}${req.path}?${query.toString()}` }] };
}
