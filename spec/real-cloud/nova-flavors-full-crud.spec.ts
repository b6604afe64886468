import { expect, it } from 'vitest';
import { NotFound } from '../../lib/errors/index.js';
import { cloudSession, describeRealCloud, rejection, uniqueName } from './helpers/real-cloud.js';

describeRealCloud('real Nova: flavors', () => {
  it('creates, shows, lists, finds and deletes a flavor (microversion 2.93 shapes)', async () => {
    const { compute, close } = cloudSession();
    const name = uniqueName('flavor');
    const created = await compute.flavors.create({ name, ram: 64, vcpus: 1, disk: 0, description: 'real-cloud spec' });
    try {
      expect(created).toMatchObject({ name, ram: 64, vcpus: 1, disk: 0, swap: 0, description: 'real-cloud spec', extra_specs: {} });
      expect(created['os-flavor-access:is_public']).toBe(true);
      const shown = await compute.flavors.get(created.id);
      expect(shown.toJSON()).toEqual(created.toJSON());
      expect((await compute.flavors.list()).map((f) => f.id)).toContain(created.id);
      expect((await compute.flavors.findByNameOrId(name)).id).toBe(created.id);
    } finally {
      await compute.flavors.delete(created.id);
    }
    const gone = await rejection(compute.flavors.get(created.id));
    expect(gone).toBeInstanceOf(NotFound);
    expect((gone as NotFound).serverMessage).toBe(`Flavor ${created.id} could not be found.`);
    close();
  });
});
