import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadRequest, NotFound } from '../../../lib/errors/index.js';
import { troveSession, type TroveSession } from './helpers.js';

describe('database configuration groups', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession();
  });
  afterEach(() => s.close());

  it('creates, lists, gets, patches, updates, attaches, lists instances, detaches and deletes', async () => {
    const group = await s.db.configurations.create({
      name: 'tuned', values: { connect_timeout: 200 }, description: 'for web', datastore: { type: 'mysql', version: '5.7' },
    });
    expect(group.values).toEqual({ connect_timeout: 200 });
    expect(group.datastore_name).toBe('mysql');
    expect(group.datastore_version_name).toBe('5.7');
    expect((await s.db.configurations.list()).map((c) => c.id)).toEqual([group.id]);

    await group.patch({ max_connections: 50 });
    expect((await s.db.configurations.get(group)).values).toEqual({ connect_timeout: 200, max_connections: 50 });
    await s.db.configurations.update(group, { values: { wait_timeout: 30 }, name: 'retuned' });
    const updated = await s.db.configurations.get(group.id);
    expect(updated.values).toEqual({ wait_timeout: 30 });
    expect(updated.name).toBe('retuned');

    const inst = await s.activeInstance('configured');
    await inst.attachConfiguration(group);
    expect((await s.db.instances.get(inst.id)).configuration?.id).toBe(group.id);
    expect((await s.db.configurations.get(group)).instance_count).toBe(1);
    expect(await group.instances()).toEqual([{ id: inst.id, name: 'configured' }]);

    const err = await group.delete().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequest);
    expect((err as BadRequest).serverMessage).toMatch(/cannot be deleted if it is associated/);

    await s.db.instances.detachConfiguration(inst);
    expect((await s.db.instances.get(inst.id)).configuration).toBeUndefined();
    await group.delete();
    await expect(s.db.configurations.get(group.id)).rejects.toBeInstanceOf(NotFound);
  });

  it('creates an instance with a group attached from the start', async () => {
    const group = await s.db.configurations.create({ name: 'boot', values: { max_connections: 10 } });
    const inst = await s.db.instances.create({ name: 'with-config', flavor: '1', volume: { size: 1 }, configuration: group.id });
    expect((await s.db.instances.get(inst)).configuration?.name).toBe('boot');
    expect((await s.db.configurations.findByNameOrId('boot')).id).toBe(group.id);
  });
});
