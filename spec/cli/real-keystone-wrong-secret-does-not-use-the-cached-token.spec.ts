import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeReal, realKeystone } from '../real/helpers/real-keystone.js';
import { ensureBuilt, runCli, tempHome } from './helpers/cli.js';

/**
 * The CLI with the file keyring on the real Keystone: a token cached by one login is not used by a run that
 * presents another password or application-credential secret; that run fails (exit 1), the entry stays.
 */
describeReal('the real Keystone: a wrong secret does not ride on the cached token', () => {
  const home = tempHome();
  const storeDir = join(home.dir, '.config', 'stackclient');
  const run = (env: Record<string, string>, ...args: string[]) =>
    runCli(args, home.dir, { env: { ...env, DEBUG: 'stackclient:keyring', DBUS_SESSION_BUS_ADDRESS: undefined } });
  const entries = () => Object.fromEntries(readdirSync(storeDir).map((n) => [n, readFileSync(join(storeDir, n), 'utf8')]));
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  it('OS_PASSWORD=wrong exits 1 with the admin token cached; the entry is kept and the right password uses it', async () => {
    const k = realKeystone()!;
    const env = {
      OS_AUTH_URL: k.authUrl, OS_USERNAME: k.admin.username, OS_PASSWORD: k.admin.password, OS_PROJECT_NAME: k.admin.projectName,
      OS_USER_DOMAIN_NAME: k.admin.userDomainName, OS_PROJECT_DOMAIN_NAME: k.admin.projectDomainName, OS_REGION_NAME: k.regionName,
    };
    const first = await run(env, 'project', 'list', '-f', 'json');
    expect(first.code, first.stderr).toBe(0);
    const saved = entries();

    const wrong = await run({ ...env, OS_PASSWORD: 'wrong' }, 'project', 'list', '-f', 'json');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain('not obtained with the secret presented now');
    expect(wrong.stderr).toMatch(/failed with HTTP 401/);
    expect(wrong.stderr).not.toContain(k.admin.password);
    expect(entries()).toEqual(saved);

    const right = await run(env, 'project', 'list', '-f', 'json');
    expect(right.code, right.stderr).toBe(0);
    expect(right.stderr).toContain('using cached auth');
    expect(right.stdout).toBe(first.stdout);
  });

  it('a wrong application-credential secret exits 1; the right secret uses its cached token', async () => {
    const k = realKeystone()!;
    const env = {
      OS_AUTH_URL: k.authUrl, OS_AUTH_TYPE: 'v3applicationcredential', OS_REGION_NAME: k.regionName,
      OS_APPLICATION_CREDENTIAL_ID: k.appCred.id, OS_APPLICATION_CREDENTIAL_SECRET: k.appCred.secret,
    };
    const first = await run(env, 'catalog', 'list', '-f', 'json');
    expect(first.code, first.stderr).toBe(0);

    // Changed at the front: Keystone keeps a bcrypt hash of the secret, and bcrypt reads only its first 72 bytes.
    const wrongSecret = `XXXX${k.appCred.secret.slice(4)}`;
    const wrong = await run({ ...env, OS_APPLICATION_CREDENTIAL_SECRET: wrongSecret }, 'catalog', 'list', '-f', 'json');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('not obtained with the secret presented now');
    expect(wrong.stderr).toMatch(/failed with HTTP 401/);
    expect(wrong.stderr).not.toContain(wrongSecret);
    expect(wrong.stderr).not.toContain(k.appCred.secret);

    const right = await run(env, 'catalog', 'list', '-f', 'json');
    expect(right.code, right.stderr).toBe(0);
    expect(right.stderr).toContain('using cached auth');
  });
});
