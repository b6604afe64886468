import { expect, it } from 'vitest';
import { adminPassword, demoPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: token scopes', () => {
  it('domain-scoped token (admin has a role on Default)', async () => {
    const plugin = adminPassword({ projectName: undefined, projectDomainName: undefined, domainName: 'Default' });
    const { http, keystone } = realSession(plugin);
    await http.authenticate();
    expect(plugin.scope).toEqual({ kind: 'domain', domain: { id: 'default', name: 'Default' } });
    expect((await keystone.get('/users', { query: { domain_id: 'default' } })).status).toBe(200);
    http.close();
  });

  it('system-scoped token (bootstrap makes admin a system admin)', async () => {
    const plugin = adminPassword({ projectName: undefined, projectDomainName: undefined, systemScope: 'all' });
    const { http, keystone } = realSession(plugin);
    await http.authenticate();
    expect(plugin.scope).toEqual({ kind: 'system', system: 'all' });
    expect((await keystone.get('/regions')).status).toBe(200);
    http.close();
  });

  it('unscoped token: explicitly unscoped has no catalog; no scope at all gives the default project', async () => {
    const k = realKeystone()!;
    const unscoped = demoPassword({ projectId: undefined, unscoped: true });
    const a = realSession(unscoped);
    await a.http.authenticate();
    expect(unscoped.scope).toEqual({ kind: 'unscoped' });
    expect(unscoped.catalog).toEqual([]);
    // identity stays reachable through the auth URL: the user's projects, to pick one
    const projects = await a.keystone.get('/auth/projects');
    expect(projects.body.projects.map((p: { id: string }) => p.id)).toContain(k.demo.projectId);

    const byDefault = demoPassword({ projectId: undefined });
    const b = realSession(byDefault);
    await b.http.authenticate();
    expect(byDefault.scope?.project?.id).toBe(k.demo.projectId);
    a.http.close();
    b.http.close();
  });
});
