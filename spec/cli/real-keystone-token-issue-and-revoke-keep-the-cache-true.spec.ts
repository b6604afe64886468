import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeReal, realKeystone } from '../real/helpers/real-keystone.js';
import { ensureBuilt, runCli, tempHome } from './helpers/cli.js';

/** Keystone's own answer on a token: 200 while valid, 404 once revoked. */
async function tokenStatus(token: string): Promise<number> {
  const res = await fetch(`${realKeystone()!.authUrl}/auth/tokens`, { headers: { 'X-Auth-Token': token, 'X-Subject-Token': token } });
  return res.status === 401 ? 404 : res.status;
}

/**
 * `token issue` asks Keystone every time (as `openstack token issue` does) and caches what it gets; `token revoke`
 * of the cached token removes it from the keyring. Checked with the file keyring against the real Keystone.
 */
describeReal('the real Keystone: token issue and token revoke keep the cache true', () => {
  const home = tempHome();
  const storeDir = join(home.dir, '.config', 'stackclient');
  const run = (...args: string[]) => {
    const k = realKeystone()!;
    return runCli(args, home.dir, {
      env: {
        OS_AUTH_URL: k.authUrl, OS_USERNAME: k.admin.username, OS_PASSWORD: k.admin.password, OS_PROJECT_NAME: k.admin.projectName,
        OS_USER_DOMAIN_NAME: k.admin.userDomainName, OS_PROJECT_DOMAIN_NAME: k.admin.projectDomainName, OS_REGION_NAME: k.regionName,
        DEBUG: 'stackclient:keyring', DBUS_SESSION_BUS_ADDRESS: undefined,
      },
    });
  };
  const issue = async () => {
    const r = await run('token', 'issue', '-f', 'value', '-c', 'id');
    expect(r.code, r.stderr).toBe(0);
    return r.stdout.trim();
  };
  beforeAll(ensureBuilt);
  afterAll(() => home.cleanup());

  it('issue after the cached token was revoked at Keystone prints a new valid token, and later commands use that one', async () => {
    const revoked = await issue();
    const again = await issue();
    expect(again).not.toBe(revoked);
    const del = await fetch(`${realKeystone()!.authUrl}/auth/tokens`, { method: 'DELETE', headers: { 'X-Auth-Token': again, 'X-Subject-Token': again } });
    expect(del.status).toBe(204);

    const fresh = await issue();
    expect([revoked, again]).not.toContain(fresh);
    expect(await tokenStatus(fresh)).toBe(200);
    const next = await run('project', 'list', '-f', 'json');
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain('using cached auth');
    expect(next.stderr).not.toContain('deleted auth');
  });

  it('revoke of the cached token revokes it and deletes the entry; the next command authenticates anew', async () => {
    const token = await issue();
    expect(readdirSync(storeDir)).toHaveLength(1);
    const r = await run('token', 'revoke', token);
    expect(r.code, r.stderr).toBe(0);
    expect(await tokenStatus(token)).toBe(404);
    expect(readdirSync(storeDir)).toHaveLength(0);

    const next = await run('project', 'list', '-f', 'json');
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain('no cached auth');
    expect(readdirSync(storeDir)).toHaveLength(1);
  });
});
