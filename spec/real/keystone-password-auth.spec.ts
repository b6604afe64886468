import { expect, it } from 'vitest';
import { adminPassword, demoPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: password authentication', () => {
  it('by names: a project token whose X-Auth-Token Keystone accepts', async () => {
    const k = realKeystone()!;
    const plugin = adminPassword();
    const { http, keystone, authCount } = realSession(plugin);
    const res = await keystone.get('/projects');
    expect(res.status).toBe(200);
    expect(res.body.projects.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining([k.admin.projectName, k.demo.projectName]));
    expect(plugin.scope).toMatchObject({ kind: 'project', project: { name: k.admin.projectName, domainName: 'Default' } });
    expect(plugin.getToken()).toMatch(/^gAAAAA/);
    expect(authCount()).toBe(1);
    http.close();
  });

  it('by ids: user id + project id', async () => {
    const k = realKeystone()!;
    const plugin = demoPassword();
    const { http, keystone } = realSession(plugin);
    const res = await keystone.get(`/users/${k.demo.userId}/projects`);
    expect(res.body.projects.map((p: { id: string }) => p.id)).toContain(k.demo.projectId);
    expect(plugin.scope?.project?.id).toBe(k.demo.projectId);
    // whole-second expiry: Keystone truncates issued_at, so the token lives expiration-1 to expiration seconds
    const life = plugin.expiresAt!.getTime() - Date.now();
    expect(life).toBeGreaterThan((k.expiration - 2) * 1000);
    expect(life).toBeLessThanOrEqual(k.expiration * 1000);
    http.close();
  });
});
