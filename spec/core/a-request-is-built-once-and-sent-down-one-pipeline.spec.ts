import { afterEach, describe, expect, it } from 'vitest';
import { createHttpLog } from '../../lib/log/http-log.js';
import { buildRequest } from '../../lib/session/build-request.js';
import { send } from '../../lib/transport/send.js';
import { Transport } from '../../lib/transport/transport.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

const defaults = { userAgent: 'probe stackclient/0', originalIp: '10.1.2.3', retry: { retries: 2, minTimeout: 5 } };

/** Issue 12: the session builds one plain request object; transport's `send` takes it through retry → exchange → transport. */
describe('a request is built once into one plain object and sent down one pipeline', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  let transport: Transport;
  afterEach(async () => { transport?.close(); await server?.close(); });

  it('headers (session, then the caller\'s), JSON body, query and merged retry are in the object; other options pass through whole', () => {
    const signal = new AbortController().signal;
    const extra = { maxResponseBytes: 1024 } as Record<string, unknown>;
    const req = buildRequest('post', 'http://svc.example/v1/items', {
      json: { a: 1 }, headers: { Accept: 'text/plain', 'X-Mine': '1' }, query: { limit: 5, tag: ['x', 'y'] },
      retry: { retries: 0 }, signal, timeout: 1234, idempotent: true, ...extra,
    }, defaults);
    expect(req).toMatchObject({
      method: 'POST',
      url: 'http://svc.example/v1/items?limit=5&tag=x&tag=y',
      headers: {
        Accept: 'text/plain', 'User-Agent': 'probe stackclient/0', 'X-Mine': '1', 'Content-Type': 'application/json',
        Forwarded: 'for=10.1.2.3;by=probe stackclient/0',
      },
      body: '{"a":1}', logBody: true, retry: { retries: 0, minTimeout: 5 }, signal, timeout: 1234, idempotent: true, maxResponseBytes: 1024,
    });
    expect(Object.getPrototypeOf(req)).toBe(Object.prototype);
    expect(buildRequest('GET', 'http://x/', { retry: false }, defaults).retry).toBe(false);
    expect(buildRequest('GET', 'http://x/', {}, { ...defaults, retry: false }).retry).toBe(false);
  });

  it('send(): the built request is retried (503, then 200) through exchange and the transport, the same object each attempt', async () => {
    server = await startLoopback((req, res) => {
      if (server.seen.length === 1) return sendJson(res, 503, { message: 'busy' });
      return sendJson(res, 200, { path: req.url, ua: req.headers['user-agent'] });
    });
    transport = new Transport();
    const ctx = { transport, log: createHttpLog({ debug: false }), timings: undefined, maxRedirects: 5 };
    const res = await send(ctx, buildRequest('GET', `${server.url}/things`, { query: { q: 'z' } }, defaults));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ path: '/things?q=z', ua: 'probe stackclient/0' });
    expect(server.seen.map((r) => r.url)).toEqual(['/things?q=z', '/things?q=z']);
  });
});
