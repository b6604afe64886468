import { afterAll, beforeAll, expect, it } from 'vitest';
import { Conflict, Forbidden, NotFound } from '../../lib/errors/index.js';
import { IdentityV3Client, type Domain, type Project } from '../../lib/services/identity/index.js';
import { adminPassword, demoPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: identity v3 projects and domains', () => {
  const tag = `sc-${process.pid}-${Date.now().toString(36)}`;
  let admin: ReturnType<typeof realSession>;
  let identity: IdentityV3Client;
  const projects: Project[] = [];
  const domains: Domain[] = [];

  beforeAll(() => {
    admin = realSession(adminPassword());
    identity = new IdentityV3Client(admin.http);
  });
  afterAll(async () => {
    for (const p of projects.reverse()) await identity.projects.delete(p).catch(() => undefined);
    for (const d of domains) {
      await identity.domains.update(d, { enabled: false }).catch(() => undefined);
      await identity.domains.delete(d).catch(() => undefined);
    }
    admin.http.close();
  });

  it('creates, gets, lists with filters, finds, updates and deletes projects', async () => {
    const parent = await identity.projects.create({ name: `${tag}-parent`, domain: 'default', description: 'parent', tags: ['stackclient'] });
    projects.push(parent);
    expect(admin.http.identity).toBe(identity);
    expect(parent.domain_id).toBe('default');
    const child = await identity.projects.create({ name: `${tag}-child`, parent, enabled: false });
    projects.push(child);
    expect(child.parent_id).toBe(parent.id);

    expect((await identity.projects.get(parent.id)).description).toBe('parent');
    expect((await identity.projects.list({ name: `${tag}-child` })).map((p) => p.id)).toEqual([child.id]);
    expect((await identity.projects.list({ parent })).map((p) => p.id)).toEqual([child.id]);
    expect((await identity.projects.list({ tags: ['stackclient'], domain: 'default' })).map((p) => p.id)).toContain(parent.id);
    expect((await identity.projects.list({ enabled: false })).map((p) => p.id)).toContain(child.id);
    expect((await identity.projects.findByNameOrId(`${tag}-parent`)).id).toBe(parent.id);
    expect((await identity.projects.findByNameOrId(child.id)).name).toBe(`${tag}-child`);

    const renamed = await child.update({ name: `${tag}-renamed`, enabled: true, description: 'now on' });
    expect(renamed).toMatchObject({ name: `${tag}-renamed`, enabled: true, description: 'now on' });

    const dup = await identity.projects.create({ name: `${tag}-parent` }).catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(Conflict);

    await renamed.delete();
    await identity.projects.delete(parent);
    await expect(identity.projects.get(child.id)).rejects.toBeInstanceOf(NotFound);
    await expect(identity.projects.findByNameOrId(`${tag}-parent`)).rejects.toBeInstanceOf(NotFound);
  });

  it('a member lists only their own projects, and gets 403 for all projects', async () => {
    const k = realKeystone()!;
    const demo = realSession(demoPassword());
    const own = new IdentityV3Client(demo.http);
    try {
      expect((await own.users.listProjects(k.demo.userId)).map((p) => p.id)).toEqual([k.demo.projectId]);
      const err = await own.projects.list().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Forbidden);
      expect((err as Forbidden).serverMessage).toMatch(/identity:list_projects/);
    } finally {
      demo.http.close();
    }
  });

  it('creates, updates, disables and deletes a domain (an enabled domain cannot be deleted)', async () => {
    const domain = await identity.domains.create({ name: `${tag}-domain`, description: 'temp' });
    domains.push(domain);
    expect((await identity.domains.list({ name: `${tag}-domain` })).map((d) => d.id)).toEqual([domain.id]);
    expect((await identity.domains.get(domain.id)).description).toBe('temp');
    await expect(domain.delete()).rejects.toBeInstanceOf(Forbidden);
    const disabled = await domain.update({ enabled: false, description: 'going' });
    expect(disabled.enabled).toBe(false);
    await identity.domains.delete(domain);
    await expect(identity.domains.get(domain.id)).rejects.toBeInstanceOf(NotFound);
  });
});
