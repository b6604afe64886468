import { describe, expect, it } from 'vitest';
import { useTroveCli } from './helpers/trove-cli.js';

// troveclient/osc/v1/database_configurations.py: create prints values as Python's json.dumps and no datastore_version_id.
describe('database configuration create / list / attach, on the fake cloud', () => {
  const cli = useTroveCli();

  it('creates a group, lists it with troveclient\'s columns and attaches it to an instance', async () => {
    const created = await cli.json('database', 'configuration', 'create', 'tuned', '{"max_connections":200,"character_set_server":"utf8"}',
      '--datastore', 'mysql', '--datastore-version', '5.7', '--description', 'more connections');
    expect(Object.keys(created)).toEqual([
      'created', 'datastore_name', 'datastore_version_name', 'datastore_version_number', 'description', 'id', 'instance_count',
      'name', 'updated', 'values',
    ]);
    expect(created).toMatchObject({
      name: 'tuned', description: 'more connections', datastore_name: 'mysql', datastore_version_name: '5.7', instance_count: 0,
      values: '{"max_connections": 200, "character_set_server": "utf8"}',
    });

    const rows = await cli.json<Record<string, unknown>[]>('database', 'configuration', 'list');
    expect(rows).toEqual([{
      ID: created.id, Name: 'tuned', Description: 'more connections', 'Datastore Name': 'mysql', 'Datastore Version Name': '5.7',
      'Datastore Version Number': created.datastore_version_number,
    }]);

    await cli.activeInstance('tuned-db');
    const attached = await cli.run('database', 'configuration', 'attach', 'tuned-db', 'tuned');
    expect(attached.code, attached.stderr).toBe(0);
    expect(attached.stdout).toBe('');
    expect((await cli.json('database', 'instance', 'show', 'tuned-db')).configuration).toBe(created.id);

    const bad = await cli.run('database', 'configuration', 'create', 'broken', 'max_connections=1');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('must be a JSON object');
  });
});
