import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoUniqueMatch, NotFound, UnprocessableEntity } from '../../../lib/errors/index.js';
import { troveSession, type TroveSession } from './helpers.js';

describe('database instances: delete and find', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession({ buildMs: 150 });
  });
  afterEach(() => s.close());

  it('delete: SHUTDOWN, then gone; waitForDelete reports both', async () => {
    const inst = await s.db.instances.create({ name: 'short-lived', flavor: '1', volume: { size: 1 } });
    await inst.waitFor({ interval: 30, timeout: 5_000 });
    await inst.delete();
    const statuses: string[] = [];
    await s.db.instances.waitForDelete(inst, { interval: 30, timeout: 5_000, onProgress: (p) => statuses.push(p.status) });
    expect(statuses[0]).toBe('SHUTDOWN');
    expect(statuses.at(-1)).toBe('DELETED');
    await expect(s.db.instances.get(inst.id)).rejects.toBeInstanceOf(NotFound);
    expect(await s.db.instances.list()).toEqual([]);
  });

  it('refuses to delete an instance that is still building', async () => {
    const inst = await s.db.instances.create({ name: 'building', flavor: '1', volume: { size: 1 } });
    await expect(s.db.instances.delete(inst)).rejects.toBeInstanceOf(UnprocessableEntity);
  });

  it('finds by id or name; NoUniqueMatch for a shared name; NotFound for none', async () => {
    const a = await s.db.instances.create({ name: 'twin', flavor: '1', volume: { size: 1 } });
    await s.db.instances.create({ name: 'twin', flavor: '1', volume: { size: 1 } });
    const solo = await s.db.instances.create({ name: 'solo', flavor: '1', volume: { size: 1 } });
    expect((await s.db.instances.findByNameOrId(solo.id)).name).toBe('solo');
    expect((await s.db.instances.findByNameOrId('solo')).id).toBe(solo.id);
    const twin = await s.db.instances.findByNameOrId('twin').catch((e: unknown) => e);
    expect(twin).toBeInstanceOf(NoUniqueMatch);
    expect((twin as Error).message).toContain(a.id);
    await expect(s.db.instances.findByNameOrId('nobody')).rejects.toBeInstanceOf(NotFound);
  });
});
