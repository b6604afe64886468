import type { RequestClient } from '../common/types.js';
import { isJsonRecord } from '../common/types.js';

/**
 * A view of `client` whose GET answers carry Keystone's `links: {self, previous, next}` object as the
 * `[{rel: 'next', href}]` list the shared paginator follows. Keystone sends `next: null` unless a
 * driver pages, so most listings are one page.
 */
export function keystoneLinks(client: RequestClient): RequestClient {
  return {
    serviceType: client.serviceType,
    get cachedEndpoint() {
      return client.cachedEndpoint;
    },
    get: async (url, opts) => {
      const res = await client.get(url, opts);
      const body = res.body;
      if (!isJsonRecord(body) || !isJsonRecord(body.links)) return res;
      const next = body.links.next;
      return { ...res, body: { ...body, links: typeof next === 'string' && next.length > 0 ? [{ rel: 'next', href: next }] : [] } };
    },
    head: (url, opts) => client.head(url, opts),
    post: (url, opts) => client.post(url, opts),
    put: (url, opts) => client.put(url, opts),
    patch: (url, opts) => client.patch(url, opts),
    delete: (url, opts) => client.delete(url, opts),
  };
}
