import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { novaSession, type NovaSession } from './helpers.js';

describe('compute availability zones and limits', () => {
  let s: NovaSession;
  beforeEach(async () => {
    s = await novaSession({}, { microversion: '2.36' });
  });
  afterEach(() => s.close());

  it('lists availability zones, plain and detailed, and finds one by name', async () => {
    const zones = await s.compute.availabilityZones.list();
    expect(zones.map((z) => z.toJSON())).toEqual([{ zoneName: 'nova', zoneState: { available: true }, hosts: null }]);
    const detailed = await s.compute.availabilityZones.list({ detailed: true });
    expect(detailed.map((z) => z.zoneName)).toEqual(['internal', 'nova']);
    expect(detailed[1]!.hosts?.compute?.['nova-compute']).toMatchObject({ active: true, available: true });
    expect((await s.compute.availabilityZones.findByNameOrId('nova')).getId()).toBe('nova');
  });

  it("reads the project's absolute limits and usage", async () => {
    await s.compute.servers.create({ name: 'a', flavorRef: '3', imageRef: 'i' });
    const limits = await s.compute.limits.get();
    expect(limits.absolute).toMatchObject({ maxTotalInstances: 10, maxTotalCores: 20, totalInstancesUsed: 1, totalCoresUsed: 2, totalRAMUsed: 4096 });
    // 2.36 dropped the network proxy limits.
    expect(limits.absolute.maxSecurityGroups).toBeUndefined();
    expect(limits.rate).toEqual([]);
    await s.compute.servers.create({ name: 'b', flavorRef: '1', imageRef: 'i' });
    await limits.refresh();
    expect(limits.absolute.totalInstancesUsed).toBe(2);
  });
});
