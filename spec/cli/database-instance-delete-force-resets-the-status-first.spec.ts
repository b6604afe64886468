import { describe, expect, it } from 'vitest';
import { useTroveCli } from './helpers/trove-cli.js';

// The real Trove refuses to delete an instance in BUILD; troveclient's --force posts reset_status first.
describe('database instance delete --force, on the fake cloud', () => {
  const cli = useTroveCli({ buildMs: 600_000 });

  it('delete --force resets the status first, as troveclient does, and the instance goes', async () => {
    const building = await cli.json('database', 'instance', 'create', 'stuck', '--flavor', '1', '--size', '1');
    const r = await cli.run('database', 'instance', 'delete', '--force', 'stuck');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`Request to delete database instance ${String(building.id)} has been accepted.\n`);
    const shown = await cli.json('database', 'instance', 'show', String(building.id));
    expect(shown.status).toBe('SHUTDOWN');
  });
});
