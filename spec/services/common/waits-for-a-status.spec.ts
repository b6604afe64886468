import { describe, expect, it } from 'vitest';
import { RequestAborted, ResourceInErrorState, WaitTimeout } from '../../../lib/errors/index.js';
import { InvalidArgument, waitFor } from '../../../lib/services/common/index.js';
import { rejection } from '../../helpers/rejection.js';

interface Thing { status: string; progress?: number; fault?: { message: string } }

/** A getter that walks through the given states, then stays on the last. */
function sequence(states: Thing[]) {
  let calls = 0;
  const getter = async () => states[Math.min(calls++, states.length - 1)]!;
  return { getter, calls: () => calls };
}

describe('waitFor', () => {
  it('polls until the status, reporting each poll, and ignores case', async () => {
    const { getter, calls } = sequence([{ status: 'BUILD', progress: 10 }, { status: 'BUILD', progress: 60 }, { status: 'ACTIVE' }]);
    const seen: string[] = [];
    const result = await waitFor(getter, { status: 'active', interval: 5, onProgress: (p) => seen.push(`${p.attempt}:${p.status}:${p.progress ?? '-'}`) });
    expect(result.status).toBe('ACTIVE');
    expect(seen).toEqual(['1:BUILD:10', '2:BUILD:60', '3:ACTIVE:-']);
    expect(calls()).toBe(3);
  });

  it('ends on an error status with the fault message, on any listed error status', async () => {
    const err = await rejection(waitFor(sequence([{ status: 'BUILD' }, { status: 'ERROR', fault: { message: 'disk full' } }]).getter,
      { status: 'ACTIVE', interval: 1, description: 'thing 7' }));
    expect(err).toBeInstanceOf(ResourceInErrorState);
    expect(err.message).toBe('thing 7 went to ERROR while waiting for ACTIVE: disk full');
    expect((err as ResourceInErrorState).fault).toBe('disk full');
    const custom = await rejection(waitFor(sequence([{ status: 'FAILED' }]).getter, { status: 'ACTIVE', errorStatuses: ['FAILED'], interval: 1 }));
    expect(custom).toBeInstanceOf(ResourceInErrorState);
  });

  it('times out with the last status', async () => {
    const { getter, calls } = sequence([{ status: 'BUILD', progress: 42 }]);
    const started = Date.now();
    const err = await rejection(waitFor(getter, { status: 'ACTIVE', interval: 10, timeout: 60 }));
    expect(err).toBeInstanceOf(WaitTimeout);
    expect(err.message).toMatch(/to reach ACTIVE; last status BUILD \(progress 42%\)/);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(calls()).toBeGreaterThan(2);
  });

  it('stops at once when aborted, and checks its options', async () => {
    const controller = new AbortController();
    const pending = rejection(waitFor(sequence([{ status: 'BUILD' }]).getter, { status: 'ACTIVE', interval: 10_000, signal: controller.signal }));
    setTimeout(() => controller.abort(), 10);
    expect(await pending).toBeInstanceOf(RequestAborted);
    expect(await rejection(waitFor(sequence([{ status: 'X' }]).getter, { status: [] }))).toBeInstanceOf(InvalidArgument);
    expect(await rejection(waitFor(sequence([{ status: 'X' }]).getter, { status: 'A', interval: -1 }))).toBeInstanceOf(InvalidArgument);
  });
});
