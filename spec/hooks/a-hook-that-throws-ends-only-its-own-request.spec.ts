import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

class RefusedByPolicy extends Error {
  override name = 'RefusedByPolicy';
}

describe('a hook that throws', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('in beforeRequest: that request fails with its error and is never sent; requests beside it go through', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 200, { ok: true }));
    const refused = new RefusedByPolicy('no deletes today');
    const http = new HTTPClient({
      retry: false,
      hooks: { beforeRequest: [(s) => { if (s.method === 'DELETE') throw refused; }] },
    });
    const results = await Promise.allSettled([
      http.request('GET', `${server.url}/a`), http.request('DELETE', `${server.url}/b`), http.request('GET', `${server.url}/c`),
    ]);
    http.close();
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBe(refused);
    expect(server.seen.map((r) => r.url).sort()).toEqual(['/a', '/c']);
  });

  it('in afterResponse: the request fails with its error and is not retried, even when idempotent', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 200, { ok: true }));
    const http = new HTTPClient({
      retry: { retries: 3, minTimeout: 5, maxTimeout: 10 },
      hooks: { afterResponse: [() => { throw new RefusedByPolicy('response rejected'); }] },
    });
    await expect(http.request('GET', `${server.url}/a`)).rejects.toThrow(new RefusedByPolicy('response rejected'));
    http.close();
    expect(server.seen).toHaveLength(1);
  });
});
