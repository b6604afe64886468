import { describe, expect, it } from 'vitest';
import { fakeCloudEnv, runCli } from '../helpers/cli.js';
import { useCliSuite } from '../helpers/suite.js';

// The same fallbacks as on the real Keystone (non-admin-falls-back-to-own-project-and-self.spec.ts), on the fake cloud,
// whose Keystone keeps Keystone's default policy: lists need admin; a member may read itself and its own project.
describe('a non-admin user on the fake cloud', () => {
  const suite = useCliSuite({});
  const run = (env: Record<string, string>, ...args: string[]) => runCli(['--no-keyring', ...args], suite.home.dir, { env });

  it('a member: project list lists their own projects; project show and user show find them by the token\'s ids', async () => {
    const env = fakeCloudEnv(suite.cloud, 'demo');
    const list = await run(env, 'project', 'list', '-f', 'json');
    expect(list.code, list.stderr).toBe(0);
    const projects = JSON.parse(list.stdout) as { ID: string; Name: string }[];
    expect(projects.map((p) => p.Name)).toContain(env.OS_PROJECT_NAME);
    const project = await run(env, 'project', 'show', env.OS_PROJECT_NAME!, '-f', 'json');
    expect(project.code, project.stderr).toBe(0);
    expect(JSON.parse(project.stdout)).toMatchObject({ name: env.OS_PROJECT_NAME });
    const user = await run(env, 'user', 'show', env.OS_USERNAME!, '-f', 'json');
    expect(user.code, user.stderr).toBe(0);
    expect(JSON.parse(user.stdout)).toMatchObject({ name: env.OS_USERNAME });
    const others = await run(env, 'user', 'list');
    expect(others.code).toBe(1);
    expect(others.stderr).toContain('HTTP 403');
  });
});
