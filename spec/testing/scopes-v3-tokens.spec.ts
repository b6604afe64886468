import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { passwordIdentity, UNAUTHORIZED, v3Auth } from './helpers.js';

describe('fake cloud: token scopes as Keystone gives them', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud.close(); });
  const admin = () => passwordIdentity({ name: cloud.admin.username, domain: { id: 'default' } }, cloud.admin.password);
  const demo = () => passwordIdentity({ name: cloud.credentials.username, domain: { name: 'Default' } }, cloud.credentials.password);

  it('scopes to a domain by name, with a catalog and no project', async () => {
    const res = await v3Auth(cloud, admin(), { domain: { name: 'Default' } });
    expect(res.status).toBe(201);
    expect(res.body.token.domain).toEqual({ id: 'default', name: 'Default' });
    expect(res.body.token.project).toBeUndefined();
    expect(res.body.token.catalog.length).toBeGreaterThan(0);
  });

  it('scopes to the system', async () => {
    const res = await v3Auth(cloud, admin(), { system: { all: true } });
    expect(res.status).toBe(201);
    expect(res.body.token.system).toEqual({ all: true });
    expect(res.body.token.roles.map((r: { name: string }) => r.name)).toEqual(['admin']);
  });

  it('gives an unscoped token without a catalog to a user with no default project', async () => {
    const res = await v3Auth(cloud, admin());
    expect(res.status).toBe(201);
    expect(res.body.token.project).toBeUndefined();
    expect(res.body.token.catalog).toBeUndefined();
    expect(res.body.token.roles).toEqual([]);
  });

  it('scopes the demo user to its default project when no scope is asked', async () => {
    const res = await v3Auth(cloud, demo());
    expect(res.status).toBe(201);
    expect(res.body.token.project.id).toBe(cloud.credentials.projectId);
    expect(res.body.token.catalog).toBeDefined();
  });

  it('gives an unscoped token for scope "unscoped" even with a default project', async () => {
    const res = await v3Auth(cloud, demo(), 'unscoped');
    expect(res.status).toBe(201);
    expect(res.body.token.project).toBeUndefined();
  });

  it('refuses a project the user has no role on, and the system to a member', async () => {
    const project = await v3Auth(cloud, demo(), { project: { id: cloud.admin.projectId } });
    expect(project.status).toBe(401);
    expect(project.body.error.message).toContain('has no access to project');
    const system = await v3Auth(cloud, demo(), { system: { all: true } });
    expect(system.status).toBe(401);
    expect(system.headers.get('www-authenticate')).toBe(`Keystone uri="${cloud.authUrl}"`);
  });

  it('re-scopes a token with the token method, keeping expiry and audit chain', async () => {
    const first = await v3Auth(cloud, admin());
    const rescoped = await v3Auth(cloud, { methods: ['token'], token: { id: first.token } }, { project: { name: 'admin', domain: { id: 'default' } } });
    expect(rescoped.status).toBe(201);
    expect(rescoped.body.token.methods).toEqual(['token', 'password']);
    expect(rescoped.body.token.expires_at).toBe(first.body.token.expires_at);
    expect(rescoped.body.token.audit_ids[1]).toBe(first.body.token.audit_ids[0]);
    const garbage = await v3Auth(cloud, { methods: ['token'], token: { id: 'gAAAAAnot-a-token' } });
    expect(garbage.status).toBe(401);
    expect(garbage.body).toEqual(UNAUTHORIZED);
  });
});
