import type { FakeCloud } from '../../lib/testing/index.js';

/**
 * Starts the embedded cloud in this process: the fake Keystone, Nova and Trove on 127.0.0.1 with an
 * ephemeral port, short build times so a demo is quick, and two servers so `server list` shows something.
 * The caller closes it.
 */
export async function startLocalCloud(): Promise<FakeCloud> {
  const { startFakeCloud, createFakeNova, createFakeTrove } = await import('../../lib/testing/index.js');
  const nova = createFakeNova({ buildMs: 1200 });
  const cloud = await startFakeCloud({ services: [nova, createFakeTrove({ buildMs: 1200 })] });
  nova.seedServers(2, { namePrefix: 'demo' });
  return cloud;
}
