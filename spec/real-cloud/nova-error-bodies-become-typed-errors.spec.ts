import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { BadRequest, Conflict, NotFound } from '../../lib/errors/index.js';
import { cloudSession, describeRealCloud, realCloud, rejection, uniqueName } from './helpers/real-cloud.js';

describeRealCloud("real Nova: its error bodies", () => {
  it("become typed errors carrying Nova's message, its request id, and no secret", async () => {
    const { compute, close } = cloudSession();
    const flavor = await compute.flavors.create({ name: uniqueName('flavor'), ram: 64, vcpus: 1, disk: 0 });
    try {
      const cases: [() => Promise<unknown>, new (...args: never[]) => Error, string][] = [
        [() => compute.servers.get('nope'), NotFound, 'Instance nope could not be found.'],
        [() => compute.flavors.create({ name: flavor.name, ram: 64, vcpus: 1, disk: 0 }), Conflict, `Flavor with name ${flavor.name} already exists.`],
        [() => compute.servers.create({ name: 'x', flavorRef: 'nope', imageRef: realCloud()!.imageId, networks: 'none' }), BadRequest,
          'Flavor nope could not be found.'],
        [() => compute.servers.create({ name: 'x', flavorRef: flavor.id, imageRef: '0ce8d0b5-0000-4000-8000-000000000000', networks: 'none' }),
          BadRequest, 'Can not find requested image'],
        [() => compute.serverGroups.get('nope'), NotFound, 'Instance group nope could not be found.'],
      ];
      for (const [call, Class, message] of cases) {
        const err = await rejection(call());
        expect(err).toBeInstanceOf(Class);
        expect((err as NotFound).serverMessage).toBe(message);
        expect((err as NotFound).requestId).toMatch(/^req-[0-9a-f-]{36}$/);
        expect(err.message).toContain(message);
        expect(inspect(err, { depth: Infinity })).not.toContain(realCloud()!.admin.password);
      }
    } finally {
      await compute.flavors.delete(flavor.id);
      close();
    }
  });
});
