import { describe, expect, it } from 'vitest';
import { fakeCloudEnv, runCli } from './helpers/cli.js';
import { useCliSuite } from './helpers/suite.js';

describe('request METHOD PATH --service TYPE, and token revoke', () => {
  const suite = useCliSuite({});
  const run = (...args: string[]) => runCli(['--no-keyring', ...args], suite.home.dir, { env: { ...fakeCloudEnv(suite.cloud), OS_REGION_NAME: 'RegionOne' } });

  it('sends an authenticated request relative to the service endpoint, with the JSON body, and prints the answer', async () => {
    const r = await run('request', 'PUT', '/things/1', '--service', 'echo', '--body', '{"thing": {"size": 3}}', '-H', 'X-Trace: abc');
    expect(r.code, r.stderr).toBe(0);
    const echoed = JSON.parse(r.stdout) as { method: string; path: string; body: unknown; headers: Record<string, string>; auth: { userName: string } };
    expect(echoed.method).toBe('PUT');
    expect(echoed.path).toBe('/echo/things/1');
    expect(echoed.body).toEqual({ thing: { size: 3 } });
    expect(echoed.headers['x-trace']).toBe('abc');
    expect(echoed.auth.userName).toBe(suite.cloud.admin.username);
  });

  it('a body that is not JSON is a usage error (exit 2); an unknown service type is an API error (exit 1)', async () => {
    const bad = await run('request', 'POST', '/x', '--service', 'echo', '--body', '{nope');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--body is not valid JSON');
    const missing = await run('request', 'GET', '/x', '--service', 'object-store');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('object-store');
  });

  it('token revoke <token> revokes that token at Keystone', async () => {
    const issued = await run('token', 'issue', '-f', 'value', '-c', 'id');
    const token = issued.stdout.trim();
    const revoked = await run('token', 'revoke', token);
    expect(revoked.code, revoked.stderr).toBe(0);
    const res = await fetch(`${suite.cloud.authUrl}/auth/tokens`, { headers: { 'X-Auth-Token': suite.cloud.issueToken('admin'), 'X-Subject-Token': token } });
    expect(res.status).toBe(404);
  });
});
