import { describe, expect, it } from 'vitest';
import { useTroveCli } from './helpers/trove-cli.js';

// troveclient/osc/v1/databases.py and database_users.py, on an ACTIVE instance (the real Trove here has no guest agent).
describe('database db and database user list / create / delete, on the fake cloud', () => {
  const cli = useTroveCli();

  it('create, list (troveclient\'s columns) and delete databases and users', async () => {
    await cli.activeInstance('shop-db', '--databases', 'orders');
    for (const args of [
      ['db', 'create', 'shop-db', 'invoices', '--character_set', 'utf8mb4', '--collate', 'utf8mb4_general_ci'],
      ['user', 'create', 'shop-db', 'ann', 'ann-secret-pw', '--databases', 'orders', 'invoices'],
      ['user', 'create', 'shop-db', 'bob', 'bob-secret-pw', '--host', '10.0.0.%'],
    ]) {
      const r = await cli.run('database', ...args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
    }
    expect(await cli.json('database', 'db', 'list', 'shop-db')).toEqual([{ Name: 'invoices' }, { Name: 'orders' }]);
    const users = await cli.json<Record<string, unknown>[]>('database', 'user', 'list', 'shop-db');
    expect(users).toEqual([
      { Name: 'ann', Host: '%', Databases: 'invoices, orders' },
      { Name: 'bob', Host: '10.0.0.%', Databases: '' },
    ]);
    const table = await cli.run('database', 'user', 'list', 'shop-db');
    expect(table.stdout).not.toMatch(/secret-pw/);

    for (const args of [['db', 'delete', 'shop-db', 'invoices'], ['user', 'delete', 'shop-db', 'bob', '--host', '10.0.0.%']]) {
      const r = await cli.run('database', ...args);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(await cli.json('database', 'db', 'list', 'shop-db')).toEqual([{ Name: 'orders' }]);
    expect(await cli.json('database', 'user', 'list', 'shop-db')).toEqual([{ Name: 'ann', Host: '%', Databases: 'orders' }]);

    const missing = await cli.run('database', 'db', 'delete', 'shop-db', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Failed to delete database nope: .*\(HTTP 404\)/);
    const noInstance = await cli.run('database', 'db', 'list', 'no-such-instance');
    expect(noInstance.code).toBe(1);
    expect(noInstance.stderr.trim()).toBe("No instance with a name or ID of 'no-such-instance' exists.");
  });
});
