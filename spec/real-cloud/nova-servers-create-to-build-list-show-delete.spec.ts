import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { NotFound } from '../../lib/errors/index.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { cloudSession, describeRealCloud, realCloud, rejection, uniqueName } from './helpers/real-cloud.js';

describeRealCloud('real Nova: servers', () => {
  it("creates a server with networks 'none' (2.37+) to BUILD, then lists, shows and deletes it", async () => {
    const { compute, close } = cloudSession();
    const flavor = await compute.flavors.create({ name: uniqueName('flavor'), ram: 64, vcpus: 1, disk: 0 });
    const name = uniqueName('server');
    let adminPass = '';
    let gone: Error | undefined;
    try {
      const debug = await captureDebug(async () => {
        const created = await compute.servers.create({ name, flavorRef: flavor.id, imageRef: realCloud()!.imageId, networks: 'none' });
        adminPass = created.adminPass as string;
        expect(adminPass).toMatch(/^\S{8,}$/);
        expect(Object.keys(created.toJSON()).sort()).toEqual(['OS-DCF:diskConfig', 'adminPass', 'id', 'links', 'security_groups']);

        const shown = await compute.servers.get(created.id);
        expect(shown).toMatchObject({
          id: created.id, name, status: 'BUILD', 'OS-EXT-STS:vm_state': 'building', 'OS-EXT-STS:task_state': 'scheduling', addresses: {},
          image: { id: realCloud()!.imageId }, flavor: { original_name: flavor.name, vcpus: 1, ram: 64 }, locked: false, tags: [],
          server_groups: [],
        });
        expect(shown).not.toHaveProperty('security_groups'); // no port, no security group: Nova leaves the key out

        const listed = await compute.servers.list({ filters: { name } });
        expect(listed.map((s) => s.id)).toEqual([created.id]);
        expect(listed[0]).not.toHaveProperty('server_groups'); // only the show carries it (2.71)
        expect((await compute.servers.list({ detailed: false })).map((s) => s.id)).toContain(created.id);

        await compute.servers.delete(created.id);
        gone = await rejection(compute.servers.get(created.id));
        expect(gone).toBeInstanceOf(NotFound);
        expect((gone as NotFound).serverMessage).toBe(`Instance ${created.id} could not be found.`);
      });
      expectNoSecrets(debug, [adminPass]);
      expect(inspect(gone, { depth: Infinity })).not.toContain(adminPass);
    } finally {
      await compute.flavors.delete(flavor.id);
      close();
    }
  });
});
