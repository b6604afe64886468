import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conflict, NotFound } from '../../../lib/errors/index.js';
import { InvalidArgument } from '../../../lib/services/common/index.js';
import { Flavor } from '../../../lib/services/compute/index.js';
import { novaSession, rejection, type NovaSession } from './helpers.js';

describe('compute flavors', () => {
  let s: NovaSession;
  beforeEach(async () => {
    s = await novaSession({ pageSize: 3 }, { microversion: '2.75' });
  });
  afterEach(() => s.close());

  it("lists nova's sample flavors in detail across pages, and with filters", async () => {
    const flavors = await s.compute.flavors.list();
    expect(flavors.map((f) => f.name)).toEqual(['m1.tiny', 'm1.small', 'm1.medium', 'm1.large', 'm1.xlarge', 'm1.tiny.specs', 'm1.small.description']);
    expect(flavors[0]).toBeInstanceOf(Flavor);
    expect(flavors[2]).toMatchObject({ ram: 4096, vcpus: 2, disk: 40, swap: 0, 'os-flavor-access:is_public': true });
    expect(s.cloud.count('GET', '/compute/v2.1/flavors/detail')).toBe(3);
    const big = await s.compute.flavors.list({ minRam: 8192, detailed: false });
    expect(big.map((f) => f.name)).toEqual(['m1.large', 'm1.xlarge']);
    expect(big[0]!.ram).toBeUndefined();
  });

  it('gets one flavor, and finds by name', async () => {
    const small = await s.compute.flavors.get('2');
    expect(small).toMatchObject({ id: '2', name: 'm1.small', description: null, extra_specs: {} });
    expect((await s.compute.flavors.find({ name: 'm1.tiny.specs' })).extra_specs).toEqual({ 'hw:numa_nodes': '1' });
    expect((await s.compute.flavors.findByNameOrId('m1.large')).id).toBe('4');
    const err = await rejection(s.compute.flavors.get('99'));
    expect(err).toBeInstanceOf(NotFound);
    expect((err as NotFound).serverMessage).toBe('Flavor 99 could not be found.');
  });

  it('creates and deletes a flavor', async () => {
    const created = await s.compute.flavors.create({ name: 'c1.custom', ram: 1024, vcpus: 2, disk: 5, id: 'custom-1', description: 'mine' });
    expect(created).toMatchObject({ id: 'custom-1', name: 'c1.custom', ram: 1024, vcpus: 2, disk: 5, description: 'mine' });
    expect(await rejection(s.compute.flavors.create({ name: 'c1.custom', ram: 1, vcpus: 1, disk: 1 }))).toBeInstanceOf(Conflict);
    expect(await rejection(s.compute.flavors.create({ name: 'bad', ram: -1, vcpus: 1, disk: 1 }))).toBeInstanceOf(InvalidArgument);
    await created.delete();
    expect(await rejection(s.compute.flavors.get('custom-1'))).toBeInstanceOf(NotFound);
  });
});
