import { describe, expect, it } from 'vitest';
import { fakeCloudEnv, runCli } from './helpers/cli.js';
import { useCliSuite } from './helpers/suite.js';

/** The CLI on the fake cloud with the file keyring (no D-Bus): a cached token is used only with the secret that got it. */
describe('a wrong secret does not ride on the cached token', () => {
  const suite = useCliSuite();
  const run = (env: Record<string, string | undefined>, ...args: string[]) =>
    runCli(args, suite.home.dir, { env: { ...env, DBUS_SESSION_BUS_ADDRESS: undefined } });

  it('OS_PASSWORD=wrong exits 1 although a token is cached; the right password then still uses the cached token', async () => {
    const env = fakeCloudEnv(suite.cloud);
    const first = await run(env, 'catalog', 'list', '-f', 'json');
    expect(first.code, first.stderr).toBe(0);
    const auths = suite.cloud.authCount();

    const wrongPassword = 'not-the-password-6f1d';
    const wrong = await run({ ...env, OS_PASSWORD: wrongPassword }, 'catalog', 'list', '-f', 'json');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/AuthorizationFailure|HTTP 401/);
    expect(wrong.stderr).not.toContain(wrongPassword);
    expect(suite.cloud.authCount()).toBe(auths + 1);

    const right = await run(env, 'catalog', 'list', '-f', 'json');
    expect(right.code, right.stderr).toBe(0);
    expect(suite.cloud.authCount()).toBe(auths + 1);
  });

  it('a wrong application-credential secret exits 1; the right one still uses its cached token', async () => {
    const ac = suite.cloud.applicationCredential;
    const env = {
      OS_AUTH_URL: suite.cloud.authUrl, OS_AUTH_TYPE: 'v3applicationcredential',
      OS_APPLICATION_CREDENTIAL_ID: ac.id, OS_APPLICATION_CREDENTIAL_SECRET: ac.secret,
    };
    const first = await run(env, 'catalog', 'list', '-f', 'json');
    expect(first.code, first.stderr).toBe(0);
    const auths = suite.cloud.authCount();

    const wrong = await run({ ...env, OS_APPLICATION_CREDENTIAL_SECRET: 'not-the-secret-0c4e' }, 'catalog', 'list', '-f', 'json');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).not.toContain('not-the-secret-0c4e');
    expect(wrong.stderr).not.toContain(ac.secret);
    expect(suite.cloud.authCount()).toBe(auths + 1);

    const right = await run(env, 'catalog', 'list', '-f', 'json');
    expect(right.code, right.stderr).toBe(0);
    expect(suite.cloud.authCount()).toBe(auths + 1);
  });
});
