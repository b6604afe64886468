import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

/** Issue 10 item 10: when the server names the wait, the retry waits exactly that long, with no backoff on top. */
describe('Retry-After is waited exactly, with no backoff added', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  let http: HTTPClient;
  afterEach(async () => { http.close(); await server.close(); });

  it('429 Retry-After: 1, then 200: the retry is sent 1 s after the 429', async () => {
    const at: number[] = [];
    server = await startLoopback((_req, res) => {
      at.push(Date.now());
      if (at.length === 1) return sendJson(res, 429, { message: 'slow down' }, { 'Retry-After': '1' });
      return sendJson(res, 200, { ok: true });
    });
    http = new HTTPClient({ retry: { minTimeout: 1_000, maxTimeout: 5_000 } });
    const res = await http.request('GET', `${server.url}/limited`);
    const gap = at[1]! - at[0]!;
    console.log(`429 Retry-After: 1: retried after ${gap} ms`);
    expect(res.status).toBe(200);
    expect(gap).toBeGreaterThanOrEqual(990);
    expect(gap).toBeLessThan(1_200);
  });
});
