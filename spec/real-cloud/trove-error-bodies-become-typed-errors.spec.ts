import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { BadRequest, NotFound } from '../../lib/errors/index.js';
import { cloudSession, describeRealCloud, realCloud, rejection, uniqueName } from './helpers/real-cloud.js';

describeRealCloud('real Trove: its error bodies', () => {
  it("become typed errors carrying Trove's message and no secret", async () => {
    const { compute, database, close } = cloudSession();
    const flavor = await compute.flavors.create({ name: uniqueName('flavor'), ram: 256, vcpus: 1, disk: 1 });
    try {
      const create = (flavorRef: string, version: string) => database.instances.create({
        name: uniqueName('db'), flavor: flavorRef, volume: { size: 1 }, datastore: { type: 'mysql', version },
      });
      const cases: [() => Promise<unknown>, new (...args: never[]) => Error, string][] = [
        [() => database.instances.get('nope'), NotFound, 'Resource nope cannot be found.'],
        [() => database.datastores.get('nope'), NotFound, "Datastore 'nope' cannot be found."],
        [() => database.backups.get('nope'), NotFound, 'Resource nope cannot be found.'],
        [() => database.configurations.get('nope'), NotFound, 'Configuration group with ID nope could not be found.'],
        [() => database.flavors.get('nope'), NotFound, 'Resource nope cannot be found.'],
        [() => create('nope', '5.7'), BadRequest, 'Resource nope cannot be found.'],
        [() => create(flavor.id, '9.9'), BadRequest, "Datastore version '9.9' cannot be found."],
      ];
      for (const [call, Class, message] of cases) {
        const err = await rejection(call());
        expect(err).toBeInstanceOf(Class);
        expect((err as NotFound).serverMessage).toBe(message);
        expect(err.message).toContain(message);
        expect(inspect(err, { depth: Infinity })).not.toContain(realCloud()!.admin.password);
      }
    } finally {
      await compute.flavors.delete(flavor.id);
      close();
    }
  });
});
