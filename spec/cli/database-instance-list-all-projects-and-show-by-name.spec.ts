import { describe, expect, it } from 'vitest';
import { useTroveCli } from './helpers/trove-cli.js';

// troveclient/osc/v1/database_instances.py: --all-projects lists through /mgmt/instances with two admin columns; show by
// name prints what show by id prints (troveclient's findall reads each match again).
describe('database instance list --all-projects and show <name>, on the fake cloud', () => {
  const cli = useTroveCli();

  it('--all-projects adds Server ID and Tenant ID; show <name> equals show <id>', async () => {
    const created = await cli.activeInstance('everywhere');
    const rows = await cli.json<Record<string, unknown>[]>('database', 'instance', 'list', '--all-projects');
    const row = rows.find((r) => r.ID === created.id)!;
    expect(Object.keys(row)).toEqual([
      'ID', 'Name', 'Datastore', 'Datastore Version', 'Status', 'Operating Status', 'Public', 'Addresses', 'Flavor ID', 'Size', 'Role',
      'Server ID', 'Tenant ID',
    ]);
    expect(row['Tenant ID']).toMatch(/^[0-9a-f]{32}$/);
    const plain = await cli.json<Record<string, unknown>[]>('database', 'instance', 'list');
    expect(Object.keys(plain[0]!)).toHaveLength(11);

    const byName = await cli.json('database', 'instance', 'show', 'everywhere');
    const byId = await cli.json('database', 'instance', 'show', String(created.id));
    expect(byName).toEqual(byId);
    expect(byName).toHaveProperty('created');
    expect(byName).not.toHaveProperty('links');
  });
});
