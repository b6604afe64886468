import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { call } from './helpers.js';

describe('fake cloud: Keystone v2.0', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud.close(); });
  const tokens = () => `${cloud.identityUrl}/v2.0/tokens`;
  const password = (tenant: Record<string, string>) => ({
    auth: { passwordCredentials: { username: cloud.credentials.username, password: cloud.credentials.password }, ...tenant },
  });

  it('issues a token by tenantName with a v2 access document', async () => {
    const res = await call(tokens(), { method: 'POST', json: password({ tenantName: cloud.credentials.projectName }) });
    expect(res.status).toBe(200);
    const access = res.body.access;
    expect(Object.keys(access)).toEqual(['token', 'serviceCatalog', 'user', 'metadata']);
    expect(access.token.id).toMatch(/^gAAAAA/);
    expect(access.token.expires).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(access.token.tenant).toMatchObject({ id: cloud.credentials.projectId, name: 'demo', enabled: true });
    expect(access.user).toMatchObject({ id: cloud.credentials.userId, username: 'demo', name: 'demo' });
    const echo = access.serviceCatalog.find((s: { type: string }) => s.type === 'echo');
    expect(echo.endpoints).toEqual([
      expect.objectContaining({ region: 'RegionOne', publicURL: `${cloud.url}/echo`, internalURL: `${cloud.url}/echo`, adminURL: `${cloud.url}/echo` }),
      expect.objectContaining({ region: 'RegionTwo', publicURL: `${cloud.url}/echo-r2` }),
    ]);
    const used = await call(`${cloud.url}/echo/x`, { headers: { 'X-Auth-Token': access.token.id } });
    expect(used.body.auth.projectId).toBe(cloud.credentials.projectId);
  });

  it('issues a token by tenantId from a token, and lists the tenants', async () => {
    const first = await call(tokens(), { method: 'POST', json: password({}) });
    const res = await call(tokens(), { method: 'POST', json: { auth: { token: { id: first.body.access.token.id }, tenantId: cloud.credentials.projectId } } });
    expect(res.status).toBe(200);
    const tenants = await call(`${cloud.identityUrl}/v2.0/tenants`, { headers: { 'X-Auth-Token': res.body.access.token.id } });
    expect(tenants.body).toEqual({ tenants: [{ id: cloud.credentials.projectId, name: 'demo', description: 'demo project', enabled: true }], tenants_links: [] });
  });

  it('refuses a wrong password with 401 and counts v2 auth requests', async () => {
    cloud.resetCounts();
    const res = await call(tokens(), { method: 'POST', json: { auth: { passwordCredentials: { username: 'demo', password: 'nope' } } } });
    expect(res.status).toBe(401);
    expect(res.body.error.title).toBe('Unauthorized');
    expect(cloud.authCount()).toBe(1);
  });

  it('lists users to admins only', async () => {
    const demo = await call(`${cloud.identityUrl}/v2.0/users`, { headers: { 'X-Auth-Token': cloud.issueToken() } });
    expect(demo.status).toBe(403);
    const admin = await call(`${cloud.identityUrl}/v2.0/users`, { headers: { 'X-Auth-Token': cloud.issueToken('admin') } });
    expect(admin.body.users.map((u: { name: string }) => u.name).sort()).toEqual(['admin', 'demo']);
  });
});
