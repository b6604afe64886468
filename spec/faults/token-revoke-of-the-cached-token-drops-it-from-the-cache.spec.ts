import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeCloudEnv, runCli } from '../cli/helpers/cli.js';
import { useCliSuite } from '../cli/helpers/suite.js';

describe('token revoke of the cached token also removes it from the keyring', () => {
  const suite = useCliSuite();
  const run = (...args: string[]) => runCli(args, suite.home.dir, { env: { ...fakeCloudEnv(suite.cloud), DBUS_SESSION_BUS_ADDRESS: undefined } });
  const entries = () => readdirSync(join(suite.home.dir, '.config', 'stackclient')).filter((n) => n.endsWith('.json'));

  it('revokes it at Keystone, deletes the entry, and the next command authenticates once instead of meeting a 401', async () => {
    const issued = await run('token', 'issue', '-f', 'value', '-c', 'id');
    expect(issued.code, issued.stderr).toBe(0);
    const token = issued.stdout.trim();
    expect(entries()).toHaveLength(1);

    const revoked = await run('token', 'revoke', token);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(entries()).toHaveLength(0);
    const check = await fetch(`${suite.cloud.authUrl}/auth/tokens`, { headers: { 'X-Auth-Token': suite.cloud.issueToken('admin'), 'X-Subject-Token': token } });
    expect(check.status).toBe(404);

    suite.cloud.resetCounts();
    const next = await run('catalog', 'list', '-f', 'json');
    expect(next.code, next.stderr).toBe(0);
    expect(suite.cloud.authCount()).toBe(1);
    expect(suite.cloud.requests.filter((r) => r.status === 401)).toHaveLength(0);
    expect(entries()).toHaveLength(1);
  });
});
