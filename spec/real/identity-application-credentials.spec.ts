import { afterAll, beforeAll, expect, it } from 'vitest';
import { NotFound } from '../../lib/errors/index.js';
import { IdentityV3Client, type ApplicationCredential } from '../../lib/services/identity/index.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { V3ApplicationCredential } from '../../plugins/keystone/index.js';
import { demoPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

// Keystone lets only the owner create an application credential, so these run as the demo user.
describeReal('real Keystone: identity v3 application credentials', () => {
  const tag = `sc-${process.pid}-${Date.now().toString(36)}`;
  let demo: ReturnType<typeof realSession>;
  let identity: IdentityV3Client;
  const created: string[] = [];

  beforeAll(() => {
    demo = realSession(demoPassword());
    identity = new IdentityV3Client(demo.http);
  });
  afterAll(async () => {
    const k = realKeystone()!;
    for (const id of created) await identity.applicationCredentials.delete(k.demo.userId, id).catch(() => undefined);
    demo.http.close();
  });

  it('creates (secret shown once), lists, gets, authenticates with and deletes one', async () => {
    const k = realKeystone()!;
    let cred!: ApplicationCredential;
    const log = await captureDebug(async () => {
      cred = await identity.applicationCredentials.create(k.demo.userId, {
        name: `${tag}-ci`, description: 'for CI', roles: [{ name: 'reader' }],
        expiresAt: new Date(Date.now() + 3_600_000),
      });
    });
    expect(log).toContain('application_credentials');
    expectNoSecrets(log, [cred.secret!]);
    created.push(cred.id);
    expect(cred.secret).toMatch(/.{20,}/);
    expect(cred).toMatchObject({ name: `${tag}-ci`, user_id: k.demo.userId, project_id: k.demo.projectId });
    expect(cred.unrestricted).toBeFalsy();
    expect(cred.roles.map((r) => r.name)).toEqual(['reader']);

    const listed = await identity.applicationCredentials.list(k.demo.userId, { name: `${tag}-ci` });
    expect(listed.map((c) => c.id)).toEqual([cred.id]);
    expect(listed[0]!.secret).toBeUndefined();
    expect((await identity.applicationCredentials.get(k.demo.userId, cred.id)).description).toBe('for CI');

    const appSession = realSession(new V3ApplicationCredential({
      authUrl: k.authUrl, applicationCredentialId: cred.id, applicationCredentialSecret: cred.secret!,
    }));
    try {
      // The credential acts as its user on its project, with only the roles it was given.
      const projects = await new IdentityV3Client(appSession.http).users.listProjects(k.demo.userId);
      expect(projects.map((p) => p.id)).toEqual([k.demo.projectId]);
      expect(appSession.authCount()).toBe(1);
    } finally {
      appSession.http.close();
    }

    await cred.delete();
    await expect(identity.applicationCredentials.get(k.demo.userId, cred.id)).rejects.toBeInstanceOf(NotFound);
  });

  it('lets Keystone generate the secret or takes ours', async () => {
    const k = realKeystone()!;
    const mine = await identity.applicationCredentials.create(k.demo.userId, { name: `${tag}-own`, secret: 'my-own-app-secret' });
    created.push(mine.id);
    expect(mine.secret).toBe('my-own-app-secret');
    await identity.applicationCredentials.delete(k.demo.userId, mine);
    expect(await identity.applicationCredentials.list(k.demo.userId, { name: `${tag}-own` })).toEqual([]);
  });
});
