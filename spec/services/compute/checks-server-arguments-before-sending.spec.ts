import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnsupportedVersion } from '../../../lib/errors/index.js';
import { InvalidArgument } from '../../../lib/services/common/index.js';
import { ComputeV2Client } from '../../../lib/services/compute/index.js';
import { novaSession, rejection, type NovaSession } from './helpers.js';

describe('compute servers: arguments are checked before anything is sent', () => {
  let s: NovaSession;
  beforeEach(async () => {
    s = await novaSession({}, { microversion: '2.37' });
    await s.http.authenticate();
    s.cloud.resetCounts();
  });
  afterEach(() => s.close());

  it('names the argument at fault', async () => {
    const cases = [
      [{ name: '', flavorRef: '1', imageRef: 'i', networks: 'auto' }, 'name'],
      [{ name: 'x', flavorRef: '', imageRef: 'i', networks: 'auto' }, 'flavorRef'],
      [{ name: 'x', flavorRef: '1', networks: 'auto' }, 'imageRef'],
      [{ name: 'x', flavorRef: '1', imageRef: 'i', networks: 'some' }, 'networks'],
      [{ name: 'x', flavorRef: '1', imageRef: 'i', networks: [{}] }, 'networks'],
      [{ name: 'x', flavorRef: '1', imageRef: 'i' }, 'networks'],
    ] as const;
    for (const [options, argument] of cases) {
      const err = await rejection(s.compute.servers.create(options as never));
      expect(err).toBeInstanceOf(InvalidArgument);
      expect((err as InvalidArgument).argument).toBe(argument);
    }
    expect(await rejection(s.compute.servers.reboot('id', 'WARM' as never))).toBeInstanceOf(InvalidArgument);
    expect(await rejection(s.compute.servers.getConsoleOutput('id', -3))).toBeInstanceOf(InvalidArgument);
    expect(s.cloud.count('POST', /\/compute\//)).toBe(0);
  });

  it('refuses networks auto below microversion 2.37, and tags below 2.52', async () => {
    const old = new ComputeV2Client(s.http, { microversion: '2.36' });
    const err = await rejection(old.servers.create({ name: 'x', flavorRef: '1', imageRef: 'i', networks: 'auto' }));
    expect(err).toBeInstanceOf(UnsupportedVersion);
    expect(err.message).toContain('needs compute microversion 2.37');
    expect(await rejection(s.compute.servers.create({ name: 'x', flavorRef: '1', imageRef: 'i', networks: 'none', tags: ['a'] })))
      .toBeInstanceOf(UnsupportedVersion);
    expect(s.cloud.count('POST', /\/compute\//)).toBe(0);
  });
});
