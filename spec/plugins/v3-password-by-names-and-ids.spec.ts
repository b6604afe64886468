import { describe, expect, it } from 'vitest';
import { V3Password } from '../../plugins/keystone/index.js';
import { onFakeCloud, session } from './helpers/session.js';

describe('V3Password on the fake cloud', () => {
  it('authenticates by names, holds a project token and its catalog, and authorizes requests', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    const plugin = new V3Password({
      authUrl: cloud.authUrl, username: c.username, password: c.password, userDomainName: c.userDomainName,
      projectName: c.projectName, projectDomainName: c.projectDomainName,
    });
    const { http, echo } = session(plugin);
    const res = await echo.get('/anything');
    expect(res.status).toBe(200);
    expect(plugin.generation).toBe(1);
    expect(plugin.scope).toMatchObject({ kind: 'project', project: { id: c.projectId, name: c.projectName } });
    expect(plugin.catalog.map((s) => s.type)).toContain('identity');
    expect(plugin.expiresAt!.getTime()).toBeGreaterThan(Date.now());
    const headers: Record<string, string> = {};
    expect(plugin.authorize({ method: 'GET', url: new URL(cloud.url), headers })).toEqual(['X-Auth-Token']);
    expect(headers['X-Auth-Token']).toBe(plugin.getToken());
    expect(cloud.authCount()).toBe(1);
    http.close();
  }));

  it('authenticates by user id and project id', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    const plugin = new V3Password({ authUrl: cloud.authUrl, userId: c.userId, password: c.password, projectId: c.projectId });
    const { http, echo } = session(plugin);
    await echo.get('/x');
    expect(plugin.scope?.project?.id).toBe(c.projectId);
    http.close();
  }));

  it('accepts the Keystone root as auth URL (it appends /v3)', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    const plugin = new V3Password({ authUrl: cloud.identityUrl, userId: c.userId, password: c.password, projectId: c.projectId });
    const { http } = session(plugin);
    await http.authenticate();
    expect(cloud.count('POST', '/identity/v3/auth/tokens')).toBe(1);
    http.close();
  }));
});
