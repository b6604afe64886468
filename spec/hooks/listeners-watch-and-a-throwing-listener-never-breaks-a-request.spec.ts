import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { captureDebug } from '../helpers/capture-debug.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

describe('listeners (http.on / http.off)', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('see request, response, retry and error events in order', async () => {
    let n = 0;
    server = await startLoopback((_req, res) => sendJson(res, ++n === 1 ? 502 : 404, {}));
    const http = new HTTPClient({ retry: { retries: 1, minTimeout: 5, maxTimeout: 10 } });
    const events: string[] = [];
    http.on('request', ({ exchange }) => events.push(`request#${exchange.attempt}`))
      .on('response', ({ exchange }) => events.push(`response#${exchange.attempt}:${exchange.status}`))
      .on('retry', ({ exchange }) => events.push(`retry after #${exchange.attempt}`))
      .on('error', ({ error }) => events.push(`error:${error.name}`));
    await http.request('GET', `${server.url}/x`).catch(() => undefined);
    http.close();
    expect(events).toEqual(['request#1', 'response#1:502', 'retry after #1', 'request#2', 'response#2:404', 'error:NotFound']);
  });

  it('that throw, or reject, are logged at debug level and change nothing; off() removes one', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 200, { ok: true }));
    const http = new HTTPClient({ retry: false });
    const calls: string[] = [];
    const counting = () => { calls.push('counted'); };
    http.on('request', () => { throw new Error('metrics backend down'); });
    http.on('response', async () => { throw new Error('tracer rejected'); });
    http.on('response', counting);
    let status = 0;
    const log = await captureDebug(async () => {
      status = (await http.request('GET', `${server.url}/x`)).status;
      await new Promise((resolve) => setImmediate(resolve));
    });
    expect(status).toBe(200);
    expect(log).toContain('a "request" listener threw (ignored): Error: metrics backend down');
    expect(log).toContain('a "response" listener threw (ignored): Error: tracer rejected');
    http.off('response', counting);
    await http.request('GET', `${server.url}/y`);
    http.close();
    expect(calls).toEqual(['counted']);
    expect(server.seen).toHaveLength(2);
  });
});
