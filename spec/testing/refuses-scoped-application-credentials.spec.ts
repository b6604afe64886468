import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { v3Auth } from './helpers.js';

describe('fake cloud: application credentials', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud.close(); });
  const byId = (secret: string) => ({ methods: ['application_credential'], application_credential: { id: cloud.applicationCredential.id, secret } });

  it('authenticates by id + secret into the credential\'s project', async () => {
    const res = await v3Auth(cloud, byId(cloud.applicationCredential.secret));
    expect(res.status).toBe(201);
    expect(res.body.token.methods).toEqual(['application_credential']);
    expect(res.body.token.project.id).toBe(cloud.credentials.projectId);
    expect(res.body.token.application_credential).toEqual({ id: cloud.applicationCredential.id, name: 'demo-appcred', restricted: true });
  });

  it('authenticates by name + user + secret', async () => {
    const res = await v3Auth(cloud, {
      methods: ['application_credential'],
      application_credential: { name: cloud.applicationCredential.name, user: { name: 'demo', domain: { name: 'Default' } }, secret: cloud.applicationCredential.secret },
    });
    expect(res.status).toBe(201);
    expect(res.body.token.user.id).toBe(cloud.credentials.userId);
  });

  it('refuses any scope with Keystone\'s message', async () => {
    const res = await v3Auth(cloud, byId(cloud.applicationCredential.secret), { project: { id: cloud.credentials.projectId } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 401, message: 'Application credentials cannot request a scope.', title: 'Unauthorized' } });
  });

  it('refuses a wrong secret', async () => {
    const res = await v3Auth(cloud, byId('not-the-secret'));
    expect(res.status).toBe(401);
    expect(res.token).toBeNull();
  });
});
