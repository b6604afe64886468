import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { DatabaseV1Client } from '../../lib/services/database/index.js';
import { startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';
import { createFakeTrove } from '../../lib/testing/trove/index.js';
import { V3Password } from '../../plugins/keystone/index.js';

/** Shapes captured from the real Trove 18 API (scripts/real-trove, spec/real-cloud) that the fake once lacked. */
describe('fake Trove: the bodies the real Trove 18 answers', () => {
  let cloud: FakeCloud;
  let http: HTTPClient;
  afterEach(async () => {
    http.close();
    await cloud.close();
  });
  const session = async (user: 'admin' | 'demo') => {
    cloud = await startFakeCloud({ services: [createFakeTrove({ buildMs: 60_000 })] });
    http = new HTTPClient({ authPlugin: new V3Password(cloud.passwordAuth(user)), retry: false });
    return new DatabaseV1Client(http);
  };

  it('an admin gets the detail view on create and show: version_number, tenant_id, server_id, volume_id, encrypted_rpc_messaging', async () => {
    const db = await session('admin');
    const created = await db.instances.create({ name: 'i', flavor: '2', volume: { size: 1 }, datastore: { type: 'mysql', version: '5.7' } });
    expect(created.toJSON()).toMatchObject({
      status: 'BUILD', operating_status: '', access: {}, tenant_id: cloud.admin.projectId, volume: { size: 1 },
      flavor: { id: '2', links: expect.any(Array) }, datastore: { type: 'mysql', version: '5.7', version_number: '5.7.29' },
      server_id: null, volume_id: null, encrypted_rpc_messaging: true,
    });
    expect((await db.instances.get(created.id)).toJSON()).toEqual(created.toJSON());
    const brief = (await db.instances.list({ detailed: false }))[0]!;
    expect(Object.keys(brief.toJSON()).sort()).toEqual(
      ['access', 'datastore', 'flavor', 'id', 'links', 'name', 'operating_status', 'region', 'status', 'tenant_id', 'volume']);
  });

  it('a member gets neither the admin fields of instances nor those of datastore versions', async () => {
    const db = await session('demo');
    const created = await db.instances.create({ name: 'i', flavor: '2', volume: { size: 1 } });
    for (const key of ['tenant_id', 'server_id', 'volume_id', 'encrypted_rpc_messaging']) expect(created).not.toHaveProperty(key);
    expect(created.access).toEqual({});
    const mysql = await db.datastores.get('mysql');
    expect(Object.keys(mysql.versions[0]!).sort()).toEqual(['id', 'links', 'name', 'version']);
  });

  it('datastore versions carry version everywhere, and active (a boolean), packages, image, image_tags for admins', async () => {
    const db = await session('admin');
    const mysql = await db.datastores.get('mysql');
    expect(mysql.versions[0]).toMatchObject({ name: '5.7', version: '5.7.29', active: true, packages: '', image_tags: [] });
    expect(mysql.versions[0]).not.toHaveProperty('datastore');
    expect((await db.datastoreVersions.list(mysql))[0]).toMatchObject({ datastore: mysql.id, active: true });
  });

  it('a BUILD instance is deleted only after reset_status (422 before), and then shuts down', async () => {
    const db = await session('admin');
    const created = await db.instances.create({ name: 'i', flavor: '2', volume: { size: 1 } });
    await expect(db.instances.delete(created.id)).rejects.toMatchObject({
      status: 422, serverMessage: `Instance ${created.id} is not ready. (Status is BUILD).`,
    });
    await db.instances.resetStatus(created.id);
    expect((await db.instances.get(created.id)).status).toBe('ERROR');
    await db.instances.delete(created.id);
    expect((await db.instances.get(created.id)).status).toBe('SHUTDOWN');
  });
});
