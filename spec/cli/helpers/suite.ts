import { afterAll, beforeAll } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../../../lib/testing/index.js';
import { createFakeNova } from '../../../lib/testing/nova/index.js';
import { ensureBuilt, tempHome } from './cli.js';

export interface CliSuite {
  cloud: FakeCloud;
  home: ReturnType<typeof tempHome>;
}

/** The built CLI, a fake cloud with Nova and a temp HOME, made in beforeAll and removed in afterAll. */
export function useCliSuite(): CliSuite {
  const suite = { home: tempHome() } as CliSuite;
  beforeAll(async () => {
    await ensureBuilt();
    suite.cloud = await startFakeCloud({ services: [createFakeNova()] });
  });
  afterAll(async () => {
    await suite.cloud?.close();
    suite.home.cleanup();
  });
  return suite;
}
