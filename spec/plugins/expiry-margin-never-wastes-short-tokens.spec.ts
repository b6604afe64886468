import { describe, expect, it } from 'vitest';
import { V3Password } from '../../plugins/keystone/index.js';
import { onFakeCloud, session } from './helpers/session.js';

function plugin(cloud: { authUrl: string; credentials: { userId: string; password: string; projectId: string } }, expiryMargin?: number) {
  const c = cloud.credentials;
  return new V3Password({ authUrl: cloud.authUrl, userId: c.userId, password: c.password, projectId: c.projectId, ...(expiryMargin === undefined ? {} : { expiryMargin }) });
}

describe('the expiry margin', () => {
  it('is a quarter of a 60 s token: 20 calls use one token (keystoneauth1 would authenticate 20 times)', () => onFakeCloud(async (cloud) => {
    const p = plugin(cloud);
    const { http, echo } = session(p);
    for (let i = 0; i < 20; i++) await echo.get('/ping');
    expect(cloud.authCount()).toBe(1);
    const lifetime = p.expiresAt!.getTime() - Date.now();
    expect(p.effectiveMargin).toBeGreaterThan(14_000);
    expect(p.effectiveMargin).toBeLessThanOrEqual(15_000);
    expect(p.hasValidAuth(Date.now() + lifetime - 16_000)).toBe(true);
    expect(p.hasValidAuth(p.expiresAt!.getTime() - 14_000)).toBe(false);
    http.close();
  }, { tokenLifetimeSeconds: 60 }));

  it('is 120 s for long-lived tokens', () => onFakeCloud(async (cloud) => {
    const p = plugin(cloud);
    const { http } = session(p);
    await http.authenticate();
    expect(p.effectiveMargin).toBe(120_000);
    expect(p.hasValidAuth(p.expiresAt!.getTime() - 121_000)).toBe(true);
    expect(p.hasValidAuth(p.expiresAt!.getTime() - 119_000)).toBe(false);
    http.close();
  }, { tokenLifetimeSeconds: 3600 }));

  it('takes a configured margin, capped at half the lifetime', () => onFakeCloud(async (cloud) => {
    const small = plugin(cloud, 5_000);
    const huge = plugin(cloud, 10 * 60_000);
    for (const p of [small, huge]) {
      const { http } = session(p);
      await http.authenticate();
      http.close();
    }
    expect(small.effectiveMargin).toBe(5_000);
    expect(huge.effectiveMargin).toBeLessThanOrEqual(30_000);
    expect(huge.effectiveMargin).toBeGreaterThan(29_000);
    expect(huge.hasValidAuth()).toBe(true);
  }, { tokenLifetimeSeconds: 60 }));

  it('makes the session re-authenticate before use once the token is inside the margin', () => onFakeCloud(async (cloud) => {
    const p = plugin(cloud, 1_500);
    const { http, echo } = session(p);
    await echo.get('/ping');
    const first = p.getToken();
    // A 3 s token with a 1.5 s margin: after 1.6 s it is renewed before the request is sent, with no 401.
    await new Promise((r) => setTimeout(r, 1_600));
    await echo.get('/ping');
    expect(p.getToken()).not.toBe(first);
    expect(p.generation).toBe(2);
    expect(cloud.authCount()).toBe(2);
    expect(cloud.requests.filter((r) => r.status === 401)).toHaveLength(0);
    http.close();
  }, { tokenLifetimeSeconds: 3 }));
});
