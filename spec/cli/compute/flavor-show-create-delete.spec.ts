import { describe, expect, it } from 'vitest';
import { useComputeCli } from './helpers.js';

// openstacksdk's Flavor, as `openstack flavor show -f json` prints it against Nova (keys sorted, links hidden).
const SHOW_KEYS = ['OS-FLV-DISABLED:disabled', 'OS-FLV-EXT-DATA:ephemeral', 'access_project_ids', 'description', 'disk', 'id', 'name',
  'os-flavor-access:is_public', 'properties', 'ram', 'rxtx_factor', 'swap', 'vcpus'];

describe('flavor create/show/list --long/delete, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it('create prints the flavor with osc\'s fields; show adds access_project_ids; delete removes it', async () => {
    const created = await cli.json('flavor', 'create', 'c1.mini', '--ram', '128', '--disk', '2', '--vcpus', '2', '--id', 'mini-1');
    expect(Object.keys(created)).toEqual(SHOW_KEYS.filter((k) => k !== 'access_project_ids'));
    expect(created).toMatchObject({ id: 'mini-1', name: 'c1.mini', ram: 128, disk: 2, vcpus: 2, 'os-flavor-access:is_public': true, properties: {} });

    const shown = await cli.json('flavor', 'show', 'c1.mini');
    expect(Object.keys(shown)).toEqual(SHOW_KEYS);
    expect(shown.access_project_ids).toBeNull();

    const long = await cli.json<Record<string, unknown>[]>('flavor', 'list', '--long');
    const row = long.find((f) => f.Name === 'c1.mini')!;
    expect(Object.keys(row)).toEqual(['ID', 'Name', 'RAM', 'Disk', 'Ephemeral', 'VCPUs', 'Is Public', 'Swap', 'RXTX Factor', 'Properties']);
    expect(long.find((f) => f.Name === 'm1.tiny.specs')!.Properties).toEqual({ 'hw:numa_nodes': '1' });

    const deleted = await cli.run('flavor', 'delete', 'c1.mini');
    expect(deleted.code, deleted.stderr).toBe(0);
    const gone = await cli.run('flavor', 'show', 'mini-1');
    expect(gone.code).toBe(1);
    expect(gone.stderr.trim()).toBe("No flavor with a name or ID of 'mini-1' exists.");
  });

  it('create --property sets extra specs after the create and shows them as properties', async () => {
    const created = await cli.json('flavor', 'create', 'specced', '--property', 'hw:cpu_policy=dedicated', '--property', 'k=a=b');
    expect(created.properties).toEqual({ 'hw:cpu_policy': 'dedicated', k: 'a=b' });
    expect((await cli.json('flavor', 'show', 'specced')).properties).toEqual({ 'hw:cpu_policy': 'dedicated', k: 'a=b' });
    const table = await cli.run('flavor', 'show', 'specced');
    expect(table.stdout).toMatch(/\| properties +\| hw:cpu_policy='dedicated', k='a=b' +\|/);
    expect(table.stdout).toMatch(/\| rxtx_factor +\| 1\.0 +\|/);
  });

  it('a private flavor shows the projects it is shared with (none yet) as a list', async () => {
    await cli.json('flavor', 'create', 'secret.flavor', '--private');
    const shown = await cli.json('flavor', 'show', 'secret.flavor');
    expect(shown['os-flavor-access:is_public']).toBe(false);
    expect(shown.access_project_ids).toEqual([]);
    expect((await cli.run('flavor', 'delete', 'secret.flavor')).code).toBe(0);
  });

  it('osc\'s defaults: 256 MB, 1 vCPU, 0 GB disk; --description needs 2.55 and is sent from it', async () => {
    const plain = await cli.json('flavor', 'create', 'defaults');
    expect(plain).toMatchObject({ ram: 256, vcpus: 1, disk: 0 });
    const described = await cli.json('flavor', 'create', 'described', '--description', 'for tests');
    expect(described.description).toBe('for tests');
    const old = await cli.run('--os-compute-api-version', '2.50', 'flavor', 'create', 'old', '--description', 'x');
    expect(old.code).toBe(1);
    expect(old.stderr.trim()).toBe('The --description parameter requires server support for API microversion 2.55');
  });

  it('a non-integer size is a usage error; deleting one missing of two reports "1 of 2 flavors failed to delete."', async () => {
    expect((await cli.run('flavor', 'create', 'bad', '--ram', 'lots')).code).toBe(2);
    await cli.json('flavor', 'create', 'doomed');
    const r = await cli.run('flavor', 'delete', 'doomed', 'never-was');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Failed to delete flavor with name or ID 'never-was'");
    expect(r.stderr).toContain('1 of 2 flavors failed to delete.');
  });
});
