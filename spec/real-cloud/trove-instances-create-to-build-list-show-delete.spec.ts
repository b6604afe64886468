import { expect, it } from 'vitest';
import { UnprocessableEntity } from '../../lib/errors/index.js';
import { cloudSession, describeRealCloud, rejection, uniqueName } from './helpers/real-cloud.js';

describeRealCloud('real Trove: instances', () => {
  it('creates a mysql 5.7 instance to BUILD, lists and shows it; deleting it needs a status reset first', async () => {
    const { compute, database, close } = cloudSession();
    const flavor = await compute.flavors.create({ name: uniqueName('flavor'), ram: 256, vcpus: 1, disk: 1 });
    const name = uniqueName('db');
    try {
      const created = await database.instances.create({ name, flavor: flavor.id, volume: { size: 1 }, datastore: { type: 'mysql', version: '5.7' } });
      const projectId = database.cachedEndpoint!.split('/').pop();
      // Trove answers the create with the instance's full (admin) detail view
      expect(created.toJSON()).toMatchObject({
        name, status: 'BUILD', operating_status: '', region: 'RegionOne', access: {}, tenant_id: projectId, volume: { size: 1 },
        flavor: { id: flavor.id }, datastore: { type: 'mysql', version: '5.7', version_number: '5.7' },
        server_id: null, volume_id: null, encrypted_rpc_messaging: true,
      });
      for (const at of ['created', 'updated', 'service_status_updated'] as const) expect(created[at]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);

      const shown = await database.instances.get(created.id);
      expect(shown.toJSON()).toEqual(created.toJSON());
      const brief = (await database.instances.list({ detailed: false })).find((i) => i.id === created.id)!;
      // the short list leaves out the timestamps, the version number and the admin's server, volume and rpc fields
      expect(Object.keys(brief.toJSON()).sort()).toEqual(
        ['access', 'datastore', 'flavor', 'id', 'links', 'name', 'operating_status', 'region', 'status', 'tenant_id', 'volume']);
      expect(brief.datastore).toEqual({ type: 'mysql', version: '5.7' });
      expect((await database.instances.list()).find((i) => i.id === created.id)!.toJSON()).toEqual(created.toJSON());

      const notReady = await rejection(database.instances.delete(created.id));
      expect(notReady).toBeInstanceOf(UnprocessableEntity);
      expect((notReady as UnprocessableEntity).serverMessage).toBe(`Instance ${created.id} is not ready. (Status is BUILD).`);
      await database.instances.resetStatus(created.id);
      await database.instances.delete(created.id);
      // no taskmanager here: the instance stays, shut down
      expect((await database.instances.get(created.id)).status).toBe('SHUTDOWN');
    } finally {
      await compute.flavors.delete(flavor.id);
      close();
    }
  }, 60_000); // Trove's create and delete take seconds each on a busy 2-core machine
});
