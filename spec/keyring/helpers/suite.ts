import { afterAll, beforeAll } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../../../lib/testing/index.js';
import { buildKeyringBundle, type Bundle } from './build-keyring.js';
import { tempDir } from './states.js';

export interface BundleSuite {
  bundle: Bundle;
  base: Awaited<ReturnType<typeof tempDir>>;
  /** Set only when the suite asked for a fake cloud. */
  cloud: FakeCloud;
}

/**
 * The set-up the multi-process keyring specs share: a bundle for child processes, a temp dir (and, with
 * `withCloud`, a fake cloud), made in beforeAll and removed in afterAll. Read the fields inside tests.
 */
export function useBundleSuite(build: () => Promise<Bundle> = buildKeyringBundle, options: { withCloud?: boolean } = {}): BundleSuite {
  const suite = {} as BundleSuite;
  beforeAll(async () => {
    const [bundle, base, cloud] = await Promise.all([build(), tempDir(), options.withCloud ? startFakeCloud() : undefined]);
    Object.assign(suite, { bundle, base, ...(cloud ? { cloud } : {}) });
  });
  afterAll(async () => {
    await suite.cloud?.close();
    await suite.bundle?.cleanup();
    await suite.base?.cleanup();
  });
  return suite;
}
