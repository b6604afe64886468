import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { STOP_RETRYING, type BeforeRetryState } from '../../lib/hooks/types.js';
import { ServiceUnavailable } from '../../lib/errors/http-errors.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

describe('a beforeRetry hook', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('runs before each retry with the failed attempt, the error and the wait', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 503, { error: 'busy' }));
    const states: BeforeRetryState[] = [];
    const http = new HTTPClient({ retry: { retries: 3, minTimeout: 5, maxTimeout: 10 }, hooks: { beforeRetry: [(s) => { states.push(s); }] } });
    await expect(http.request('GET', `${server.url}/servers`)).rejects.toBeInstanceOf(ServiceUnavailable);
    http.close();
    expect(server.seen).toHaveLength(4);
    expect(states.map((s) => [s.exchange.attempt, s.exchange.status])).toEqual([[1, 503], [2, 503], [3, 503]]);
    expect(states.every((s) => s.error instanceof ServiceUnavailable && s.delayMs >= 5 && s.delayMs <= 10)).toBe(true);
  });

  it('ends the retries when it returns STOP_RETRYING: the request fails with the attempt\'s error', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 503, { error: 'busy' }));
    const http = new HTTPClient({ retry: { retries: 3, minTimeout: 5, maxTimeout: 10 }, hooks: { beforeRetry: [() => STOP_RETRYING] } });
    await expect(http.request('GET', `${server.url}/servers`)).rejects.toBeInstanceOf(ServiceUnavailable);
    http.close();
    expect(server.seen).toHaveLength(1);
  });
});
