import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WaitProgressState } from '../../../lib/services/common/index.js';
import type { Server } from '../../../lib/services/compute/index.js';
import { novaSession, type NovaSession } from './helpers.js';

describe('compute servers: create and wait for ACTIVE', () => {
  let s: NovaSession;
  beforeEach(async () => {
    s = await novaSession({ buildMs: 300 }, { microversion: '2.67' });
  });
  afterEach(() => s.close());

  it('boots with networks, key, metadata and a block device mapping, and reports progress until ACTIVE', async () => {
    await s.compute.keypairs.create({ name: 'ops', publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBq5 ops@example' });
    const created = await s.compute.servers.create({
      name: 'web-1', flavorRef: '2', networks: [{ uuid: 'a0b1c2d3-net' }, { port: 'port-1' }],
      keyName: 'ops', metadata: { tier: 'web' }, userData: '#!/bin/sh\necho hi\n',
      blockDeviceMappingV2: [{ boot_index: 0, uuid: 'img-9', source_type: 'image', destination_type: 'volume', volume_size: 10 }],
    });
    expect(s.cloud.count('POST', '/compute/v2.1/servers')).toBe(1);

    const progress: WaitProgressState<Server>[] = [];
    const server = await created.waitFor({ status: 'ACTIVE', interval: 40, timeout: 5000, onProgress: (p) => progress.push(p) });
    expect(server).toBe(created);
    expect(server.status).toBe('ACTIVE');
    expect(server.key_name).toBe('ops');
    expect(server.metadata).toEqual({ tier: 'web' });
    // Booted from the volume of the mapping: Nova shows no image.
    expect(server.image).toBe('');
    expect(server.addresses?.private?.[0]?.addr).toMatch(/^192\.168\./);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[0]!.status).toBe('BUILD');
    expect(progress.at(-1)!.status).toBe('ACTIVE');
    expect(progress.map((p) => p.attempt)).toEqual(progress.map((_, i) => i + 1));
    const building = progress.filter((p) => p.status === 'BUILD').map((p) => p.progress ?? -1);
    expect(building.some((p) => p > 0)).toBe(true);
    expect([...building].sort((a, b) => a - b)).toEqual(building);
  });

  it('waits through the manager by id as well', async () => {
    const created = await s.compute.servers.create({ name: 'w2', flavorRef: '1', imageRef: 'img-1', networks: 'auto' });
    const statuses: string[] = [];
    const server = await s.compute.servers.waitFor(created.id, { status: ['active', 'SHUTOFF'], interval: 40, onProgress: (p) => statuses.push(p.status) });
    expect(server.status).toBe('ACTIVE');
    expect(statuses.at(-1)).toBe('ACTIVE');
    expect(statuses.slice(0, -1).every((x) => x === 'BUILD')).toBe(true);
  });
});
