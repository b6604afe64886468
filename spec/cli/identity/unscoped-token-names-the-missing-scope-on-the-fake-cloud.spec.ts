import { describe, expect, it } from 'vitest';
import { fakeCloudEnv, runCli } from '../helpers/cli.js';
import { useCliSuite } from '../helpers/suite.js';

// The unscoped-token message of unscoped-token-names-the-missing-scope.spec.ts, on the fake cloud (whose Keystone answers
// 403 to an unscoped token's list calls, as Keystone does).
describe('an unscoped token on the fake cloud', () => {
  const suite = useCliSuite({});
  const run = (env: Record<string, string>, ...args: string[]) => runCli(['--no-keyring', ...args], suite.home.dir, { env });

  it('an unscoped token: exit 1 and one line that names the missing scope; project list still falls back', async () => {
    const { OS_PROJECT_NAME: _p, OS_PROJECT_DOMAIN_NAME: _d, ...unscoped } = fakeCloudEnv(suite.cloud, 'admin');
    const r = await run(unscoped, 'user', 'list');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('the token is unscoped, and this call needs a project-scoped token');
    expect(r.stderr).toContain('--os-project-name');
    expect(r.stderr).not.toContain(unscoped.OS_PASSWORD!);
    const projects = await run(unscoped, 'project', 'list', '-f', 'json');
    expect(projects.code, projects.stderr).toBe(0);
    expect((JSON.parse(projects.stdout) as object[]).length).toBeGreaterThan(0);
  });
});
