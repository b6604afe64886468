import { describe, expect, it } from 'vitest';
import { fakeCloudEnv, runCli } from './helpers/cli.js';
import { useCliSuite } from './helpers/suite.js';

describe('API and connection errors', () => {
  const suite = useCliSuite();

  it('a service error: exit 1, one line with the server\'s message and the request id', async () => {
    suite.cloud.failNext(1, {
      status: 403, method: 'GET', path: '/compute/v2.1/servers/detail',
      body: { forbidden: { code: 403, message: 'Policy does not allow os_compute_api:servers:detail to be performed.' } },
      headers: { 'x-compute-request-id': 'req-cli-test-0001' },
    });
    const r = await runCli(['--no-keyring', 'server', 'list'], suite.home.dir, { env: fakeCloudEnv(suite.cloud) });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Policy does not allow os_compute_api:servers:detail to be performed.');
    expect(r.stderr).toContain('req-cli-test-0001');
    expect(r.stdout).toBe('');
  });

  it('a wrong password: exit 1, one line with Keystone\'s message', async () => {
    const env = { ...fakeCloudEnv(suite.cloud), OS_PASSWORD: 'not-the-password' };
    const r = await runCli(['--no-keyring', 'token', 'issue'], suite.home.dir, { env });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('The request you have made requires authentication.');
    expect(r.stderr).not.toContain('not-the-password');
  });

  it('nothing listening: exit 1, one line naming the auth URL, no stack trace', async () => {
    const env = { ...fakeCloudEnv(suite.cloud), OS_AUTH_URL: 'http://127.0.0.1:9/v3' };
    const r = await runCli(['--no-keyring', 'token', 'issue'], suite.home.dir, { env, timeoutMs: 60_000 });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('127.0.0.1:9');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--debug adds the stack trace', async () => {
    const env = { ...fakeCloudEnv(suite.cloud), OS_PASSWORD: 'not-the-password' };
    const r = await runCli(['--debug', '--no-keyring', 'token', 'issue'], suite.home.dir, { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});
