import { expect, it } from 'vitest';
import { cloudSession, describeRealCloud } from './helpers/real-cloud.js';

describeRealCloud('real Nova: limits', () => {
  it("reads the project's absolute limits and usage (no network-proxy limits from 2.36)", async () => {
    const { compute, close } = cloudSession();
    try {
      const limits = await compute.limits.get();
      expect(limits.rate).toEqual([]);
      expect(limits.absolute).toMatchObject({
        maxTotalInstances: 10, maxTotalCores: 20, maxTotalRAMSize: 51200, maxTotalKeypairs: 100, maxServerMeta: 128,
        maxServerGroups: 10, maxServerGroupMembers: 10,
      });
      for (const used of ['totalInstancesUsed', 'totalCoresUsed', 'totalRAMUsed', 'totalServerGroupsUsed']) {
        expect(limits.absolute[used]).toBeGreaterThanOrEqual(0);
      }
      expect(limits.absolute).not.toHaveProperty('maxTotalFloatingIps');
    } finally {
      close();
    }
  });
});
