import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromResponse } from '../../lib/errors/from-response.js';
import { send, startLoopback, type Loopback } from '../log/loopback.js';

let server: Loopback;
let headers: Record<string, string> = {};

beforeAll(async () => {
  server = await startLoopback((_req, res) => {
    res.writeHead(404, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ itemNotFound: { message: 'Flavor 42 could not be found.', code: 404 } }));
  });
});
afterAll(() => server.close());

async function errorWith(h: Record<string, string>) {
  headers = h;
  const res = await send(server.url);
  return fromResponse({ status: res.status, headers: res.headers, body: JSON.parse(res.rawBody.toString()), method: 'GET', url: server.url });
}

describe('request id', () => {
  it('comes from x-openstack-request-id and shows in the message', async () => {
    const err = await errorWith({ 'X-OpenStack-Request-ID': 'req-063c1eeb-8698-4945-804b-b724583fe413' });
    expect(err.requestId).toBe('req-063c1eeb-8698-4945-804b-b724583fe413');
    expect(err.message).toContain('(request id req-063c1eeb-8698-4945-804b-b724583fe413)');
  });

  it('falls back to x-compute-request-id', async () => {
    const err = await errorWith({ 'X-Compute-Request-Id': 'req-aaaa' });
    expect(err.requestId).toBe('req-aaaa');
  });

  it('prefers x-openstack-request-id when both are sent', async () => {
    const err = await errorWith({ 'x-compute-request-id': 'req-compute', 'x-openstack-request-id': 'req-global' });
    expect(err.requestId).toBe('req-global');
  });

  it('is absent when the service sends none', async () => {
    const err = await errorWith({});
    expect(err.requestId).toBeUndefined();
    expect(err.message).not.toContain('request id');
  });

  it('takes the first value of an array header', () => {
    const err = fromResponse({ status: 500, headers: { 'x-openstack-request-id': ['req-1', 'req-2'] }, body: '', method: 'POST', url: 'http://127.0.0.1:1/' });
    expect(err.requestId).toBe('req-1');
  });
});
