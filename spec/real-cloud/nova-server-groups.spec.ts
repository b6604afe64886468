import { expect, it } from 'vitest';
import { BadRequest, NotFound } from '../../lib/errors/index.js';
import { ComputeV2Client } from '../../lib/services/compute/index.js';
import { cloudSession, describeRealCloud, rejection, uniqueName } from './helpers/real-cloud.js';

describeRealCloud('real Nova: server groups', () => {
  it('creates with policy + rules (2.64+) or policies (2.1), shows, lists and deletes', async () => {
    const { http, compute, close } = cloudSession();
    // max_server_per_host > 1 needs nova-compute services of version 33 or later: with no compute host, Nova answers 409
    const modern = await compute.serverGroups.create({ name: uniqueName('group'), policy: 'anti-affinity', rules: { max_server_per_host: 1 } });
    const legacyClient = new ComputeV2Client(http, { microversion: '2.1' });
    const legacy = await legacyClient.serverGroups.create({ name: uniqueName('group'), policy: 'affinity' });
    try {
      const rulesElsewhere = await rejection(compute.serverGroups.create({ name: uniqueName('group'), policy: 'affinity', rules: { max_server_per_host: 1 } }));
      expect(rulesElsewhere).toBeInstanceOf(BadRequest);
      expect((rulesElsewhere as BadRequest).serverMessage).toBe('Only anti-affinity policy supports rules.');
      expect(modern).toMatchObject({ policy: 'anti-affinity', rules: { max_server_per_host: 1 }, members: [] });
      expect(modern.project_id).toMatch(/^[0-9a-f]{32}$/);
      expect(legacy.toJSON()).toEqual({ id: legacy.id, name: legacy.name, policies: ['affinity'], members: [], metadata: {} });
      expect((await compute.serverGroups.get(legacy.id))).toMatchObject({ policy: 'affinity', rules: {} });
      const ids = (await compute.serverGroups.list()).map((g) => g.id);
      expect(ids).toEqual(expect.arrayContaining([modern.id, legacy.id]));
    } finally {
      await compute.serverGroups.delete(modern.id);
      await compute.serverGroups.delete(legacy.id);
    }
    const gone = await rejection(compute.serverGroups.get(modern.id));
    expect(gone).toBeInstanceOf(NotFound);
    expect((gone as NotFound).serverMessage).toBe(`Instance group ${modern.id} could not be found.`);
    close();
  });
});
