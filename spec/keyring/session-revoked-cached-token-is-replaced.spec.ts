import { describe, expect, it } from 'vitest';
import { buildSessionBundle } from './helpers/build-keyring.js';
import { useBundleSuite } from './helpers/suite.js';
import { fileStoreTokens, runSessionChild } from './helpers/session-run.js';

describe('a cached token revoked at Keystone is replaced, not reused forever', () => {
  const suite = useBundleSuite(buildSessionBundle, { withCloud: true });

  it('401 on the cached token → one new authentication, saved; the next process uses the new one', async () => {
    const auth = suite.cloud.passwordAuth();
    const run = () => runSessionChild({ bundle: suite.bundle.file, keyring: 'file', auth, configHome: suite.base.dir, serviceType: 'echo', path: '/anything' });

    expect(await run()).toMatchObject({ status: 200, authPosts: 1 });
    const [revoked] = await fileStoreTokens(suite.base.dir);
    suite.cloud.revokeAllTokens();

    const second = await run();
    expect(second).toMatchObject({ status: 200, authPosts: 1 });
    const [replacement] = await fileStoreTokens(suite.base.dir);
    expect(replacement).toBeDefined();
    expect(replacement).not.toBe(revoked);

    expect(await run()).toMatchObject({ status: 200, authPosts: 0 });
    expect(await fileStoreTokens(suite.base.dir)).toEqual([replacement]);
    expect(suite.cloud.authCount()).toBe(2);
  });
});
