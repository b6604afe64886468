import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { startLoopback, sendJson } from '../helpers/loopback-server.js';
import { NO_REAL_PROXY, proxyLogOffset, proxyLogSince, realProxy } from '../helpers/real-proxy.js';

const proxy = realProxy();
const VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

describe.skipIf(!proxy)(`HTTP_PROXY / NO_PROXY from the environment${proxy ? '' : ` — skipped: ${NO_REAL_PROXY}`}`, () => {
  const saved = Object.fromEntries(VARIABLES.map((v) => [v, process.env[v]]));
  afterEach(() => {
    for (const v of VARIABLES) {
      if (saved[v] === undefined) delete process.env[v];
      else process.env[v] = saved[v];
    }
  });
  const clear = () => { for (const v of VARIABLES) delete process.env[v]; };

  async function throughProxy(http: HTTPClient, url: string): Promise<boolean> {
    const start = proxyLogOffset(proxy!);
    expect((await http.request('GET', `${url}/v2/ping`)).body).toEqual({ pong: true });
    return proxyLogSince(proxy!, start).lines.some((l) => l.includes(`CONNECT ${new URL(url).host}`));
  }

  it('follows http_proxy (lower-case) and HTTP_PROXY, and lets NO_PROXY hosts bypass it', async () => {
    const server = await startLoopback((_req, res) => sendJson(res, 200, { pong: true }));
    const other = await startLoopback((_req, res) => sendJson(res, 200, { pong: true }));
    try {
      clear();
      process.env.http_proxy = proxy!.url;
      const lower = new HTTPClient({ retry: false });
      expect(await throughProxy(lower, server.url)).toBe(true);
      lower.close();

      clear();
      process.env.HTTP_PROXY = proxy!.url;
      process.env.NO_PROXY = `example.invalid, 127.0.0.1:${other.port}`;
      const upper = new HTTPClient({ retry: false });
      expect(await throughProxy(upper, server.url)).toBe(true);
      expect(await throughProxy(upper, other.url)).toBe(false);
      expect(other.seen).toHaveLength(1);
      upper.close();
    } finally {
      await server.close();
      await other.close();
    }
  });

  it('proxy: false ignores the environment; an explicit proxy wins over it', async () => {
    const server = await startLoopback((_req, res) => sendJson(res, 200, { pong: true }));
    try {
      clear();
      process.env.HTTP_PROXY = 'http://127.0.0.1:9'; // nothing listens on the discard port: using it would fail
      const off = new HTTPClient({ retry: false, proxy: false });
      expect(await throughProxy(off, server.url)).toBe(false);
      off.close();
      const explicit = new HTTPClient({ retry: false, proxy: proxy!.url });
      expect(await throughProxy(explicit, server.url)).toBe(true);
      explicit.close();
    } finally {
      await server.close();
    }
  });
});
