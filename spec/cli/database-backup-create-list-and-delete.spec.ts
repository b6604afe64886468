import { describe, expect, it } from 'vitest';
import { useTroveCli } from './helpers/trove-cli.js';

// troveclient/osc/v1/database_backups.py: create prints the record with its datastore flattened; delete prints troveclient's line.
describe('database backup create / list / delete, on the fake cloud', () => {
  const cli = useTroveCli({ buildMs: 50, actionMs: 300 });

  it('backs up an ACTIVE instance, lists it for that instance and deletes it', async () => {
    const instance = await cli.activeInstance('backed-up');
    const backup = await cli.json('database', 'backup', 'create', 'nightly', '-i', 'backed-up', '--description', 'every night');
    expect(Object.keys(backup)).toEqual([
      'created', 'datastore', 'datastore_version', 'datastore_version_id', 'description', 'id', 'instance_id', 'locationRef',
      'name', 'parent_id', 'size', 'status', 'storage_driver', 'updated',
    ]);
    expect(backup).toMatchObject({ name: 'nightly', description: 'every night', instance_id: instance.id, datastore: 'mysql', status: 'NEW' });

    const rows = await cli.json<Record<string, unknown>[]>('database', 'backup', 'list', '--instance', 'backed-up');
    expect(rows.map((r) => [r.ID, r.Name, r['Instance ID']])).toEqual([[backup.id, 'nightly', instance.id]]);
    expect(Object.keys(rows[0]!)).toEqual(['ID', 'Instance ID', 'Name', 'Status', 'Parent ID', 'Updated', 'Project ID']);

    await expect.poll(async () => (await cli.json<Record<string, unknown>[]>('database', 'backup', 'list'))[0]?.Status, { interval: 100 })
      .toBe('COMPLETED');
    const deleted = await cli.run('database', 'backup', 'delete', 'nightly');
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toBe(`Request to delete database backup ${String(backup.id)} has been accepted.\n`);
    expect(await cli.json('database', 'backup', 'list')).toEqual([]);

    const noInstance = await cli.run('database', 'backup', 'create', 'orphan');
    expect(noInstance.code).toBe(1);
    expect(noInstance.stderr.trim()).toBe('Instance ID or name is required if not restoring a backup.');
    const missing = await cli.run('database', 'backup', 'delete', 'no-such-backup');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Failed to get database backup no-such-backup, error: /);
  });
});
