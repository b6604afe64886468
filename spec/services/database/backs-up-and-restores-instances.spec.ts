import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFound, UnprocessableEntity } from '../../../lib/errors/index.js';
import { troveSession, type TroveSession } from './helpers.js';

describe('database backups', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession({ buildMs: 200, pageSize: 2 });
  });
  afterEach(() => s.close());

  it('creates, waits for COMPLETED, lists, gets, restores from and deletes a backup', async () => {
    const inst = await s.db.instances.create({ name: 'src', flavor: '2', volume: { size: 2 } });
    await inst.waitFor({ interval: 30, timeout: 5_000 });
    const backup = await s.db.backups.create({ name: 'nightly', instance: inst, description: 'before upgrade' });
    expect(backup.status).toBe('NEW');
    const statuses: string[] = [];
    await backup.waitFor({ interval: 30, timeout: 5_000, onProgress: (p) => statuses.push(p.status) });
    expect(backup.status).toBe('COMPLETED');
    expect(statuses.at(-1)).toBe('COMPLETED');
    expect(backup.size).toBeGreaterThan(0);

    const incremental = await s.db.backups.create({ name: 'inc', instance: inst.id, incremental: true });
    expect(incremental.parent_id).toBe(backup.id);
    await incremental.waitFor({ interval: 30, timeout: 5_000 });
    const third = await s.db.backups.create({ name: 'third', instance: inst.id, parentId: backup.id });
    await s.db.backups.waitFor(third, { interval: 30, timeout: 5_000 });

    const all = await s.db.backups.list();
    expect(all.map((b) => b.name).sort()).toEqual(['inc', 'nightly', 'third']);
    expect((await s.db.backups.list({ instance: inst })).length).toBe(3);
    expect((await s.db.backups.list({ datastore: 'postgresql' })).length).toBe(0);
    expect((await s.db.backups.get(backup.id)).description).toBe('before upgrade');

    const restored = await s.db.instances.create({ name: 'restored', flavor: '2', volume: { size: 2 }, restoreFrom: backup.id });
    expect(restored.status).toBe('BUILD');

    await third.delete();
    await s.db.backups.delete(incremental);
    await expect(s.db.backups.get(third.id)).rejects.toBeInstanceOf(NotFound);
    expect((await s.db.backups.list()).map((b) => b.id)).toEqual([backup.id]);
  });

  it('refuses a backup of an instance that is not ACTIVE, and deleting a running backup', async () => {
    const building = await s.db.instances.create({ name: 'building', flavor: '1', volume: { size: 1 } });
    await expect(s.db.backups.create({ name: 'too-early', instance: building })).rejects.toBeInstanceOf(UnprocessableEntity);
    await building.waitFor({ interval: 30, timeout: 5_000 });
    const running = await s.db.backups.create({ name: 'running', instance: building });
    await expect(running.delete()).rejects.toBeInstanceOf(UnprocessableEntity);
  });
});
