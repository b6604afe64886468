import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { call } from './helpers.js';

describe('fake cloud: Keystone v3 resources', () => {
  let cloud: FakeCloud;
  let admin: Record<string, string>;
  let demo: Record<string, string>;
  beforeAll(async () => {
    cloud = await startFakeCloud();
    admin = { 'X-Auth-Token': cloud.issueToken('admin') };
    demo = { 'X-Auth-Token': cloud.issueToken('demo') };
  });
  afterAll(async () => { await cloud.close(); });
  const v3 = (path: string, headers: Record<string, string>, init: { method?: string; json?: unknown } = {}) => call(`${cloud.authUrl}${path}`, { ...init, headers });

  it('lists projects to an admin in Keystone\'s shape, filters by name, and refuses a member with 403', async () => {
    const list = await v3('/projects', admin);
    expect(list.body.projects.map((p: { name: string }) => p.name).sort()).toEqual(['admin', 'demo']);
    expect(list.body.links).toEqual({ next: null, self: `${cloud.authUrl}/projects`, previous: null });
    const demoProject = list.body.projects.find((p: { name: string }) => p.name === 'demo');
    expect(demoProject).toEqual({
      id: cloud.credentials.projectId, name: 'demo', domain_id: 'default', description: 'demo project', enabled: true,
      parent_id: 'default', is_domain: false, tags: [], options: {}, links: { self: `${cloud.authUrl}/projects/${cloud.credentials.projectId}` },
    });
    expect((await v3('/projects?name=admin', admin)).body.projects).toHaveLength(1);
    const denied = await v3('/projects', demo);
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toBe('You are not authorized to perform the requested action: identity:list_projects.');
  });

  it('lets a member read its own project, user and projects', async () => {
    expect((await v3(`/projects/${cloud.credentials.projectId}`, demo)).status).toBe(200);
    const me = await v3(`/users/${cloud.credentials.userId}`, demo);
    expect(me.body.user).toMatchObject({ name: 'demo', default_project_id: cloud.credentials.projectId });
    expect(me.body.user.password).toBeUndefined();
    expect((await v3(`/users/${cloud.credentials.userId}/projects`, demo)).body.projects.map((p: { name: string }) => p.name)).toEqual(['demo']);
    expect((await v3(`/users/${cloud.admin.userId}/projects`, demo)).status).toBe(403);
  });

  it('creates, renames, refuses a duplicate, and deletes a project', async () => {
    const created = await v3('/projects', admin, { method: 'POST', json: { project: { name: 'tmpproj', description: 'tmp project', enabled: true } } });
    expect(created.status).toBe(201);
    const id = created.body.project.id as string;
    expect(created.body.project).toMatchObject({ name: 'tmpproj', domain_id: 'default', description: 'tmp project', is_domain: false });
    expect((await v3('/projects', admin, { method: 'POST', json: { project: { name: 'tmpproj' } } })).status).toBe(409);
    expect((await v3(`/projects/${id}`, admin, { method: 'PATCH', json: { project: { description: 'changed' } } })).body.project.description).toBe('changed');
    expect((await v3(`/projects/${id}`, demo, { method: 'DELETE' })).status).toBe(403);
    expect((await v3(`/projects/${id}`, admin, { method: 'DELETE' })).status).toBe(204);
    const gone = await v3(`/projects/${id}`, admin);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe(`Could not find project: ${id}.`);
  });

  it('lists users, roles, domains, regions and services', async () => {
    expect((await v3('/users', admin)).body.users.map((u: { name: string }) => u.name).sort()).toEqual(['admin', 'demo']);
    expect((await v3('/roles', admin)).body.roles.map((r: { name: string }) => r.name).sort()).toEqual(['admin', 'member', 'reader']);
    expect((await v3('/domains', admin)).body.domains.map((d: { id: string }) => d.id)).toEqual(['default']);
    expect((await v3('/regions', demo)).body.regions.map((r: { id: string }) => r.id)).toEqual(['RegionOne', 'RegionTwo']);
    expect((await v3('/services', admin)).body.services.map((s: { type: string }) => s.type)).toEqual(['identity', 'echo']);
  });

  it('needs a token', async () => {
    expect((await call(`${cloud.authUrl}/projects`)).status).toBe(401);
  });
});
