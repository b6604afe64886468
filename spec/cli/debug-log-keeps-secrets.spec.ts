import { describe, expect, it } from 'vitest';
import { fakeCloudEnv, runCli } from './helpers/cli.js';
import { useCliSuite } from './helpers/suite.js';

describe('--debug', () => {
  const suite = useCliSuite();

  it('writes the curl log to stderr with no password and no token in clear', async () => {
    const env = fakeCloudEnv(suite.cloud);
    const r = await runCli(['--debug', '--no-keyring', 'token', 'issue', '-f', 'value', '-c', 'id'], suite.home.dir, { env });
    expect(r.code, r.stderr).toBe(0);
    const token = r.stdout.trim();
    expect(token.length).toBeGreaterThan(10);
    expect(r.stderr).toMatch(/curl -g -i -X POST/);
    expect(r.stderr).not.toContain(env.OS_PASSWORD!);
    expect(r.stderr).not.toContain(token);

    const list = await runCli(['--debug', '--no-keyring', 'server', 'list'], suite.home.dir, { env });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stderr).toMatch(/curl -g -i -X GET '[^']*\/servers\/detail'/);
    expect(list.stderr).toMatch(/X-Auth-Token: \{SHA256\}[0-9a-f]{64}/);
    expect(list.stderr).not.toContain(env.OS_PASSWORD!);
    expect(list.stderr).not.toMatch(/X-Auth-Token: (?!\{SHA256\})/);
  });
});
