import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RequestAborted, ResourceInErrorState, WaitTimeout } from '../../../lib/errors/index.js';
import { novaSession, rejection, type NovaSession } from './helpers.js';

describe('compute servers: a wait that cannot end in ACTIVE', () => {
  let s: NovaSession;
  beforeEach(async () => {
    s = await novaSession({ buildMs: 150, failBuildForNamesMatching: /^doomed/ });
  });
  afterEach(() => s.close());

  it('ends with ResourceInErrorState carrying the server fault when the build goes to ERROR', async () => {
    const created = await s.compute.servers.create({ name: 'doomed-1', flavorRef: '1', imageRef: 'img-1' });
    const statuses: string[] = [];
    const err = await rejection(created.waitFor({ status: 'ACTIVE', interval: 30, onProgress: (p) => statuses.push(p.status) }));
    expect(err).toBeInstanceOf(ResourceInErrorState);
    expect((err as ResourceInErrorState).fault).toBe('No valid host was found. There are not enough hosts available.');
    expect(err.message).toContain(`server ${created.id} went to ERROR`);
    expect(err.message).toContain('No valid host was found');
    expect(statuses.at(-1)).toBe('ERROR');
    const server = await s.compute.servers.get(created.id);
    expect(server.fault).toMatchObject({ code: 500, message: expect.stringContaining('No valid host') });
  });

  it('ends with WaitTimeout naming the last status when the time runs out', async () => {
    const created = await s.compute.servers.create({ name: 'slow', flavorRef: '1', imageRef: 'img-1' });
    const err = await rejection(created.waitFor({ status: 'SHUTOFF', interval: 20, timeout: 100 }));
    expect(err).toBeInstanceOf(WaitTimeout);
    expect(err.message).toMatch(/waiting for server .* to reach SHUTOFF; last status (BUILD|ACTIVE)/);
  });

  it('stops when the caller aborts', async () => {
    const created = await s.compute.servers.create({ name: 'aborted', flavorRef: '1', imageRef: 'img-1' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 40);
    const err = await rejection(created.waitFor({ status: 'SHUTOFF', interval: 500, signal: controller.signal }));
    expect(err).toBeInstanceOf(RequestAborted);
  });
});
