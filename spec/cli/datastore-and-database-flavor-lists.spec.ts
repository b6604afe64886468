import { describe, expect, it } from 'vitest';
import { useTroveCli } from './helpers/trove-cli.js';

// troveclient/osc/v1/datastores.py and database_flavors.py.
describe('datastore list, datastore version list and database flavor list --datastore-*, on the fake cloud', () => {
  const cli = useTroveCli();

  it('datastore list has ID and Name; version list has ID, Name and Version', async () => {
    const stores = await cli.json<Record<string, unknown>[]>('datastore', 'list');
    expect(stores.map((s) => s.Name)).toEqual(['mariadb', 'mysql', 'postgresql']);
    expect(Object.keys(stores[0]!)).toEqual(['ID', 'Name']);
    const versions = await cli.json<Record<string, unknown>[]>('datastore', 'version', 'list', 'mysql');
    expect(versions.map((v) => [v.Name, v.Version])).toEqual([['5.7', '5.7.29'], ['8.0', '8.0.21']]);
    expect(Object.keys(versions[0]!)).toEqual(['ID', 'Name', 'Version']);
    const missing = await cli.run('datastore', 'version', 'list', 'oracle');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Datastore 'oracle' cannot be found.");
  });

  it('database flavor list for one datastore version; one of the two options alone is refused as troveclient does', async () => {
    const versions = await cli.json<Record<string, unknown>[]>('datastore', 'version', 'list', 'mysql');
    const flavors = await cli.json<Record<string, unknown>[]>('database', 'flavor', 'list', '--datastore-type', 'mysql',
      '--datastore-version-id', String(versions[0]!.ID));
    expect(flavors).toEqual(await cli.json('database', 'flavor', 'list'));
    const half = await cli.run('database', 'flavor', 'list', '--datastore-type', 'mysql');
    expect(half.code).toBe(1);
    expect(half.stderr.trim()).toBe('Missing argument(s): datastore-type, datastore-version-id');
  });
});
