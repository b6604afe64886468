import { describe, expect, it } from 'vitest';
import { activeServer, statusBecomes, useComputeCli } from './helpers.js';

describe('server resize --flavor, then --confirm or --revert, as a process, on the fake cloud', () => {
  const cli = useComputeCli();

  it('--flavor --wait reaches VERIFY_RESIZE on the new flavor; --confirm keeps it and the server is ACTIVE', async () => {
    await activeServer(cli, 'grow');
    const r = await cli.run('server', 'resize', '--flavor', 'm1.small', '--wait', '--poll-interval', '20', 'grow');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('Complete\n');
    const resized = await statusBecomes(cli, 'grow', 'VERIFY_RESIZE');
    expect(resized.flavor).toBe('m1.small (2)');

    const confirmed = await cli.run('server', 'resize', '--confirm', 'grow');
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(confirmed.stderr).toContain("The --confirm option has been deprecated. Please use the 'openstack server resize confirm' command instead.");
    const shown = await statusBecomes(cli, 'grow', 'ACTIVE');
    expect(shown.flavor).toBe('m1.small (2)');
  });

  it('--revert goes back to the old flavor and ACTIVE', async () => {
    await activeServer(cli, 'shrink');
    expect((await cli.run('server', 'resize', '--flavor', 'm1.medium', 'shrink')).code).toBe(0);
    await statusBecomes(cli, 'shrink', 'VERIFY_RESIZE');
    const reverted = await cli.run('server', 'resize', '--revert', 'shrink');
    expect(reverted.code, reverted.stderr).toBe(0);
    expect(reverted.stderr).toContain('The --revert option has been deprecated.');
    const shown = await statusBecomes(cli, 'shrink', 'ACTIVE');
    expect(shown.flavor).toBe('m1.tiny (1)');
  });

  it("osc 6's own words work too: server resize confirm / server resize revert <server>", async () => {
    await activeServer(cli, 'worded');
    expect((await cli.run('server', 'resize', '--flavor', 'm1.small', 'worded')).code).toBe(0);
    await statusBecomes(cli, 'worded', 'VERIFY_RESIZE');
    const confirmed = await cli.run('server', 'resize', 'confirm', 'worded');
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(confirmed.stderr).toBe('');
    expect((await statusBecomes(cli, 'worded', 'ACTIVE')).flavor).toBe('m1.small (2)');
    expect((await cli.run('server', 'resize', '--flavor', 'm1.medium', 'worded')).code).toBe(0);
    await statusBecomes(cli, 'worded', 'VERIFY_RESIZE');
    expect((await cli.run('server', 'resize', 'revert', 'worded')).code).toBe(0);
    expect((await statusBecomes(cli, 'worded', 'ACTIVE')).flavor).toBe('m1.small (2)');
  });

  it('--confirm and --flavor together are a usage error (exit 2), as argparse says', async () => {
    const r = await cli.run('server', 'resize', '--flavor', 'm1.small', '--confirm', 'any');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not allowed with argument');
  });

  it('confirming a server that is not resized is Nova\'s 409, exit 1', async () => {
    await activeServer(cli, 'steady');
    const r = await cli.run('server', 'resize', '--confirm', 'steady');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/HTTP 409: Cannot 'confirmResize' instance .* vm_state active/);
  });
});
