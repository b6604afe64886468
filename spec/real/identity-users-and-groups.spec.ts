import { afterAll, beforeAll, expect, it } from 'vitest';
import { NotFound } from '../../lib/errors/index.js';
import { IdentityV3Client, type Group, type User } from '../../lib/services/identity/index.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { adminPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: identity v3 users and groups', () => {
  const tag = `sc-${process.pid}-${Date.now().toString(36)}`;
  let admin: ReturnType<typeof realSession>;
  let identity: IdentityV3Client;
  const users: User[] = [];
  const groups: Group[] = [];

  beforeAll(() => {
    admin = realSession(adminPassword());
    identity = new IdentityV3Client(admin.http);
  });
  afterAll(async () => {
    for (const g of groups) await identity.groups.delete(g).catch(() => undefined);
    for (const u of users) await identity.users.delete(u).catch(() => undefined);
    admin.http.close();
  });

  it('creates, gets, lists, finds, updates and deletes users', async () => {
    const k = realKeystone()!;
    const user = await identity.users.create({
      name: `${tag}-alice`, domain: 'default', password: 'alice-secret-1', email: 'alice@example.org',
      description: 'test user', defaultProject: k.demo.projectId,
    });
    users.push(user);
    expect(user).toMatchObject({ name: `${tag}-alice`, domain_id: 'default', enabled: true, default_project_id: k.demo.projectId });
    expect(JSON.stringify(user)).not.toContain('alice-secret-1');
    expect((await identity.users.get(user.id)).email).toBe('alice@example.org');
    expect((await identity.users.list({ name: `${tag}-alice`, domain: 'default' })).map((u) => u.id)).toEqual([user.id]);
    expect((await identity.users.findByNameOrId(`${tag}-alice`)).id).toBe(user.id);
    const off = await user.update({ enabled: false, description: 'off' });
    expect(off).toMatchObject({ enabled: false, description: 'off' });
    expect((await identity.users.list({ enabled: false })).map((u) => u.id)).toContain(user.id);
    await identity.users.delete(user);
    await expect(identity.users.get(user.id)).rejects.toBeInstanceOf(NotFound);
  });

  it('a user changes their own password and authenticates with the new one', async () => {
    const k = realKeystone()!;
    const member = await identity.roles.find({ name: 'member' });
    const user = await identity.users.create({ name: `${tag}-bob`, domain: 'default', password: 'bob-secret-1' });
    users.push(user);
    await identity.roles.grant(member, { user, project: k.demo.projectId });
    const bob = realSession(new V3Password({ authUrl: k.authUrl, userId: user.id, password: 'bob-secret-1', projectId: k.demo.projectId }));
    try {
      await new IdentityV3Client(bob.http).users.changePassword(user.id, { originalPassword: 'bob-secret-1', password: 'bob-secret-2' });
    } finally {
      bob.http.close();
    }
    // Keystone revokes every token of the user issued in the same second as the change (NOTES.md).
    await new Promise((r) => setTimeout(r, 1100));
    const again = realSession(new V3Password({ authUrl: k.authUrl, userId: user.id, password: 'bob-secret-2', projectId: k.demo.projectId }));
    try {
      expect((await new IdentityV3Client(again.http).users.get(user.id)).name).toBe(`${tag}-bob`);
    } finally {
      again.http.close();
    }
  });

  it('creates groups and adds, checks, lists and removes members', async () => {
    const user = await identity.users.create({ name: `${tag}-carol`, domain: 'default' });
    users.push(user);
    const group = await identity.groups.create({ name: `${tag}-devs`, domain: 'default', description: 'developers' });
    groups.push(group);
    expect((await identity.groups.get(group.id)).description).toBe('developers');
    expect((await identity.groups.list({ name: `${tag}-devs` })).map((g) => g.id)).toEqual([group.id]);

    expect(await group.hasUser(user)).toBe(false);
    await group.addUser(user);
    expect(await identity.groups.checkUser(group, user.id)).toBe(true);
    expect((await identity.groups.listUsers(group)).map((u) => u.id)).toEqual([user.id]);
    expect((await identity.users.listGroups(user)).map((g) => g.id)).toEqual([group.id]);
    await identity.groups.removeUser(group, user);
    expect(await group.hasUser(user)).toBe(false);
    expect(await identity.groups.listUsers(group)).toEqual([]);

    const renamed = await identity.groups.update(group, { name: `${tag}-devs2` });
    expect(renamed.name).toBe(`${tag}-devs2`);
    await group.delete();
    await expect(identity.groups.get(group.id)).rejects.toBeInstanceOf(NotFound);
  });
});
