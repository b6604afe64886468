import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { call } from './helpers.js';

describe('fake cloud: the echo service', () => {
  let cloud: FakeCloud;
  let token: string;
  beforeAll(async () => { cloud = await startFakeCloud(); token = cloud.issueToken(); });
  afterAll(async () => { await cloud.close(); });
  const echo = (path: string, init: Parameters<typeof call>[1] = {}) =>
    call(`${cloud.url}${path}`, { ...init, headers: { 'X-Auth-Token': token, ...init.headers } });

  it('echoes method, path, query, headers (without X-Auth-Token) and the JSON body', async () => {
    const res = await echo('/echo/a/b?x=1&y=2&y=3', { method: 'PATCH', headers: { 'X-Custom': 'v' }, json: { n: 1 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ method: 'PATCH', path: '/echo/a/b', query: { x: '1', y: ['2', '3'] }, body: { n: 1 } });
    expect(res.body.headers['x-custom']).toBe('v');
    expect(res.body.headers['x-auth-token']).toBeUndefined();
    expect(res.text).not.toContain(token);
    expect(res.body.auth).toMatchObject({ userId: cloud.credentials.userId, projectId: cloud.credentials.projectId });
  });

  it('echoes a text body as text, in RegionTwo as well', async () => {
    const res = await echo('/echo-r2/x', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(res.body).toMatchObject({ path: '/echo-r2/x', body: 'hello' });
  });

  it('redirects to ?to= with the asked status', async () => {
    const res = await fetch(`${cloud.url}/echo/redirect?to=${encodeURIComponent('http://127.0.0.1:1/x')}&status=307`, { headers: { 'X-Auth-Token': token }, redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('http://127.0.0.1:1/x');
  });

  it('answers /status/:code in Nova, Keystone or text shape, with Retry-After', async () => {
    const nova = await echo('/echo/status/404?message=Server%20x%20could%20not%20be%20found.');
    expect(nova.status).toBe(404);
    expect(nova.body).toEqual({ itemNotFound: { code: 404, message: 'Server x could not be found.' } });
    expect(nova.headers.get('x-compute-request-id')).toBe(nova.headers.get('x-openstack-request-id'));
    const fault = await echo('/echo/status/500');
    expect(Object.keys(fault.body)).toEqual(['computeFault']);
    const limited = await echo('/echo/status/429?shape=keystone&retry_after=7');
    expect(limited.body.error).toMatchObject({ code: 429, title: 'Too Many Requests' });
    expect(limited.headers.get('retry-after')).toBe('7');
    const text = await echo('/echo/status/409?shape=text&message=busy');
    expect(text.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(text.text).toBe('busy');
  });

  it('answers /html/:code with an HTML page and /bytes/:n with n bytes', async () => {
    const html = await echo('/echo/html/502');
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.text).toContain('<title>502 Bad Gateway</title>');
    const bytes = await fetch(`${cloud.url}/echo/bytes/1000`, { headers: { 'X-Auth-Token': token } });
    const buffer = Buffer.from(await bytes.arrayBuffer());
    expect(bytes.headers.get('content-type')).toBe('application/octet-stream');
    expect(buffer.length).toBe(1000);
    expect(buffer[257]).toBe(1);
  });

  it('needs a token for every path', async () => {
    for (const path of ['/echo', '/echo/status/200', '/echo-r2/x']) expect((await call(`${cloud.url}${path}`)).status).toBe(401);
  });
});
