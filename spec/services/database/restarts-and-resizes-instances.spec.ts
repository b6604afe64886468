import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { troveSession, type TroveSession } from './helpers.js';

describe('database instance actions', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession();
  });
  afterEach(() => s.close());

  it('restart: REBOOT, then ACTIVE', async () => {
    const inst = await s.activeInstance('restart-me');
    await inst.restart();
    expect((await s.db.instances.get(inst.id)).status).toBe('REBOOT');
    s.finish();
    expect((await s.db.instances.get(inst.id)).status).toBe('ACTIVE');
  });

  it('resizeVolume: RESIZE, then ACTIVE with the larger volume', async () => {
    const inst = await s.activeInstance('grow-me');
    expect(inst.volume?.size).toBe(2);
    await s.db.instances.resizeVolume(inst, 8);
    const during = await s.db.instances.get(inst.id);
    expect(during.status).toBe('RESIZE');
    expect(during.volume?.used).toBeUndefined();
    s.finish();
    await inst.refresh();
    expect(inst.status).toBe('ACTIVE');
    expect(inst.volume?.size).toBe(8);
  });

  it('resizeFlavor: RESIZE, then ACTIVE on the new flavor', async () => {
    const inst = await s.activeInstance('reflavor-me');
    const large = await s.db.flavors.find({ name: 'm1.large' });
    await inst.resizeFlavor(large);
    expect((await s.db.instances.get(inst.id)).status).toBe('RESIZE');
    s.finish();
    const after = await s.db.instances.get(inst.id);
    expect(after.status).toBe('ACTIVE');
    expect(String(after.flavor.id)).toBe(large.getId());
  });

  it('update renames an instance', async () => {
    const inst = await s.activeInstance('old-name');
    await s.db.instances.update(inst, { name: 'new-name' });
    expect((await s.db.instances.get(inst.id)).name).toBe('new-name');
  });
});
