import { expect, it } from 'vitest';
import { adminPassword, demoPassword, describeReal, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: a token revoked mid-session', () => {
  it('gets one 401, one re-authentication, then success', async () => {
    const plugin = demoPassword();
    const { http, keystone, authCount } = realSession(plugin);
    await keystone.get('/auth/projects');
    const revoked = plugin.getToken()!;

    // Someone else (an admin) revokes it at Keystone.
    const admin = realSession(adminPassword());
    await admin.keystone.delete('/auth/tokens', { headers: { 'X-Subject-Token': revoked } });

    const res = await keystone.get('/auth/projects');
    expect(res.status).toBe(200);
    expect(authCount()).toBe(2);
    expect(plugin.generation).toBe(2);
    expect(plugin.getToken()).not.toBe(revoked);
    const statuses = http.getTimings().filter((t) => t.url.endsWith('/auth/projects')).map((t) => t.status);
    expect(statuses).toEqual([200, 401, 200]);
    http.close();
    admin.http.close();
  });

  it('http.revoke() revokes the session\'s own token at Keystone', async () => {
    const plugin = demoPassword();
    const { http } = realSession(plugin);
    await http.authenticate();
    const token = plugin.getToken()!;
    await http.revoke();
    const admin = realSession(adminPassword());
    // Keystone: a revoked token fails validation with 404 "Failed to validate token".
    await expect(admin.keystone.get('/auth/tokens', { headers: { 'X-Subject-Token': token } })).rejects.toMatchObject({ status: 404 });
    http.close();
    admin.http.close();
  });
});
