import { afterAll, beforeAll } from 'vitest';
import { startFakeCloud, type FakeCloud, type FakeCloudOptions } from '../../../lib/testing/index.js';
import { createFakeNova } from '../../../lib/testing/nova/index.js';
import { ensureBuilt, tempHome } from './cli.js';

export interface CliSuite {
  cloud: FakeCloud;
  home: ReturnType<typeof tempHome>;
}

/**
 * The built CLI, a fake cloud and a temp HOME, made in beforeAll and removed in afterAll. The cloud is started with
 * `cloudOptions`; by default it serves Nova besides Keystone.
 */
export function useCliSuite(cloudOptions: FakeCloudOptions = { services: [createFakeNova()] }): CliSuite {
  const suite = { home: tempHome() } as CliSuite;
  beforeAll(async () => {
    await ensureBuilt();
    suite.cloud = await startFakeCloud(cloudOptions);
  });
  afterAll(async () => {
    await suite.cloud?.close();
    suite.home.cleanup();
  });
  return suite;
}
