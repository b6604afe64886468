import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fakeCloudEnv, runCli } from './helpers/cli.js';
import { useCliSuite } from './helpers/suite.js';

describe('the token is cached between invocations', () => {
  const suite = useCliSuite();

  it('a second `server list` authenticates zero times (file store under XDG_CONFIG_HOME, no D-Bus)', async () => {
    const env = { ...fakeCloudEnv(suite.cloud), DBUS_SESSION_BUS_ADDRESS: undefined };
    const first = await runCli(['server', 'list'], suite.home.dir, { env });
    expect(first.code, first.stderr).toBe(0);
    expect(suite.cloud.authCount()).toBe(1);
    expect(readdirSync(join(suite.home.dir, '.config', 'stackclient')).length).toBeGreaterThan(0);

    const second = await runCli(['server', 'list'], suite.home.dir, { env });
    expect(second.code, second.stderr).toBe(0);
    expect(suite.cloud.authCount()).toBe(1);
    expect(suite.cloud.count('GET', '/compute/v2.1/servers/detail')).toBe(2);
  });

  it('token issue with the keyring on (a new token, then cached) still shows who and what it is for', async () => {
    const env = fakeCloudEnv(suite.cloud);
    const fresh = await runCli(['--no-keyring', 'token', 'issue', '-f', 'json'], suite.home.dir, { env });
    const cached = await runCli(['token', 'issue', '-f', 'json'], suite.home.dir, { env });
    expect(cached.code, cached.stderr).toBe(0);
    const a = JSON.parse(fresh.stdout) as Record<string, string>;
    const b = JSON.parse(cached.stdout) as Record<string, string>;
    expect(Object.keys(b)).toEqual(['expires', 'id', 'project_id', 'user_id']);
    expect([b.user_id, b.project_id]).toEqual([a.user_id, a.project_id]);
  });

  it('--no-keyring authenticates every time', async () => {
    const before = suite.cloud.authCount();
    const r = await runCli(['--no-keyring', 'server', 'list'], suite.home.dir, { env: fakeCloudEnv(suite.cloud) });
    expect(r.code, r.stderr).toBe(0);
    expect(suite.cloud.authCount()).toBe(before + 1);
  });

  it('a cached token the suite.cloud has revoked is replaced after one 401, not reused', async () => {
    suite.cloud.revokeAllTokens();
    const before = suite.cloud.authCount();
    const env = fakeCloudEnv(suite.cloud);
    const r = await runCli(['server', 'list'], suite.home.dir, { env });
    expect(r.code, r.stderr).toBe(0);
    expect(suite.cloud.authCount()).toBe(before + 1);
    const again = await runCli(['server', 'list'], suite.home.dir, { env });
    expect(again.code, again.stderr).toBe(0);
    expect(suite.cloud.authCount()).toBe(before + 1);
  });
});
