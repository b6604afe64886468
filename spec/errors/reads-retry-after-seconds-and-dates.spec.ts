import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TooManyRequests, ServiceUnavailable } from '../../lib/errors/http-errors.js';
import { fromResponse, parseRetryAfter } from '../../lib/errors/from-response.js';
import { send, startLoopback, type Loopback } from '../log/loopback.js';

let server: Loopback;
let retryAfter = '';

beforeAll(async () => {
  server = await startLoopback((_req, res) => {
    res.writeHead(429, { 'content-type': 'application/json', 'retry-after': retryAfter });
    res.end(JSON.stringify({ overLimit: { message: 'Rate limit exceeded', code: 429 } }));
  });
});
afterAll(() => server.close());

async function errorWith(value: string) {
  retryAfter = value;
  const res = await send(server.url);
  return fromResponse({ status: res.status, headers: res.headers, body: JSON.parse(res.rawBody.toString()), method: 'GET', url: server.url });
}

describe('Retry-After', () => {
  it('reads delta seconds from a real response header', async () => {
    const err = await errorWith('17');
    expect(err).toBeInstanceOf(TooManyRequests);
    expect(err.retryAfter).toBe(17);
  });

  it('reads an HTTP date as seconds from now', async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const err = await errorWith(inTwoMinutes);
    // toUTCString drops the milliseconds, so the wait is 119 or 120 s.
    expect(err.retryAfter).toBeGreaterThanOrEqual(119);
    expect(err.retryAfter).toBeLessThanOrEqual(120);
  });

  it('never gives a negative wait for a date in the past', async () => {
    const err = await errorWith('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(err.retryAfter).toBe(0);
  });

  it('ignores a value that is neither form', async () => {
    const err = await errorWith('soon-ish');
    expect(err.retryAfter).toBeUndefined();
  });

  it('parses against a given clock, header arrays take the first, junk is undefined', () => {
    const now = Date.parse('Sun, 22 Nov 2026 17:53:00 GMT');
    expect(parseRetryAfter('Sun, 22 Nov 2026 17:53:30 GMT', now)).toBe(30);
    expect(parseRetryAfter(['5', '9'], now)).toBe(5);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('finds the header whatever its case', () => {
    const err = fromResponse({ status: 503, headers: { 'Retry-After': '3' }, body: 'busy', method: 'GET', url: 'http://127.0.0.1:1/' });
    expect(err).toBeInstanceOf(ServiceUnavailable);
    expect(err.retryAfter).toBe(3);
  });
});
