import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Forbidden, NotFound } from '../../../lib/errors/index.js';
import { HTTPClient } from '../../../lib/session/http-client.js';
import { IdentityV2Client } from '../../../lib/services/identity/index.js';
import { startFakeCloud, type FakeCloud } from '../../../lib/testing/index.js';
import { V2Password } from '../../../plugins/keystone/index.js';

describe('identity v2.0 on the fake cloud: tenants and users', () => {
  let cloud: FakeCloud;
  const sessions: HTTPClient[] = [];
  beforeEach(async () => {
    cloud = await startFakeCloud();
  });
  afterEach(async () => {
    for (const http of sessions.splice(0)) http.close();
    await cloud.close();
  });

  function v2(user: 'demo' | 'admin'): IdentityV2Client {
    const c = user === 'admin' ? cloud.admin : cloud.credentials;
    const http = new HTTPClient({
      authPlugin: new V2Password({ authUrl: cloud.identityUrl, username: c.username, password: c.password, tenantName: c.projectName }),
      retry: false,
    });
    sessions.push(http);
    return new IdentityV2Client(http);
  }

  it('lists the user’s tenants and finds one by name or id, at the v2.0 endpoint', async () => {
    const identity = v2('demo');
    const tenants = await identity.tenants.list();
    expect(tenants.map((t) => t.id)).toEqual([cloud.credentials.projectId]);
    expect(tenants[0]).toMatchObject({ name: cloud.credentials.projectName, enabled: true });
    expect((await identity.tenants.findByNameOrId(cloud.credentials.projectName)).id).toBe(cloud.credentials.projectId);
    expect((await identity.tenants.findByNameOrId(cloud.credentials.projectId)).name).toBe(cloud.credentials.projectName);
    await expect(identity.tenants.findByNameOrId('nobody')).rejects.toBeInstanceOf(NotFound);
    expect(identity.cachedEndpoint).toBe(`${cloud.url}/identity/v2.0`);
    expect(cloud.count('GET', '/identity/v2.0/tenants')).toBeGreaterThan(3);
    expect(cloud.count('GET', '/identity/v3/tenants')).toBe(0);
  });

  it('lists users as admin (403 for a member) and finds one', async () => {
    const admin = v2('admin');
    const users = await admin.users.list();
    expect(users.map((u) => u.name)).toEqual(expect.arrayContaining([cloud.admin.username, cloud.credentials.username]));
    expect((await admin.users.find({ name: cloud.credentials.username })).id).toBe(cloud.credentials.userId);
    expect((await admin.users.findByNameOrId(cloud.credentials.userId)).username).toBe(cloud.credentials.username);
    await expect(v2('demo').users.list()).rejects.toBeInstanceOf(Forbidden);
  });

  it('stays on the v2.0 endpoint after a re-authentication', async () => {
    const identity = v2('demo');
    await identity.tenants.list();
    cloud.revokeAllTokens();
    expect((await identity.tenants.list()).length).toBe(1);
    expect(cloud.count('GET', '/identity/v2.0/tenants')).toBe(3);
    expect(cloud.count('GET', '/identity/v3/tenants')).toBe(0);
  });
});
