import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';
import { buildSessionBundle, type Bundle } from './helpers/build-keyring.js';
import { fileStoreTokens, runSessionChild } from './helpers/session-run.js';
import { tempDir } from './helpers/states.js';

describe('a cached token revoked at Keystone is replaced, not reused forever', () => {
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

  it('401 on the cached token → one new authentication, saved; the next process uses the new one', async () => {
    const auth = cloud.passwordAuth();
    const run = () => runSessionChild({ bundle: bundle.file, keyring: 'file', auth, configHome: base.dir, serviceType: 'echo', path: '/anything' });

    expect(await run()).toMatchObject({ status: 200, authPosts: 1 });
    const [revoked] = await fileStoreTokens(base.dir);
    cloud.revokeAllTokens();

    const second = await run();
    expect(second).toMatchObject({ status: 200, authPosts: 1 });
    const [replacement] = await fileStoreTokens(base.dir);
    expect(replacement).toBeDefined();
    expect(replacement).not.toBe(revoked);

    expect(await run()).toMatchObject({ status: 200, authPosts: 0 });
    expect(await fileStoreTokens(base.dir)).toEqual([replacement]);
    expect(cloud.authCount()).toBe(2);
  });
});
