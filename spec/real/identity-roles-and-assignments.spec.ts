import { afterAll, beforeAll, expect, it } from 'vitest';
import { NotFound } from '../../lib/errors/index.js';
import { InvalidArgument } from '../../lib/services/common/index.js';
import { IdentityV3Client, type Group, type Project, type Role, type User } from '../../lib/services/identity/index.js';
import { adminPassword, describeReal, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: identity v3 roles, grants and role assignments', () => {
  const tag = `sc-${process.pid}-${Date.now().toString(36)}`;
  let admin: ReturnType<typeof realSession>;
  let identity: IdentityV3Client;
  let role: Role;
  let user: User;
  let group: Group;
  let project: Project;

  beforeAll(async () => {
    admin = realSession(adminPassword());
    identity = new IdentityV3Client(admin.http);
    role = await identity.roles.create({ name: `${tag}-auditor`, description: 'reads audit logs' });
    user = await identity.users.create({ name: `${tag}-dave`, domain: 'default' });
    group = await identity.groups.create({ name: `${tag}-auditors`, domain: 'default' });
    project = await identity.projects.create({ name: `${tag}-books`, domain: 'default' });
  });
  afterAll(async () => {
    for (const done of [
      () => identity.projects.delete(project), () => identity.groups.delete(group),
      () => identity.users.delete(user), () => identity.roles.delete(role),
    ]) await done().catch(() => undefined);
    admin.http.close();
  });

  it('creates, gets, lists, finds and updates roles; deletes one', async () => {
    expect((await identity.roles.get(role.id)).name).toBe(`${tag}-auditor`);
    expect((await identity.roles.list({ name: `${tag}-auditor` })).map((r) => r.id)).toEqual([role.id]);
    expect((await identity.roles.findByNameOrId(`${tag}-auditor`)).id).toBe(role.id);
    expect((await identity.roles.list()).map((r) => r.name)).toEqual(expect.arrayContaining(['admin', 'member', 'reader']));
    expect((await identity.roles.update(role, { description: 'reads everything' })).description).toBe('reads everything');
    const temp = await identity.roles.create({ name: `${tag}-temp` });
    await temp.delete();
    await expect(identity.roles.get(temp.id)).rejects.toBeInstanceOf(NotFound);
  });

  it('grants, checks, lists and revokes roles on a project, a domain and the system, for a user and a group', async () => {
    expect(await identity.roles.check(role, { user, project })).toBe(false);
    await identity.roles.grant(role, { user, project });
    expect(await identity.roles.check(role, { user, project })).toBe(true);
    expect((await identity.roles.listGrants({ user, project })).map((r) => r.id)).toEqual([role.id]);

    await identity.roles.grant(role.id, { group: group.id, domain: 'default' });
    expect(await identity.roles.check(role, { group, domain: 'default' })).toBe(true);
    expect((await identity.roles.listGrants({ group, domain: 'default' })).map((r) => r.id)).toEqual([role.id]);

    await identity.roles.grant(role, { user, system: true });
    expect(await identity.roles.check(role, { user, system: true })).toBe(true);
    const onSystem = await identity.roleAssignments.list({ user, system: true });
    expect(onSystem.map((a) => [a.role.id, a.scope.system?.all])).toEqual([[role.id, true]]);
    await identity.roles.revoke(role, { user, system: true });
    expect(await identity.roles.check(role, { user, system: true })).toBe(false);

    await identity.roles.revoke(role, { user, project });
    await identity.roles.revoke(role, { group, domain: 'default' });
    expect(await identity.roles.check(role, { user, project })).toBe(false);
    expect(await identity.roles.listGrants({ group, domain: 'default' })).toEqual([]);
  });

  it('lists role assignments by user, group, role and scope; effective expands groups; include_names adds names', async () => {
    await identity.roles.grant(role, { group, project });
    await identity.groups.addUser(group, user);
    try {
      const byRole = await identity.roleAssignments.list({ role, project });
      expect(byRole).toHaveLength(1);
      expect(byRole[0]).toMatchObject({ role: { id: role.id }, group: { id: group.id }, scope: { project: { id: project.id } } });
      expect(byRole[0]!.user).toBeUndefined();

      expect(await identity.roleAssignments.list({ user, project })).toEqual([]);
      const effective = await identity.roleAssignments.list({ user, project, effective: true });
      expect(effective).toHaveLength(1);
      expect(effective[0]).toMatchObject({ role: { id: role.id }, user: { id: user.id } });
      expect(effective[0]!.links.membership).toMatch(/\/groups\/.+\/users\//);

      const named = await identity.roleAssignments.list({ group, includeNames: true });
      expect(named[0]).toMatchObject({
        role: { name: `${tag}-auditor` }, group: { name: `${tag}-auditors` }, scope: { project: { name: `${tag}-books` } },
      });
      expect(byRole[0]!.role.name).toBeUndefined();
    } finally {
      await identity.groups.removeUser(group, user);
      await identity.roles.revoke(role, { group, project });
    }
  });

  it('refuses a grant target that names no scope or two actors, before any request', async () => {
    await expect(identity.roles.grant(role, { user })).rejects.toThrow(/exactly one of project, domain or system/);
    await expect(identity.roles.check(role, { user, group, project })).rejects.toThrow(InvalidArgument);
  });
});
