import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../../lib/testing/index.js';
import { createFakeNova, type FakeNova } from '../../lib/testing/nova/index.js';
import { ensureBuilt, fakeCloudEnv, runCli, tempHome } from './helpers/cli.js';

describe('server commands, as a process, on the fake cloud', () => {
  let cloud: FakeCloud;
  let nova: FakeNova;
  const home = tempHome();
  const run = (...args: string[]) => runCli(['--no-keyring', ...args], home.dir, { env: fakeCloudEnv(cloud) });

  beforeAll(async () => {
    await ensureBuilt();
    nova = createFakeNova({ buildMs: 400 });
    cloud = await startFakeCloud({ services: [nova] });
    nova.seedServers(2, { namePrefix: 'web' });
  });
  afterAll(async () => {
    await cloud?.close();
    home.cleanup();
  });

  it('server list -f json has python-openstackclient\'s keys, with networks as a dict', async () => {
    const r = await run('server', 'list', '-f', 'json');
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.map((x) => x.Name).sort()).toEqual(['web-00001', 'web-00002']);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['ID', 'Name', 'Status', 'Networks', 'Image', 'Flavor']);
      expect(row.Status).toBe('ACTIVE');
      expect(typeof row.Networks).toBe('object');
    }
  });

  it('server list works though the catalog has no image service, and prints an osc-style table', async () => {
    const r = await run('server', 'list');
    expect(r.code, r.stderr).toBe(0);
    const [top, head, rule] = r.stdout.split('\n');
    expect(top).toMatch(/^\+-+\+/);
    expect(head).toMatch(/^\| ID +\| Name +\| Status +\| Networks +\| Image +\| Flavor +\|$/);
    expect(rule).toBe(top);
  });

  it('server create --wait reports progress on stderr and prints the ACTIVE server on stdout', async () => {
    const r = await run('server', 'create', 'db-1', '--flavor', 'm1.tiny', '--image', 'cirros', '--wait', '--poll-interval', '100', '-f', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Progress: \d+ \(BUILD\)/);
    const server = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(server.status).toBe('ACTIVE');
    expect(server.name).toBe('db-1');
    expect(server.flavor).toBe('m1.tiny (1)');
    expect(server).not.toHaveProperty('links');
    expect(server).toHaveProperty('addresses');
    expect(server).toHaveProperty('project_id');
  });

  it('server show finds a server by name; server delete --wait removes it', async () => {
    const shown = await run('server', 'show', 'web-00001', '-f', 'value', '-c', 'name', '-c', 'status');
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toBe('web-00001\nACTIVE\n');
    const del = await run('server', 'delete', 'web-00001', '--wait', '--poll-interval', '100');
    expect(del.code, del.stderr).toBe(0);
    const after = await run('server', 'list', '-f', 'value', '-c', 'Name');
    expect(after.stdout.split('\n')).not.toContain('web-00001');
  });

  it('a server that is not there: exit 1 and osc\'s one-line message', async () => {
    const r = await run('server', 'show', 'no-such-server');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no-such-server/);
    expect(r.stdout).toBe('');
  });
});
