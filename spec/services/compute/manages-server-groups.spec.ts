import { afterEach, describe, expect, it } from 'vitest';
import { NotFound } from '../../../lib/errors/index.js';
import { InvalidArgument } from '../../../lib/services/common/index.js';
import { ServerGroup } from '../../../lib/services/compute/index.js';
import { novaSession, rejection, type NovaSession } from './helpers.js';

describe('compute server groups', () => {
  let s: NovaSession;
  afterEach(() => s.close());

  it('creates with policy and rules from 2.64, lists, gets, finds and deletes', async () => {
    s = await novaSession({}, { microversion: '2.64' });
    const group = await s.compute.serverGroups.create({ name: 'spread', policy: 'anti-affinity', rules: { max_server_per_host: 3 } });
    expect(group).toBeInstanceOf(ServerGroup);
    expect(group).toMatchObject({ name: 'spread', policy: 'anti-affinity', rules: { max_server_per_host: 3 }, members: [] });
    expect(group.project_id).toBe(s.cloud.credentials.projectId);
    await s.compute.serverGroups.create({ name: 'pack', policy: 'affinity' });

    expect((await s.compute.serverGroups.list()).map((g) => g.name)).toEqual(['spread', 'pack']);
    expect((await s.compute.serverGroups.list({ limit: 1, offset: 1 })).map((g) => g.name)).toEqual(['pack']);
    expect((await s.compute.serverGroups.get(group.id)).name).toBe('spread');
    expect((await s.compute.serverGroups.find({ name: 'pack' })).policy).toBe('affinity');

    await group.delete();
    const err = await rejection(s.compute.serverGroups.get(group.id));
    expect(err).toBeInstanceOf(NotFound);
    expect((err as NotFound).serverMessage).toBe(`Instance group ${group.id} could not be found.`);
  });

  it('sends policies before 2.64, where rules are refused', async () => {
    s = await novaSession({}, { microversion: '2.15' });
    const group = await s.compute.serverGroups.create({ name: 'old', policy: 'soft-anti-affinity' });
    expect(group).toMatchObject({ name: 'old', policies: ['soft-anti-affinity'], metadata: {} });
    expect(group.policy).toBeUndefined();
    expect(await rejection(s.compute.serverGroups.create({ name: 'r', policy: 'affinity', rules: { max_server_per_host: 2 } })))
      .toBeInstanceOf(InvalidArgument);
    expect(await rejection(s.compute.serverGroups.create({ name: 'p', policy: 'nearby' as never }))).toBeInstanceOf(InvalidArgument);
  });
});
