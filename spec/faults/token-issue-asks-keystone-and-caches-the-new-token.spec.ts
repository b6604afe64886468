import { describe, expect, it } from 'vitest';
import { fakeCloudEnv, runCli } from '../cli/helpers/cli.js';
import { useCliSuite } from '../cli/helpers/suite.js';

/** As python-openstackclient: `token issue` gets a new token from Keystone every time, and the keyring then holds it. */
describe('token issue asks Keystone for a new token and caches it', () => {
  const suite = useCliSuite();
  const run = (...args: string[]) => runCli(args, suite.home.dir, { env: { ...fakeCloudEnv(suite.cloud), DBUS_SESSION_BUS_ADDRESS: undefined } });
  const issue = async () => {
    const r = await run('token', 'issue', '-f', 'value', '-c', 'id');
    expect(r.code, r.stderr).toBe(0);
    return r.stdout.trim();
  };
  const validate = (token: string) => fetch(`${suite.cloud.authUrl}/auth/tokens`, {
    headers: { 'X-Auth-Token': suite.cloud.issueToken('admin'), 'X-Subject-Token': token },
  }).then((res) => res.status);

  it('two issues give two tokens, one authentication each, even with a valid token cached', async () => {
    const a = await issue();
    const b = await issue();
    expect(b).not.toBe(a);
    expect(suite.cloud.authCount()).toBe(2);
  });

  it('after the cached token was revoked, issue prints a new valid token, and the next command rides on it', async () => {
    const revoked = await issue();
    const del = await fetch(`${suite.cloud.authUrl}/auth/tokens`, { method: 'DELETE', headers: { 'X-Auth-Token': revoked, 'X-Subject-Token': revoked } });
    expect(del.status).toBe(204);
    const fresh = await issue();
    expect(fresh).not.toBe(revoked);
    expect(await validate(fresh)).toBe(200);

    const auths = suite.cloud.authCount();
    const next = await run('catalog', 'list', '-f', 'json');
    expect(next.code, next.stderr).toBe(0);
    expect(suite.cloud.authCount()).toBe(auths);
  });
});
