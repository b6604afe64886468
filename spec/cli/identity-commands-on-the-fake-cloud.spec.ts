import { describe, expect, it } from 'vitest';
import { fakeCloudEnv, lines, runCli } from './helpers/cli.js';
import { useCliSuite } from './helpers/suite.js';

// project, user, role and endpoint commands ride on the identity client (lib/services/identity) and its
// find-by-name-or-id; the output keeps python-openstackclient's columns, fields and messages.
describe('identity commands, as a process, on the fake cloud', () => {
  const suite = useCliSuite({});
  const run = (...args: string[]) => runCli(['--no-keyring', ...args], suite.home.dir, { env: fakeCloudEnv(suite.cloud) });

  it('project list, role list and user list print ID and Name; endpoint list joins the service', async () => {
    const projects = JSON.parse((await run('project', 'list', '-f', 'json')).stdout) as Record<string, string>[];
    expect(projects.map((p) => p.Name).sort()).toEqual(expect.arrayContaining(['admin', 'demo']));
    for (const p of projects) expect(Object.keys(p)).toEqual(['ID', 'Name']);
    const roles = await run('role', 'list', '-f', 'value', '-c', 'Name');
    expect(lines(roles.stdout).sort()).toEqual(['admin', 'member', 'reader']);
    const users = JSON.parse((await run('user', 'list', '--domain', 'Default', '-f', 'json')).stdout) as Record<string, string>[];
    expect(users.map((u) => u.Name)).toEqual(expect.arrayContaining(['admin', 'demo']));
    const endpoints = JSON.parse((await run('endpoint', 'list', '--service', 'identity', '--interface', 'public', '-f', 'json')).stdout) as object[];
    expect(endpoints).toHaveLength(1);
    expect(Object.keys(endpoints[0]!)).toEqual(['ID', 'Region', 'Service Name', 'Service Type', 'Enabled', 'Interface', 'URL']);
  });

  it('project show and user show find by name or id, with osc\'s fields and not-found message', async () => {
    const byName = await run('project', 'show', 'demo', '--domain', 'default', '-f', 'json');
    expect(byName.code, byName.stderr).toBe(0);
    const project = JSON.parse(byName.stdout) as Record<string, unknown>;
    expect(Object.keys(project)).toEqual(['description', 'domain_id', 'enabled', 'id', 'is_domain', 'name', 'options', 'parent_id', 'tags']);
    const byId = await run('project', 'show', String(project.id), '-f', 'json');
    expect(JSON.parse(byId.stdout)).toEqual(project);
    const user = JSON.parse((await run('user', 'show', 'admin', '-f', 'json')).stdout) as Record<string, unknown>;
    expect(user).toMatchObject({ name: 'admin', domain_id: 'default' });
    expect(user).not.toHaveProperty('links');
    const missing = await run('project', 'show', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("No project with a name or ID of 'nope' exists.\n");
  });

  it('project create and delete; a failed delete is reported per project, then summed up', async () => {
    const created = await run('project', 'create', 'cli-made', '--description', 'by spec', '--parent', 'admin', '-f', 'json');
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ name: 'cli-made', description: 'by spec', enabled: true });
    const deleted = await run('project', 'delete', 'cli-made', 'nope');
    expect(deleted.code).toBe(1);
    expect(deleted.stderr).toBe(
      "Failed to delete project with name or ID 'nope': No project with a name or ID of 'nope' exists.\n1 of 2 projects failed to delete.\n",
    );
    expect((await run('project', 'show', 'cli-made')).stderr).toBe("No project with a name or ID of 'cli-made' exists.\n");
  });
});
