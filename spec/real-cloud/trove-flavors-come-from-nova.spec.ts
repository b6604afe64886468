import { expect, it } from 'vitest';
import { cloudSession, describeRealCloud, uniqueName } from './helpers/real-cloud.js';

describeRealCloud('real Trove: flavors', () => {
  it('lists and shows the flavors Nova has, a uuid id as str_id with id null', async () => {
    const { compute, database, close } = cloudSession();
    const nova = await compute.flavors.create({ name: uniqueName('flavor'), ram: 256, vcpus: 1, disk: 1 });
    try {
      const listed = (await database.flavors.list()).find((f) => f.str_id === nova.id);
      expect(listed).toBeDefined();
      expect(listed!.toJSON()).toMatchObject({ id: null, str_id: nova.id, name: nova.name, ram: 256, vcpus: 1, disk: 1, ephemeral: 0 });
      expect((await database.flavors.get(nova.id)).toJSON()).toEqual(listed!.toJSON());
    } finally {
      await compute.flavors.delete(nova.id);
      close();
    }
  });
});
