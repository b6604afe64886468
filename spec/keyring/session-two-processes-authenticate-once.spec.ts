import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';
import { buildSessionBundle, type Bundle } from './helpers/build-keyring.js';
import { fileStoreTokens, runSessionChild } from './helpers/session-run.js';
import { tempDir } from './helpers/states.js';

describe('two processes in turn, sharing the file store, make one authentication in all', () => {
  let bundle: Bundle;
  let cloud: FakeCloud;
  let base: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    [bundle, cloud, base] = await Promise.all([buildSessionBundle(), startFakeCloud(), tempDir()]);
  });
  afterAll(async () => {
    await cloud?.close();
    await bundle?.cleanup();
    await base?.cleanup();
  });

  it('the second process uses the cached token; neither log shows it', async () => {
    const auth = cloud.passwordAuth();
    const run = () => runSessionChild({ bundle: bundle.file, keyring: 'file', auth, configHome: base.dir, serviceType: 'echo', path: '/anything' });

    const first = await run();
    expect(first).toMatchObject({ status: 200, authPosts: 1 });
    const second = await run();
    expect(second).toMatchObject({ status: 200, authPosts: 0 });
    expect(cloud.authCount()).toBe(1);

    const tokens = await fileStoreTokens(base.dir);
    expect(tokens).toHaveLength(1);
    for (const child of [first, second]) {
      expect(child.stderr).toContain('stackclient:keyring');
      expect(child.stderr).not.toContain(tokens[0]);
      expect(child.stderr).not.toContain(auth.password);
    }
    expect(second.stderr).toMatch(/stackclient:keyring file: using cached auth [0-9a-f]{64}/);
  });
});
