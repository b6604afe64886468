import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ResourceInErrorState, WaitTimeout } from '../../../lib/errors/index.js';
import { troveSession, type TroveSession } from './helpers.js';

describe('database waitFor ends on ERROR or timeout', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession({ buildMs: 150 });
  });
  afterEach(() => s.close());

  it('a build that fails ends the wait with Trove’s fault message', async () => {
    const inst = await s.db.instances.create({ name: 'doomed', flavor: '1', volume: { size: 1 } });
    expect(s.trove.failInstance('doomed', 'Failed to create User port for instance')).toBe(true);
    const statuses: string[] = [];
    const err = await inst.waitFor({ interval: 30, timeout: 5_000, onProgress: (p) => statuses.push(p.status) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResourceInErrorState);
    expect((err as ResourceInErrorState).fault).toBe('Failed to create User port for instance');
    expect((err as Error).message).toContain(inst.id);
    expect(statuses[0]).toBe('BUILD');
    expect(statuses.at(-1)).toBe('ERROR');
    const shown = await s.db.instances.get(inst.id);
    expect(shown.fault?.message).toBe('Failed to create User port for instance');
  });

  it('a status never reached ends with WaitTimeout naming the last status', async () => {
    const inst = await s.db.instances.create({ name: 'slow', flavor: '1', volume: { size: 1 } });
    s.cloud.advanceClock(200);
    await inst.restart();
    const err = await s.db.instances.waitFor(inst, { status: 'SHUTDOWN', timeout: 120, interval: 30 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitTimeout);
    expect((err as Error).message).toMatch(/last status (REBOOT|ACTIVE)/);
  });

  it('an abort signal stops the wait', async () => {
    const inst = await s.db.instances.create({ name: 'aborted', flavor: '1', volume: { size: 1 } });
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 50);
    const err = await inst.waitFor({ status: 'SHUTDOWN', interval: 20, timeout: 5_000, signal: ctl.signal }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('RequestAborted');
  });
});
