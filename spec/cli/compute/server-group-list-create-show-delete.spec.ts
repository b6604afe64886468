import { describe, expect, it } from 'vitest';
import { useComputeCli } from './helpers.js';

describe('server group create/list/show/delete, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it('speaks 2.64 as openstacksdk does: policy and rules; list --long adds Members, Project Id, User Id', async () => {
    const created = await cli.json('server', 'group', 'create', 'spread', '--policy', 'anti-affinity', '--rule', 'max_server_per_host=1');
    expect(Object.keys(created)).toEqual(['id', 'members', 'name', 'policy', 'project_id', 'rules', 'user_id']);
    expect(created).toMatchObject({ name: 'spread', policy: 'anti-affinity', members: [], rules: { max_server_per_host: 1 } });

    const rows = await cli.json<Record<string, unknown>[]>('server', 'group', 'list');
    expect(rows).toEqual([{ ID: created.id, Name: 'spread', Policy: 'anti-affinity' }]);
    const long = await cli.json<Record<string, unknown>[]>('server', 'group', 'list', '--long');
    expect(Object.keys(long[0]!)).toEqual(['ID', 'Name', 'Policy', 'Members', 'Project Id', 'User Id']);
    expect(long[0]!['Project Id']).toBe(created.project_id);

    expect(await cli.json('server', 'group', 'show', 'spread')).toEqual(created);
    const table = await cli.run('server', 'group', 'show', 'spread');
    expect(table.stdout).toMatch(/\| rules +\| max_server_per_host='1' +\|/);

    const deleted = await cli.run('server', 'group', 'delete', 'spread');
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(await cli.json('server', 'group', 'list')).toEqual([]);
  });

  it('the default policy is affinity; below 2.64 the group shows a policies list and --rule is refused', async () => {
    const mv = ['--os-compute-api-version', '2.15'];
    const created = await cli.json(...mv, 'server', 'group', 'create', 'close');
    expect(Object.keys(created)).toEqual(['id', 'members', 'name', 'policies', 'project_id', 'user_id']);
    expect(created.policies).toEqual(['affinity']);
    expect(await cli.json(...mv, 'server', 'group', 'list')).toEqual([{ ID: created.id, Name: 'close', Policies: ['affinity'] }]);
    const refused = await cli.run(...mv, 'server', 'group', 'create', 'ruled', '--rule', 'max_server_per_host=1');
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe('--os-compute-api-version 2.64 or greater is required to support the --rule option');
    expect((await cli.run('server', 'group', 'delete', 'close')).code).toBe(0);
  });

  it('an unknown policy is a usage error; deleting a missing group reports it and exits 1', async () => {
    expect((await cli.run('server', 'group', 'create', 'x', '--policy', 'nearby')).code).toBe(2);
    const r = await cli.run('server', 'group', 'delete', 'ghost');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 of 1 server groups failed to delete.');
  });
});
