import { describe, expect, it } from 'vitest';
import { buildSessionBundle } from './helpers/build-keyring.js';
import { useBundleSuite } from './helpers/suite.js';
import { fileStoreTokens, runSessionChild } from './helpers/session-run.js';

describe('two processes in turn, sharing the file store, make one authentication in all', () => {
  const suite = useBundleSuite(buildSessionBundle, { withCloud: true });

  it('the second process uses the cached token; neither log shows it', async () => {
    const auth = suite.cloud.passwordAuth();
    const run = () => runSessionChild({ bundle: suite.bundle.file, keyring: 'file', auth, configHome: suite.base.dir, serviceType: 'echo', path: '/anything' });

    const first = await run();
    expect(first).toMatchObject({ status: 200, authPosts: 1 });
    const second = await run();
    expect(second).toMatchObject({ status: 200, authPosts: 0 });
    expect(suite.cloud.authCount()).toBe(1);

    const tokens = await fileStoreTokens(suite.base.dir);
    expect(tokens).toHaveLength(1);
    for (const child of [first, second]) {
      expect(child.stderr).toContain('stackclient:keyring');
      expect(child.stderr).not.toContain(tokens[0]);
      expect(child.stderr).not.toContain(auth.password);
    }
    expect(second.stderr).toMatch(/stackclient:keyring file: using cached auth [0-9a-f]{64}/);
  });
});
