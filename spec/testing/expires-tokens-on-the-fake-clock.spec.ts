import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { call, demoToken, passwordIdentity, v3Auth } from './helpers.js';

describe('fake cloud: token expiry follows the fake clock', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud({ tokenLifetimeSeconds: 60 }); });
  afterAll(async () => { await cloud.close(); });
  const echo = (token: string) => call(`${cloud.url}/echo`, { headers: { 'X-Auth-Token': token } });

  it('issues tokens whose expires_at is issued_at + the lifetime, on whole seconds', async () => {
    const res = await v3Auth(cloud, passwordIdentity({ id: cloud.credentials.userId }, cloud.credentials.password));
    const { issued_at, expires_at } = res.body.token;
    expect(Date.parse(issued_at) % 1000).toBe(0);
    expect(Date.parse(expires_at) - Date.parse(issued_at)).toBe(60_000);
  });

  it('rejects a token from its expires_at on, and validates it with ?allow_expired=1', async () => {
    const token = await demoToken(cloud);
    cloud.advanceClock(58_000);
    expect((await echo(token)).status).toBe(200);
    cloud.advanceClock(2_000);
    expect((await echo(token)).status).toBe(401);
    const fresh = await demoToken(cloud);
    const headers = { 'X-Auth-Token': fresh, 'X-Subject-Token': token };
    expect((await call(`${cloud.authUrl}/auth/tokens`, { headers })).status).toBe(404);
    const allowed = await call(`${cloud.authUrl}/auth/tokens?allow_expired=1`, { headers });
    expect(allowed.status).toBe(200);
    expect(Date.parse(allowed.body.token.expires_at)).toBeLessThanOrEqual(cloud.now());
  });

  it('setTokenLifetime() applies to tokens issued afterwards', async () => {
    const before = await demoToken(cloud);
    cloud.setTokenLifetime(5);
    const after = await demoToken(cloud);
    cloud.advanceClock(5_000);
    expect((await echo(after)).status).toBe(401);
    expect((await echo(before)).status).toBe(200);
    cloud.setTokenLifetime(60);
  });

  it('refuses a bad lifetime or clock move with a typed error', () => {
    expect(() => cloud.setTokenLifetime(-1)).toThrow(expect.objectContaining({ name: 'ConfigError' }));
    expect(() => cloud.advanceClock(Number.NaN)).toThrow(expect.objectContaining({ name: 'ConfigError' }));
  });
});
