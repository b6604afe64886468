import type { FakeRequest } from '../router.js';
import { fail } from './faults.js';
import { PREFIX } from './route-kit.js';

export interface Page<T> {
  items: T[];
  /** `[{rel: 'next', href}]` when the page is full, else undefined (Nova leaves the key out). */
  links?: { rel: string; href: string }[];
}

/**
 * One page as nova/api/openstack/common.py makes it: `limit` capped at `max_limit`, items after
 * `marker` (400 when the marker is unknown), and a next link whenever the page is full, holding the
 * request's parameters (sorted) with `marker` set to the page's last item.
 */
export function pageOf<T>(
  req: FakeRequest, items: readonly T[], keyOf: (item: T) => string, maxLimit: number, linkBase: string, collection: string,
): Page<T> {
  const rawLimit = req.query.get('limit');
  let limit = maxLimit;
  if (rawLimit !== null) {
    const n = Number(rawLimit);
    if (!Number.isInteger(n) || n < 0) fail(400, `Invalid input for query parameters limit. Value: ${rawLimit}. '${rawLimit}' does not match '^[0-9]*$'`);
    limit = Math.min(n, maxLimit);
  }
  const marker = req.query.get('marker');
  let start = 0;
  if (marker !== null) {
    const at = items.findIndex((item) => keyOf(item) === marker);
    if (at < 0) fail(400, `marker [${marker}] not found`);
    start = at + 1;
  }
  const page = items.slice(start, start + limit);
  const last = page[page.length - 1];
  if (limit === 0 || page.length !== limit || last === undefined) return { items: page };
  const params = [...req.query.entries()].filter(([k]) => k !== 'marker').sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(params);
  query.set('marker', keyOf(last));
  return { items: page, links: [{ rel: 'next', href: `${linkBase}${PREFIX}/${collection}?${query.toString()}` }] };
}
