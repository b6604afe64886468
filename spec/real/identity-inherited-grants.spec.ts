import { afterAll, beforeAll, expect, it } from 'vitest';
import { InvalidArgument } from '../../lib/services/common/index.js';
import { IdentityV3Client, type Project, type Role, type User } from '../../lib/services/identity/index.js';
import { adminPassword, describeReal, realSession } from './helpers/real-keystone.js';

// OS-INHERIT: a grant on a domain (or a parent project) that the projects under it inherit, not held on it.
describeReal('real Keystone: inherited grants reach the sub-projects and list under the inherited filter', () => {
  const tag = `sc-inherit-${process.pid}-${Date.now().toString(36)}`;
  let admin: ReturnType<typeof realSession>;
  let identity: IdentityV3Client;
  let role: Role;
  let user: User;
  let parent: Project;
  let child: Project;

  beforeAll(async () => {
    admin = realSession(adminPassword());
    identity = new IdentityV3Client(admin.http);
    role = await identity.roles.create({ name: `${tag}-role` });
    user = await identity.users.create({ name: `${tag}-user`, domain: 'default' });
    parent = await identity.projects.create({ name: `${tag}-parent`, domain: 'default' });
    child = await identity.projects.create({ name: `${tag}-child`, domain: 'default', parent });
  });
  afterAll(async () => {
    for (const done of [() => identity.projects.delete(child), () => identity.projects.delete(parent), () => identity.users.delete(user),
      () => identity.roles.delete(role)]) await done().catch(() => undefined);
    admin.http.close();
  });

  it('grant, check and revoke with inherited: true; the child gets it as an effective role, the parent does not hold it', async () => {
    await identity.roles.grant(role, { user, project: parent, inherited: true });
    expect(await identity.roles.check(role, { user, project: parent, inherited: true })).toBe(true);
    expect(await identity.roles.check(role, { user, project: parent })).toBe(false);

    const inherited = await identity.roleAssignments.list({ user, inherited: true });
    expect(inherited.map((a) => [a.role.id, a.scope.project?.id, a.scope['OS-INHERIT:inherited_to']])).toEqual([[role.id, parent.id, 'projects']]);
    const effective = await identity.roleAssignments.list({ user, effective: true });
    expect(effective.map((a) => a.scope.project?.id)).toEqual([child.id]);

    await identity.roles.revoke(role, { user, project: parent, inherited: true });
    expect(await identity.roleAssignments.list({ user, inherited: true })).toEqual([]);
  });

  it('a system grant cannot be inherited: InvalidArgument before any request', async () => {
    await expect(identity.roles.grant(role, { user, system: true, inherited: true })).rejects.toBeInstanceOf(InvalidArgument);
  });
});
