import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeReal, realKeystone } from '../real/helpers/real-keystone.js';
import { buildSessionBundle, type Bundle } from './helpers/build-keyring.js';
import { secretServiceAnswers } from './helpers/secret-service.js';
import { fileStoreTokens, runSessionChild } from './helpers/session-run.js';
import { tempDir } from './helpers/states.js';

// With scripts/with-keyring.sh around vitest, 'auto' resolves to the real Secret Service (keytar);
// without it, to the file store. Both must give the same outcome.
describeReal("keyring 'auto' against the real Keystone: a new process authenticates zero times", () => {
  let bundle: Bundle;
  let base: Awaited<ReturnType<typeof tempDir>>;
  let osKeyring = false;
  beforeAll(async () => {
    [bundle, base, osKeyring] = await Promise.all([buildSessionBundle(), tempDir(), secretServiceAnswers()]);
  });
  afterAll(async () => {
    await bundle?.cleanup();
    await base?.cleanup();
  });

  it('saves the token in the keyring; the next process uses it; revoke forgets it', async () => {
    const k = realKeystone()!;
    const auth = { authUrl: k.authUrl, userId: k.demo.userId, password: k.demo.password, projectId: k.demo.projectId };
    const run = (then?: 'revoke') => runSessionChild({
      bundle: bundle.file, keyring: 'auto', auth, configHome: base.dir, serviceType: 'identity', path: '/auth/projects',
      region: k.regionName, ...(then ? { then } : {}),
    });

    const first = await run();
    expect(first).toMatchObject({ status: 200, authPosts: 1, backend: osKeyring ? 'keytar' : 'file' });
    // In the OS keyring, not in a file, when there is a Secret Service.
    expect((await fileStoreTokens(base.dir)).length).toBe(osKeyring ? 0 : 1);

    const second = await run('revoke');
    expect(second).toMatchObject({ status: 200, authPosts: 0 });
    expect(second.stderr).toMatch(/stackclient:keyring (keytar|file): using cached auth [0-9a-f]{64}/);

    // revoke deleted the entry: the next process must authenticate again.
    const third = await run('revoke');
    expect(third).toMatchObject({ status: 200, authPosts: 1 });
    for (const child of [first, second, third]) expect(child.stderr).not.toContain(k.demo.password);
  });
});
