import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { call, passwordIdentity, v3Auth } from './helpers.js';

describe('fake cloud knob: failNext', () => {
  let cloud: FakeCloud;
  let token: string;
  beforeAll(async () => { cloud = await startFakeCloud(); token = cloud.issueToken(); });
  afterAll(async () => { await cloud.close(); });
  const echo = (path: string, method = 'GET') => call(`${cloud.url}${path}`, { method, headers: { 'X-Auth-Token': token } });

  it('answers the next n requests with the status, headers and a Keystone body, then lets them through', async () => {
    cloud.failNext(2, { status: 503, headers: { 'Retry-After': '1' } });
    const first = await echo('/echo/a');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(first.body).toEqual({ error: { code: 503, message: 'The server is currently unavailable. Please try again at a later time.', title: 'Service Unavailable' } });
    expect((await echo('/echo/b')).status).toBe(503);
    expect((await echo('/echo/c')).status).toBe(200);
  });

  it('matches only the given method and path (string exact, or RegExp)', async () => {
    cloud.failNext(1, { status: 500, method: 'POST', path: '/echo/target', body: { computeFault: { code: 500, message: 'boom' } } });
    cloud.failNext(1, { status: 429, path: /^\/echo\/limited\/\d+$/ });
    expect((await echo('/echo/target')).status).toBe(200);
    expect((await echo('/echo/limited/x')).status).toBe(200);
    const post = await echo('/echo/target', 'POST');
    expect(post.status).toBe(500);
    expect(post.body).toEqual({ computeFault: { code: 500, message: 'boom' } });
    expect((await echo('/echo/limited/42')).status).toBe(429);
    expect((await echo('/echo/target', 'POST')).status).toBe(200);
  });

  it('applies to Keystone too, before authentication', async () => {
    cloud.failNext(1, { status: 502, method: 'POST', path: '/identity/v3/auth/tokens' });
    const identity = passwordIdentity({ id: cloud.credentials.userId }, cloud.credentials.password);
    expect((await v3Auth(cloud, identity)).status).toBe(502);
    expect((await v3Auth(cloud, identity)).status).toBe(201);
  });

  it('refuses a bad count or status with a typed error', () => {
    expect(() => cloud.failNext(-1, { status: 500 })).toThrow(expect.objectContaining({ name: 'ConfigError' }));
    expect(() => cloud.failNext(1, { status: 42 })).toThrow(expect.objectContaining({ name: 'ConfigError' }));
  });
});
