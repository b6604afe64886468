import { describe, expect, it } from 'vitest';
import { useTroveCli } from './helpers/trove-cli.js';

// The real Trove 18 answers 422 "Instance <id> is not ready." to every one of these while the instance builds.
describe('database commands on an instance that is still in BUILD, on the fake cloud', () => {
  const cli = useTroveCli({ buildMs: 600_000 });

  it('exit 1 with Trove\'s message; delete failures in troveclient\'s words; a bad size is a usage error', async () => {
    const building = await cli.json('database', 'instance', 'create', 'still-building', '--flavor', '1', '--size', '1');
    const id = String(building.id);
    const calls = [
      ['database', 'instance', 'restart', id], ['database', 'instance', 'resize', 'volume', id, '3'],
      ['database', 'instance', 'resize', 'flavor', id, 'm1.medium'], ['database', 'db', 'list', id], ['database', 'user', 'list', id],
      ['database', 'db', 'create', id, 'shop'], ['database', 'user', 'create', id, 'ann', 'secret-pw'],
      ['database', 'backup', 'create', 'nightly', '-i', 'still-building'],
    ];
    for (const r of await Promise.all(calls.map((c) => cli.run(...c)))) {
      expect(r.code, r.stdout).toBe(1);
      expect(r.stderr).toContain(`Instance ${id} is not ready.`);
      expect(r.stderr).not.toContain('secret-pw');
    }
    const dbDelete = await cli.run('database', 'db', 'delete', id, 'shop');
    expect(dbDelete.code).toBe(1);
    // The CLI adds the fake's request id, when there is one, after troveclient's line.
    expect(dbDelete.stderr.trim()).toMatch(/^Failed to delete database shop: /);
    expect(dbDelete.stderr).toContain(`Failed to delete database shop: Instance ${id} is not ready. (HTTP 422)`);
    const userDelete = await cli.run('database', 'user', 'delete', 'still-building', 'ann');
    expect(userDelete.stderr).toContain(`Failed to delete user ann: Instance ${id} is not ready. (HTTP 422)`);

    const instanceDelete = await cli.run('database', 'instance', 'delete', 'still-building');
    expect(instanceDelete.code).toBe(1);
    expect(instanceDelete.stdout).toBe(`Instance ${id} is not ready. (Status is BUILD). (HTTP 422)\n`);
    expect(instanceDelete.stderr.trim()).toBe('Unable to delete the specified database instance(s).');

    const bad = await cli.run('database', 'instance', 'resize', 'volume', id, 'big');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`invalid int value: 'big'`);
  });
});
