import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';
import { createFakeTrove } from '../../lib/testing/trove/index.js';
import { ensureBuilt, fakeCloudEnv, runCli, tempHome } from './helpers/cli.js';

// python-troveclient's OSC columns (troveclient/osc/v1/database_instances.py, database_flavors.py, database_backups.py).
const INSTANCE_COLUMNS = ['ID', 'Name', 'Datastore', 'Datastore Version', 'Status', 'Operating Status', 'Public', 'Addresses', 'Flavor ID', 'Size', 'Role'];

describe('database commands, as a process, on the fake cloud', () => {
  let cloud: FakeCloud;
  const home = tempHome();
  const run = (...args: string[]) => runCli(['--no-keyring', ...args], home.dir, { env: fakeCloudEnv(cloud) });

  beforeAll(async () => {
    await ensureBuilt();
    cloud = await startFakeCloud({ services: [createFakeTrove({ buildMs: 400 })] });
  });
  afterAll(async () => {
    await cloud?.close();
    home.cleanup();
  });

  it('database flavor list has troveclient\'s columns', async () => {
    const r = await run('database', 'flavor', 'list', '-f', 'json');
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!)).toEqual(['ID', 'Name', 'RAM', 'vCPUs', 'Disk', 'Ephemeral']);
  });

  it('database instance create --wait reaches ACTIVE with progress on stderr; list, show and delete follow', async () => {
    const created = await run('database', 'instance', 'create', 'orders', '--flavor', 'm1.small', '--size', '2',
      '--databases', 'shop', '--wait', '--poll-interval', '100', '-f', 'json');
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toMatch(/Progress: \d+ \(BUILD\)/);
    const instance = JSON.parse(created.stdout) as Record<string, unknown>;
    expect(instance.status).toBe('ACTIVE');
    expect(instance.volume).toBe(2);
    expect(instance).not.toHaveProperty('links');

    const list = await run('database', 'instance', 'list', '-f', 'json');
    expect(list.code, list.stderr).toBe(0);
    const rows = JSON.parse(list.stdout) as Record<string, unknown>[];
    const row = rows.find((x) => x.Name === 'orders');
    expect(Object.keys(row!)).toEqual(INSTANCE_COLUMNS);
    expect(row!.Size).toBe(2);

    const shown = await run('database', 'instance', 'show', 'orders', '-f', 'value', '-c', 'id');
    expect(shown.stdout.trim()).toBe(instance.id);

    const deleted = await run('database', 'instance', 'delete', 'orders', '--wait', '--poll-interval', '100');
    expect(deleted.code, deleted.stderr).toBe(0);
    const after = await run('database', 'instance', 'list', '-f', 'value', '-c', 'Name');
    expect(after.stdout.split('\n')).not.toContain('orders');
  });

  it('database backup list has troveclient\'s columns, as csv', async () => {
    const r = await run('database', 'backup', 'list', '-f', 'csv');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('"ID","Instance ID","Name","Status","Parent ID","Updated","Project ID"');
  });
});
