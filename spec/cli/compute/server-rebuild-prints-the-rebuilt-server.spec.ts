import { describe, expect, it } from 'vitest';
import { activeServer, statusBecomes, useComputeCli } from './helpers.js';

describe('server rebuild, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it('rebuilds from the current image by default and prints the server as osc does, the admin password masked', async () => {
    const id = await activeServer(cli, 'phoenix');
    const r = await cli.run('server', 'rebuild', 'phoenix', '--name', 'phoenix2', '--property', 'role=web', '--password', 'n3w-Pa55', '-f', 'json');
    expect(r.code, r.stderr).toBe(0);
    const rebuilt = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(rebuilt.id).toBe(id);
    expect(rebuilt.name).toBe('phoenix2');
    expect(rebuilt.status).toBe('REBUILD');
    expect(rebuilt.image).toBe('cirros-0.6.2');
    expect(rebuilt.properties).toEqual({ role: 'web' });
    expect(rebuilt.adminPass).toBe('***');
    expect(r.stdout + r.stderr).not.toContain('n3w-Pa55');
    await statusBecomes(cli, 'phoenix2', 'ACTIVE');
  });

  it('--image picks another image; --wait returns the ACTIVE server', async () => {
    await activeServer(cli, 'renew');
    const rebuilt = await cli.json('server', 'rebuild', 'renew', '--image', 'other-image-id', '--wait', '--poll-interval', '20');
    expect(rebuilt.status).toBe('ACTIVE');
    expect(rebuilt.image).toBe('other-image-id');
  });

  it('--description needs microversion 2.19: refused at the default 2.1 with osc\'s message', async () => {
    await activeServer(cli, 'old-api');
    const r = await cli.run('server', 'rebuild', 'old-api', '--description', 'x');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('--os-compute-api-version 2.19 or greater is required to support the --description option');
  });
});
