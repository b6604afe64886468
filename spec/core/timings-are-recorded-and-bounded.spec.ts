import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { deadPort, sendJson, startLoopback } from '../helpers/loopback-server.js';

describe('timings', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('records method, redacted url, status, start, elapsed and phases, keeping only the last N', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 200, {}));
    const http = new HTTPClient({ timings: { limit: 5 } });
    for (let i = 0; i < 8; i++) await http.request('GET', `${server.url}/item/${i}?token=hide-me`);
    const records = http.getTimings();
    expect(records).toHaveLength(5);
    expect(records.map((r) => r.url.replace(server.url, ''))).toEqual([3, 4, 5, 6, 7].map((i) => `/item/${i}?token=***`));
    for (const r of records) {
      expect(r.method).toBe('GET');
      expect(r.status).toBe(200);
      expect(r.elapsed).toBeGreaterThanOrEqual(0);
      expect(r.start).toBeGreaterThan(Date.now() - 60_000);
      expect(r.phases?.total).toBeGreaterThanOrEqual(0);
    }
    http.resetTimings();
    expect(http.getTimings()).toEqual([]);
  });

  it('records failed requests and connection errors too', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 404, { itemNotFound: { code: 404, message: 'gone' } }));
    const port = await deadPort();
    const http = new HTTPClient({ timings: true, retry: false });
    await http.request('GET', `${server.url}/missing`).catch(() => undefined);
    await http.request('GET', `http://127.0.0.1:${port}/`).catch(() => undefined);
    const [notFound, refused] = http.getTimings();
    expect(notFound?.status).toBe(404);
    expect(refused?.status).toBeUndefined();
    expect(refused?.error).toBe('ERR_CONNECTION_REFUSED');
  });

  it('records nothing when timings are off', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 200, {}));
    const http = new HTTPClient();
    await http.request('GET', `${server.url}/x`);
    expect(http.getTimings()).toEqual([]);
  });
});
