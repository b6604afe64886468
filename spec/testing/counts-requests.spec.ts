import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { call, demoToken } from './helpers.js';

describe('fake cloud: request counts and the request ring', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud({ requestLogLimit: 5 }); });
  afterAll(async () => { await cloud.close(); });

  it('counts by method and exact path or RegExp, and auth requests, until resetCounts()', async () => {
    cloud.resetCounts();
    const token = await demoToken(cloud);
    await call(`${cloud.url}/echo/a?q=1`, { headers: { 'X-Auth-Token': token } });
    await call(`${cloud.url}/echo/a`, { headers: { 'X-Auth-Token': token } });
    await call(`${cloud.url}/echo/b`, { method: 'POST', headers: { 'X-Auth-Token': token } });
    expect(cloud.count('GET', '/echo/a')).toBe(2);
    expect(cloud.count('get', /^\/echo\//)).toBe(2);
    expect(cloud.count('POST', /^\/echo\//)).toBe(1);
    expect(cloud.count('POST', '/identity/v3/auth/tokens')).toBe(1);
    expect(cloud.authCount()).toBe(1);
    cloud.resetCounts();
    expect(cloud.count('GET', '/echo/a')).toBe(0);
    expect(cloud.authCount()).toBe(0);
    expect(cloud.requests).toEqual([]);
  });

  it('keeps the last requestLogLimit requests, oldest first, with token headers hashed', async () => {
    const token = cloud.issueToken();
    for (let i = 0; i < 8; i++) await call(`${cloud.url}/echo/${i}`, { headers: { 'X-Auth-Token': token } });
    const requests = cloud.requests;
    expect(requests.map((r) => r.path)).toEqual(['/echo/3', '/echo/4', '/echo/5', '/echo/6', '/echo/7']);
    expect(requests[0]!.status).toBe(200);
    expect(requests[0]!.requestId).toMatch(/^req-/);
    expect(requests[0]!.headers['x-auth-token']).toBe(`{SHA256}${createHash('sha256').update(token).digest('hex')}`);
    expect(JSON.stringify(requests)).not.toContain(token);
  });
});
