import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { ConnectionRefused } from '../../lib/errors/transport-errors.js';
import { ServiceUnavailable, TooManyRequests } from '../../lib/errors/http-errors.js';
import { deadPort, sendJson, startLoopback } from '../helpers/loopback-server.js';

const fast = { retries: 3, minTimeout: 5, maxTimeout: 10 };

describe('the retry policy', () => {
  let server: Awaited<ReturnType<typeof startLoopback>> | undefined;
  afterEach(async () => { await server?.close(); server = undefined; });

  function failing(times: number, status: number, headers: Record<string, string> = {}) {
    let n = 0;
    return startLoopback((_req, res) => {
      if (n++ < times) sendJson(res, status, { error: { code: status, message: `busy ${n}`, title: 'Busy' } }, headers);
      else sendJson(res, 200, { ok: true });
    });
  }

  it('retries a GET after 503 and 502 until it succeeds', async () => {
    server = await failing(2, 503);
    const res = await new HTTPClient({ retry: fast }).request('GET', `${server.url}/x`);
    expect(res.body).toEqual({ ok: true });
    expect(server.seen).toHaveLength(3);
  });

  it('never retries a POST after a 503', async () => {
    server = await failing(5, 503);
    await expect(new HTTPClient({ retry: fast }).request('POST', `${server.url}/x`, { json: {} })).rejects.toBeInstanceOf(ServiceUnavailable);
    expect(server.seen).toHaveLength(1);
  });

  it('honours Retry-After on a 429', async () => {
    server = await failing(1, 429, { 'Retry-After': '1' });
    const start = Date.now();
    await new HTTPClient({ retry: fast }).request('GET', `${server.url}/x`);
    expect(Date.now() - start).toBeGreaterThanOrEqual(950);
    expect(server.seen).toHaveLength(2);
  });

  it('gives up at once when Retry-After is over the cap', async () => {
    server = await failing(1, 429, { 'Retry-After': '3600' });
    const error = await new HTTPClient({ retry: { ...fast, retryAfterCap: 2000 } }).request('GET', `${server.url}/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRequests);
    expect((error as TooManyRequests).retryAfter).toBe(3600);
    expect(server.seen).toHaveLength(1);
  });

  it('retries a connection refused for any method, then reports the attempts', async () => {
    const port = await deadPort();
    const error = await new HTTPClient({ retry: { retries: 2, minTimeout: 5, maxTimeout: 10 } })
      .request('POST', `http://127.0.0.1:${port}/x`, { json: {} }).catch((e: unknown) => e) as ConnectionRefused & { attempts: number };
    expect(error).toBeInstanceOf(ConnectionRefused);
    expect(error.attempts).toBe(3);
    expect(error.message).toContain(`127.0.0.1:${port}`);
  });

  it('a per-request retry: false makes one attempt', async () => {
    server = await failing(5, 503);
    await expect(new HTTPClient({ retry: fast }).request('GET', `${server.url}/x`, { retry: false })).rejects.toBeInstanceOf(ServiceUnavailable);
    expect(server.seen).toHaveLength(1);
  });
});
