import { describe, expect, it } from 'vitest';
import { activeServer, useComputeCli } from './helpers.js';

describe('server list --long, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it("has osc 6's long columns: task and power state, image and flavor names and ids, zone, host, properties", async () => {
    await activeServer(cli, 'wide');
    expect((await cli.run('server', 'set', 'wide', '--property', 'tier=web')).code).toBe(0);
    const rows = await cli.json<Record<string, unknown>[]>('server', 'list', '--long');
    expect(Object.keys(rows[0]!)).toEqual(['ID', 'Name', 'Status', 'Task State', 'Power State', 'Networks', 'Image Name', 'Image ID',
      'Flavor Name', 'Flavor ID', 'Availability Zone', 'Host', 'Properties']);
    expect(rows[0]).toMatchObject({
      Name: 'wide', Status: 'ACTIVE', 'Task State': null, 'Power State': 1, 'Image ID': 'cirros-0.6.2',
      'Flavor Name': 'm1.tiny', 'Flavor ID': '1', 'Availability Zone': 'nova', Properties: { tier: 'web' },
    });
    const table = await cli.run('server', 'list', '--long');
    expect(table.stdout).toMatch(/\| Running +\|/);
    expect(table.stdout).toMatch(/\| tier='web' +\|/);
  });

  it('from microversion 2.47 the embedded flavor gives one Flavor column (its original name)', async () => {
    const rows = await cli.json<Record<string, unknown>[]>('--os-compute-api-version', '2.47', 'server', 'list', '--long');
    expect(Object.keys(rows[0]!)).toContain('Flavor');
    expect(Object.keys(rows[0]!)).not.toContain('Flavor ID');
    expect(rows[0]!.Flavor).toBe('m1.tiny');
  });
});
