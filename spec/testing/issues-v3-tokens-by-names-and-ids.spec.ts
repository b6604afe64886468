import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { passwordIdentity, v3Auth } from './helpers.js';

describe('fake cloud: Keystone v3 password tokens by names and by ids', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud.close(); });

  it('issues a project token by names with Keystone 22 headers and body', async () => {
    const c = cloud.credentials;
    const res = await v3Auth(cloud, passwordIdentity({ name: c.username, domain: { name: 'Default' } }, c.password),
      { project: { name: c.projectName, domain: { name: 'Default' } } });
    expect(res.status).toBe(201);
    expect(res.token).toMatch(/^gAAAAA[A-Za-z0-9_-]{180}$/);
    expect(res.headers.get('x-openstack-request-id')).toMatch(/^req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(res.headers.get('content-type')).toBe('application/json');
    const token = res.body.token;
    expect(Object.keys(token)).toEqual(['methods', 'user', 'audit_ids', 'expires_at', 'issued_at', 'project', 'is_domain', 'roles', 'catalog']);
    expect(token.methods).toEqual(['password']);
    expect(token.user).toEqual({ domain: { id: 'default', name: 'Default' }, id: c.userId, name: c.username, password_expires_at: null });
    expect(token.project).toEqual({ domain: { id: 'default', name: 'Default' }, id: c.projectId, name: c.projectName });
    expect(token.roles.map((r: { name: string }) => r.name).sort()).toEqual(['member', 'reader']);
    expect(token.audit_ids[0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(token.issued_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000000Z$/);
    expect(Date.parse(token.expires_at) - Date.parse(token.issued_at)).toBe(3600_000);
    expect(token.catalog.map((s: { type: string }) => s.type)).toEqual(['identity', 'echo']);
  });

  it('issues a token by user id and project id', async () => {
    const c = cloud.admin;
    const res = await v3Auth(cloud, passwordIdentity({ id: c.userId }, c.password), { project: { id: c.projectId } });
    expect(res.status).toBe(201);
    expect(res.body.token.user.name).toBe('admin');
    expect(res.body.token.project.id).toBe(c.projectId);
    expect(res.body.token.roles.map((r: { name: string }) => r.name).sort()).toEqual(['admin', 'member', 'reader']);
  });

  it('leaves the catalog out with ?nocatalog', async () => {
    const c = cloud.credentials;
    const res = await v3Auth(cloud, passwordIdentity({ id: c.userId }, c.password), { project: { id: c.projectId } }, '?nocatalog');
    expect(res.status).toBe(201);
    expect(res.body.token.catalog).toBeUndefined();
    expect(res.body.token.project.id).toBe(c.projectId);
  });

  it('gives every token a different value', async () => {
    const c = cloud.credentials;
    const tokens = await Promise.all([1, 2, 3].map(() => v3Auth(cloud, passwordIdentity({ id: c.userId }, c.password))));
    expect(new Set(tokens.map((t) => t.token)).size).toBe(3);
  });
});
